import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeGlobalId } from '@ucos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutOrder, type Ok, okAs, sellableVariant, until } from './platform-fixtures.ts';
import { actionFixtures, CONFIRMATION_FIXTURE, FILTERED_ACTION_FIXTURE, PLUGIN_FIXTURES } from './plugin-fixtures.ts';
import { installEnabled, type PluginBundle } from './plugin-install.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * The hook points beyond checkout through the real gateway and stores (issue 15 §1): product save
 * (transform, then validate) and the product import's row transform in catalog, purchase order
 * submit in procurement, shopper registration in identity. Each refusal is the mutation's typed
 * PLUGIN_REFUSED error with the plugin's message and field; each call is in the plugin's log and
 * stats. Another tenant's writes run none of it.
 */
let platform: WholePlatform;
let alpha: { bearer: Record<string, string>; tenantId: string };
let beta: { bearer: Record<string, string>; tenantId: string };
let okAlpha: Ok;
let okBeta: Ok;

beforeAll(async () => {
  platform = await startWholePlatform();
  alpha = await platform.tenant('hooks-alpha');
  beta = await platform.tenant('hooks-beta');
  okAlpha = okAs(platform, alpha.bearer);
  okBeta = okAs(platform, beta.bearer);
}, 120_000);
afterAll(() => platform?.close());

const STATS = `query ($id: ID!) { pluginInstallation(id: $id) { stats { hook calls refusals failures }
  invocations(first: 50) { hook outcome message logs { message } } } }`;

/** Installs and enables a plugin for the alpha tenant; its installation's id. */
const installForAlpha = async (bundle: PluginBundle, config: object) =>
  (await installEnabled(okAlpha, bundle, config)).installationId;

const PRODUCT_CREATE = `mutation ($input: ProductCreateInput!) {
  productCreate(input: $input) { product { id version title attributes { name value } } errors { code field message } } }`;
const PRODUCT_UPDATE = `mutation ($input: ProductUpdateInput!) {
  productUpdate(input: $input) { product { title } errors { code field message } } }`;

describe('plugin hooks beyond checkout, through the gateway', () => {
  let catalogRules: string;

  it('product save: the transformer rewrites the product before it is stored, the validator refuses with its field', async () => {
    catalogRules = await installForAlpha(PLUGIN_FIXTURES.catalogRules, { brand: 'Hooks & Co' });
    const created = await platform.gql(
      PRODUCT_CREATE,
      { input: { handle: 'hook-mug', title: 'mug deluxe', variants: [{ sku: 'HOOK-MUG' }] } },
      alpha.bearer,
    );
    expect(created.body.data.productCreate.errors).toEqual([]);
    expect(created.body.data.productCreate.product).toMatchObject({
      title: 'Mug deluxe',
      attributes: [{ name: 'brand', value: 'Hooks & Co' }],
    });

    const refused = await platform.gql(
      PRODUCT_CREATE,
      { input: { handle: 'free-mug', title: 'free mug', variants: [{ sku: 'FREE-MUG' }] } },
      alpha.bearer,
    );
    expect(refused.body.data.productCreate).toEqual({
      product: null,
      errors: [{ code: 'PLUGIN_REFUSED', field: ['input', 'title'], message: 'Titles may not promise anything free' }],
    });
    expect((await okAlpha(`{ productByHandle(handle: "free-mug") { id } }`)).productByHandle).toBeNull();

    const { id, version } = created.body.data.productCreate.product;
    const refusedUpdate = await platform.gql(
      PRODUCT_UPDATE,
      { input: { id, version, title: 'free refills' } },
      alpha.bearer,
    );
    expect(refusedUpdate.body.data.productUpdate.errors[0]).toMatchObject({
      code: 'PLUGIN_REFUSED',
      field: ['input', 'title'],
    });
    const updated = await okAlpha(PRODUCT_UPDATE, { input: { id, version, title: 'tall mug' } });
    expect(updated.productUpdate.product.title).toBe('Tall mug');
  });

  it('product import: the row transformer rewrites rows before validation; a row it skips is that row’s error', async () => {
    const csv = ['handle,title,sku,discontinued', 'hook-bowl,Bowl,hook-bowl-1,no', 'hook-plate,Plate,hook-plate-1,yes'];
    const report = await okAlpha(
      `mutation ($input: ProductImportInput!) { productImport(input: $input) {
        rowsTotal variantsCreated rowsFailed rowErrors { row code field message } errors { code } } }`,
      { input: { format: 'CSV', data: csv.join('\n') } },
    );
    expect(report.productImport).toEqual({
      rowsTotal: 2,
      variantsCreated: 1,
      rowsFailed: 1,
      rowErrors: [{ row: 3, code: 'PLUGIN_REFUSED', field: null, message: 'Discontinued items are not imported' }],
      errors: [],
    });
    const bowl = await okAlpha(
      `{ variantBySku(sku: "HOOK-BOWL-1") { sku } plate: productByHandle(handle: "hook-plate") { id } }`,
    );
    expect(bowl).toEqual({ variantBySku: { sku: 'HOOK-BOWL-1' }, plate: null });

    // every call is in the plugin's log and its per-hook stats (Settings → Plugins)
    const log = await until(async () => {
      const read = await okAlpha(STATS, { id: catalogRules });
      const imports = read.pluginInstallation.stats.find(
        (row: { hook: string }) => row.hook === 'import.row.transform',
      );
      return imports?.calls >= 2 ? read.pluginInstallation : null;
    }, 'the import calls in the log');
    const byHook = Object.fromEntries(
      log.stats.map((row: { hook: string; calls: number; refusals: number }) => [row.hook, [row.calls, row.refusals]]),
    );
    expect(byHook).toEqual({
      'product.save.transform': [4, 0],
      'product.save.validate': [4, 2],
      'import.row.transform': [2, 1],
    });
    const rowCall = log.invocations.find(
      (call: { hook: string; outcome: string }) => call.hook === 'import.row.transform' && call.outcome === 'allowed',
    );
    expect(rowCall.logs[0].message).toBe('row 1 of products');
  });

  it('the import CLI runs the same row transformer through the plugins subgraph; --no-plugins imports the file as it is', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ucos-import-'));
    const file = join(folder, 'products.csv');
    writeFileSync(
      file,
      ['handle,title,sku,discontinued', 'cli-cup,Cup,cli-cup-1,no', 'cli-jug,Jug,cli-jug-1,yes'].join('\n'),
    );
    const cli = fileURLToPath(new URL('../../subgraphs/catalog/src/cli/import.ts', import.meta.url));
    const env = {
      ...process.env,
      DATABASE_URL: platform.db.serviceUrl('catalog'),
      PLUGINS_SUBGRAPH_URL: platform.subgraphUrls.plugins,
      INTERNAL_TOKEN_SECRET: platform.internalSecret,
    };
    // the CLI takes the tenant's uuid (the API answers its global id)
    const tenant = decodeGlobalId(alpha.tenantId)?.id ?? alpha.tenantId;
    const importFile = (...extra: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          [cli, '--tenant', tenant, '--file', file, ...extra],
          { env },
          (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
        );
      });
    const run = await importFile();
    // a row failed (the plugin skipped it): exit 1, its error a JSON line on stdout
    expect(run.code, run.stderr).toBe(1);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([{ row: 3, code: 'PLUGIN_REFUSED', field: null, message: 'Discontinued items are not imported' }]);
    expect(
      await okAlpha('{ variantBySku(sku: "CLI-CUP-1") { sku } jug: productByHandle(handle: "cli-jug") { id } }'),
    ).toEqual({
      variantBySku: { sku: 'CLI-CUP-1' },
      jug: null,
    });
    // its calls reach the plugin's stats like the mutation's (2 more rows)
    await until(async () => {
      const read = await okAlpha(STATS, { id: catalogRules });
      const imports = read.pluginInstallation.stats.find(
        (row: { hook: string }) => row.hook === 'import.row.transform',
      );
      return imports?.calls >= 4 ? imports : null;
    }, "the CLI's calls in the plugin's stats");

    // without plugins the file goes in as it is: the jug too, under its own SKU (the column is ignored)
    const plain = await importFile('--no-plugins');
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).toContain('not run (--no-plugins)');
    expect(await okAlpha('{ variantBySku(sku: "cli-jug-1") { sku } }')).toEqual({ variantBySku: { sku: 'cli-jug-1' } });
  });

  it('purchase order submit: the validator refuses an order over the budget, a smaller one is submitted', async () => {
    await installForAlpha(PLUGIN_FIXTURES.purchaseBudget, { maxTotal: 10_000 });
    const product = await okAlpha(
      `mutation { productCreate(input: { handle: "hook-crate", title: "crate", status: ACTIVE, variants: [{ sku: "HOOK-CRATE" }] }) {
        product { variants { id } } errors { code message } } }`,
    );
    const variantId = product.productCreate.product.variants[0].id;
    const warehouse = await okAlpha(
      `mutation { warehouseCreate(input: { code: "HOOKS", name: "Hooks" }) { warehouse { id } errors { code message } } }`,
    );
    const supplier = await okAlpha(
      `mutation($input: SupplierCreateInput!) { supplierCreate(input: $input) { supplier { id } errors { code message } } }`,
      { input: { code: 'HOOK', name: 'Hook Supplies', currency: 'EUR', email: 'orders@hook.example' } },
    );
    const order = async (quantity: number) =>
      (
        await okAlpha(
          `mutation($input: PurchaseOrderCreateInput!) { purchaseOrderCreate(input: $input) {
            purchaseOrder { id number } errors { code field message } } }`,
          {
            input: {
              supplierId: supplier.supplierCreate.supplier.id,
              warehouseId: warehouse.warehouseCreate.warehouse.id,
              lines: [{ variantId, quantity, unitCost: 1000 }],
            },
          },
        )
      ).purchaseOrderCreate.purchaseOrder as { id: string; number: string };
    const submit = (id: string) =>
      platform.gql(
        `mutation($input: PurchaseOrderSubmitInput!) { purchaseOrderSubmit(input: $input) {
          purchaseOrder { status } errors { code field message } } }`,
        { input: { purchaseOrderId: id } },
        alpha.bearer,
      );
    const large = await order(20);
    const refused = await submit(large.id);
    expect(refused.body.data.purchaseOrderSubmit).toEqual({
      purchaseOrder: null,
      errors: [
        {
          code: 'PLUGIN_REFUSED',
          field: ['input', 'purchaseOrderId'],
          message: `${large.number} is over the budget of 10000 EUR`,
        },
      ],
    });
    const stillDraft = await okAlpha(`query ($id: ID!) { purchaseOrder(id: $id) { status } }`, { id: large.id });
    expect(stillDraft.purchaseOrder.status).toBe('DRAFT');
    const small = await order(5);
    const submitted = await submit(small.id);
    expect(submitted.body.data.purchaseOrderSubmit.errors).toEqual([]);
    expect(submitted.body.data.purchaseOrderSubmit.purchaseOrder.status).toBe('APPROVED');
  });

  it('shopper registration: the validator refuses a throwaway address with its message on the field', async () => {
    await installForAlpha(PLUGIN_FIXTURES.registration, {});
    const key = await okAlpha(`mutation { storefrontKeyCreate(input: { name: "hooks web" }) { secret } }`);
    const storefront = { 'x-publishable-key': key.storefrontKeyCreate.secret as string };
    const REGISTER = `mutation($input: CustomerRegisterInput!) { customerRegister(input: $input) { done errors { code field message } } }`;
    const refused = await platform.gql(
      REGISTER,
      { input: { email: 'someone@throwaway.example', password: 'Shopper-Pass-1', name: 'Some One' } },
      storefront,
    );
    expect(refused.body.data.customerRegister).toEqual({
      done: false,
      errors: [
        { code: 'PLUGIN_REFUSED', field: ['input', 'email'], message: 'Please register with a permanent address' },
      ],
    });
    const taken = await platform.gql(
      REGISTER,
      { input: { email: 'someone@permanent.example', password: 'Shopper-Pass-1' } },
      storefront,
    );
    expect(taken.body.data.customerRegister).toEqual({ done: true, errors: [] });
  });

  it("another tenant's writes run none of the tenant's plugins", async () => {
    const created = await okBeta(PRODUCT_CREATE, {
      input: { handle: 'free-sample', title: 'free sample', variants: [{ sku: 'FREE-SAMPLE' }] },
    });
    expect(created.productCreate.errors).toEqual([]);
    expect(created.productCreate.product).toMatchObject({ title: 'free sample', attributes: [] });
    const report = await okBeta(
      `mutation ($input: ProductImportInput!) { productImport(input: $input) { variantsCreated rowsFailed } }`,
      { input: { format: 'CSV', data: 'handle,title,sku\nbeta-plate,Plate,beta-plate-1' } },
    );
    expect(report.productImport).toEqual({ variantsCreated: 1, rowsFailed: 0 });
    expect((await okBeta(`{ variantBySku(sku: "beta-plate-1") { sku } }`)).variantBySku.sku).toBe('beta-plate-1');
  });

  it("order confirmation: the transformer's fields and note are on the placed order, plain text", async () => {
    const CONFIRMATION = `query ($id: ID!) { order(id: $id) { displayNumber total { amount }
      confirmationExtras { fields { label value } note } } }`;
    const { variantId } = await sellableVariant(okAlpha, {
      handle: 'hook-cup',
      title: 'cup',
      sku: 'HOOK-CUP',
      amount: 1500,
      onHand: 10,
      warehouse: 'CONF',
    });
    const before = await okAlpha(CONFIRMATION, { id: await checkoutOrder(okAlpha, variantId, 1) });
    expect(before.order.confirmationExtras).toEqual({ fields: [], note: null });

    await installForAlpha(CONFIRMATION_FIXTURE, { note: 'Collect at the back door.' });
    const orderId = await checkoutOrder(okAlpha, variantId, 2);
    const read = await okAlpha(CONFIRMATION, { id: orderId });
    expect(read.order.confirmationExtras).toEqual({
      fields: [
        { label: 'Pickup code', value: `PK-${read.order.displayNumber}` },
        { label: 'Items', value: `2 for ${read.order.total.amount} EUR` },
      ],
      note: 'Collect at the back door.',
    });
    // another tenant's orders are not theirs to read, and their confirmation runs none of alpha's plugins
    const stranger = await platform.gql(CONFIRMATION, { id: orderId }, beta.bearer);
    expect(stranger.body.data?.order ?? null).toBeNull();
  });

  it("an action hook runs only after the events its manifest's filter matches (type and a field)", async () => {
    const watcher = await installForAlpha(FILTERED_ACTION_FIXTURE, {});
    // another handle: the right event type, the wrong field; then the one it waits for
    await okAlpha(PRODUCT_CREATE, {
      input: { handle: 'hook-unfiltered', title: 'unfiltered', variants: [{ sku: 'HOOK-UNFILTERED' }] },
    });
    await okAlpha(PRODUCT_CREATE, {
      input: { handle: 'hook-filtered', title: 'filtered', variants: [{ sku: 'HOOK-FILTERED' }] },
    });
    const log = await until(async () => {
      const read = await okAlpha(STATS, { id: watcher });
      return read.pluginInstallation.invocations.length > 0 ? read.pluginInstallation : null;
    }, 'the filtered run in the log');
    // the products' variants, stock and every other event of both products ran nothing
    expect(log.invocations.map((call: { message: string | null }) => call.message)).toEqual([
      'saw catalog.product.created of hook-filtered',
    ]);
  });

  describe('action hooks, in the worker tier', () => {
    let server: Server;
    const received: { handle: string; attempt: number; key: string | undefined }[] = [];
    beforeAll(async () => {
      // the ERP-like endpoint: down for the first request, up after it
      server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk) => {
          body += chunk;
        });
        request.on('end', () => {
          const parsed = JSON.parse(body) as { handle: string; attempt: number };
          received.push({ ...parsed, key: request.headers['idempotency-key'] as string | undefined });
          response.writeHead(received.length === 1 ? 503 : 200).end('{}');
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('runs after the event with the allow-listed http capability, retries on its `retry` with the attempt, logs each run', async () => {
      const port = (server.address() as AddressInfo).port;
      const fixtures = actionFixtures(`127.0.0.1:${port}`);
      const exporter = await installForAlpha(fixtures.productExport, { endpoint: `http://127.0.0.1:${port}/products` });
      await okAlpha(PRODUCT_CREATE, {
        input: { handle: 'hook-exported', title: 'exported', variants: [{ sku: 'HOOK-EXP' }] },
      });
      await until(async () => (received.length >= 2 ? received : null), 'the retried export');
      expect(received.map(({ handle, attempt }) => [handle, attempt])).toEqual([
        ['hook-exported', 1],
        ['hook-exported', 2],
      ]);
      expect(received[0]?.key).toBe(received[1]?.key);
      const log = await until(async () => {
        const read = await okAlpha(STATS, { id: exporter });
        const done = read.pluginInstallation.invocations.some(
          (call: { message: string | null }) => call.message === 'exported hook-exported',
        );
        return done ? read.pluginInstallation : null;
      }, 'the export in the log');
      const messages = log.invocations.map((call: { message: string | null }) => call.message);
      expect(messages).toContain('endpoint answered 503');
      expect(log.stats.map((row: { hook: string }) => row.hook)).toEqual(['event.action']);
    });

    it('a plugin that keeps failing is disabled by the streak rule; the others are not run again for the same event', async () => {
      const port = (server.address() as AddressInfo).port;
      const sent = received.length;
      const crasher = await installForAlpha(actionFixtures(`127.0.0.1:${port}`).actionCrasher, {});
      await okAlpha(PRODUCT_CREATE, {
        input: { handle: 'hook-crashed', title: 'crashed', variants: [{ sku: 'HOOK-CRASH' }] },
      });
      const disabled = await until(
        async () => {
          const read = await okAlpha(
            `query ($id: ID!) { pluginInstallation(id: $id) { enabled disabledReason consecutiveFailures
              invocations(first: 10) { outcome failure message } } }`,
            { id: crasher },
          );
          return read.pluginInstallation.enabled ? null : read.pluginInstallation;
        },
        'the crasher disabled',
        200,
      );
      expect(disabled.consecutiveFailures).toBeGreaterThanOrEqual(5);
      expect(disabled.disabledReason).toBeTruthy();
      expect(disabled.invocations[0]).toMatchObject({ outcome: 'failed', failure: 'error' });
      expect(disabled.invocations[0].message).toContain('crm is down');
      // the exporter ran once for the new product although the event came again for the crasher
      await until(async () => (received.length > sent ? received : null), 'the second export');
      expect(received.slice(sent).map(({ handle }) => handle)).toEqual(['hook-crashed']);
    });
  });
});
