import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createService as createCatalogService } from '@ucos/catalog/service';
import { createGateway, loadConfig, serve } from '@ucos/gateway';
import {
  createLogger,
  EnvError,
  type EventEnvelope,
  InProcessEventBus,
  parseEnv,
  tenantPlacementEnvField,
} from '@ucos/kit';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from './platform.ts';
import { signUpByMail } from './sign-up.ts';

/**
 * Two tenants on two PostgreSQL databases behind one gateway: catalog's home database holds one,
 * a second database ("cell") the other, per `TENANT_PLACEMENT`. Every request, every event the
 * relay publishes and every event a consumer applies reaches the database that holds its tenant,
 * and neither database holds a row of the other tenant.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const catalogMigrations = { schema: 'catalog', directory: `${root}subgraphs/catalog/migrations` };

let platform: Platform;
let home: TestDatabase;
let cell: TestDatabase;
let homeAdmin: pg.Pool;
let cellAdmin: pg.Pool;
let close: () => Promise<void>;
let gql: Platform['gql'];
let bus: InProcessEventBus;
const published: EventEnvelope[] = [];
const shops: Record<'home' | 'cell', { tenantId: string; bearer: Record<string, string> }> = {} as never;

const cellLocation = (db: TestDatabase) => {
  const url = new URL(db.adminUrl);
  url.username = '';
  url.password = '';
  return url.toString();
};

beforeAll(async () => {
  platform = await startPlatform();
  for (const where of ['home', 'cell'] as const) {
    const signedUp = await signUpByMail(platform.gql, platform.mail, {
      slug: `placed-${where}-${randomUUID().slice(0, 8)}`,
      email: `owner-${where}@example.com`,
      password: 'Correct-Horse-42',
    });
    shops[where] = {
      // the session names the tenant by its global id ("Tenant:<uuid>", base64): the map by its uuid
      tenantId: Buffer.from(signedUp.tenantId, 'base64')
        .toString()
        .replace(/^Tenant:/, ''),
      bearer: { authorization: `Bearer ${signedUp.session.accessToken}` },
    };
  }
  [home, cell] = await Promise.all([createTestDatabase([catalogMigrations]), createTestDatabase([catalogMigrations])]);
  homeAdmin = new pg.Pool({ connectionString: home.adminUrl, max: 2 });
  cellAdmin = new pg.Pool({ connectionString: cell.adminUrl, max: 2 });
  const logger = createLogger('tenant-placement', 'silent');
  bus = new InProcessEventBus({ logger });
  await bus.subscribe({
    consumer: 'placement-test-listener',
    subjects: ['ucos.catalog.>'],
    handler: (envelope) => {
      published.push(envelope);
    },
  });
  const catalog = await createCatalogService(
    {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: home.serviceUrl('catalog'),
      DATABASE_POOL_SIZE: '4',
      INTERNAL_TOKEN_SECRET: platform.internalSecret,
      TENANT_PLACEMENT: JSON.stringify({
        cells: { 'cell-b': cellLocation(cell) },
        tenants: { [shops.cell.tenantId]: 'cell-b' },
      }),
    },
    { logger, bus },
  );
  await catalog.start();
  const catalogServer = await serve(catalog.yoga, { port: 0, host: '127.0.0.1' });
  const { config } = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    SUPERGRAPH_PATH: `${root}schema/supergraph.graphql`,
    INTERNAL_TOKEN_SECRET: platform.internalSecret,
    SUBGRAPH_IDENTITY_URL: platform.identityUrl,
    SUBGRAPH_CATALOG_URL: catalogServer.url,
    REVOCATION_MAX_STALE_SECONDS: '20',
  });
  const gateway = await createGateway(config, { logger });
  const gatewayServer = await serve(gateway.yoga, { port: 0, host: '127.0.0.1' });
  gql = async (query, variables = {}, headers = {}) => {
    const response = await fetch(gatewayServer.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  close = async () => {
    await gatewayServer.close();
    await gateway.stop();
    await catalogServer.close();
    await catalog.close();
    await bus.close();
  };
}, 120_000);

afterAll(async () => {
  await close?.();
  await homeAdmin?.end();
  await cellAdmin?.end();
  await Promise.all([home?.drop(), cell?.drop()]);
  await platform?.close();
});

const CREATE = `mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id handle } errors { code message } } }`;
const LIST = `{ products(first: 10) { edges { node { handle } } } }`;

const tenantsIn = async (admin: pg.Pool, table: string) =>
  (
    await admin.query<{ tenant_id: string }>(`select distinct tenant_id::text from catalog.${table} order by 1`)
  ).rows.map((row) => row.tenant_id);

describe('tenant placement across two databases behind one gateway', () => {
  it('writes each tenant’s product to the database that holds the tenant, and reads it back from there', async () => {
    for (const where of ['home', 'cell'] as const) {
      const created = await gql(
        CREATE,
        { input: { handle: `${where}-lamp`, title: `${where} lamp` } },
        shops[where].bearer,
      );
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data.productCreate.errors).toEqual([]);
    }
    expect(await tenantsIn(homeAdmin, 'products')).toEqual([shops.home.tenantId]);
    expect(await tenantsIn(cellAdmin, 'products')).toEqual([shops.cell.tenantId]);
    // the audit trail of each mutation sits beside the tenant's rows
    expect(await tenantsIn(homeAdmin, 'audit_log')).toEqual([shops.home.tenantId]);
    expect(await tenantsIn(cellAdmin, 'audit_log')).toEqual([shops.cell.tenantId]);

    for (const where of ['home', 'cell'] as const) {
      const listed = await gql(LIST, {}, shops[where].bearer);
      expect(listed.body.data.products.edges.map((edge: { node: { handle: string } }) => edge.node.handle)).toEqual([
        `${where}-lamp`,
      ]);
    }
  });

  it('publishes both databases’ outboxes through one relay', async () => {
    await expect
      .poll(
        () =>
          published
            .filter((envelope) => envelope.type === 'catalog.product.created')
            .map((envelope) => envelope.tenantId)
            .sort(),
        { timeout: 10_000 },
      )
      .toEqual([shops.home.tenantId, shops.cell.tenantId].sort());
    for (const admin of [homeAdmin, cellAdmin]) {
      const { rows } = await admin.query<{ pending: number }>(
        'select count(*)::int as pending from catalog.outbox where published_at is null',
      );
      expect(rows[0]!.pending).toBe(0);
    }
  });

  it('applies a consumed event in the database of the event’s tenant', async () => {
    const variantId = randomUUID();
    await bus.publish({
      id: randomUUID(),
      type: 'inventory.stock.changed',
      version: 1,
      tenantId: shops.cell.tenantId,
      aggregateType: 'Variant',
      aggregateId: variantId,
      occurredAt: new Date().toISOString(),
      payload: { variantId, available: 7 },
    });
    await expect
      .poll(
        async () =>
          (
            await cellAdmin.query(
              'select tenant_id::text, available from catalog.variant_availability where variant_id = $1',
              [variantId],
            )
          ).rows,
        { timeout: 10_000 },
      )
      .toEqual([{ tenant_id: shops.cell.tenantId, available: 7 }]);
    const inHome = await homeAdmin.query('select 1 from catalog.variant_availability where variant_id = $1', [
      variantId,
    ]);
    expect(inHome.rowCount).toBe(0);
  });

  it('refuses a placement map that names an unknown cell, a tenant that is not an id, or cell credentials', () => {
    const load = (placement: string) => () =>
      parseEnv({ TENANT_PLACEMENT: tenantPlacementEnvField }, { TENANT_PLACEMENT: placement }, 'catalog');
    expect(load('{"cells":{},"tenants":{}}')).not.toThrow();
    expect(load('not json')).toThrow(EnvError);
    expect(load(`{"cells":{"a":"postgres://db-a/ucos"},"tenants":{"${randomUUID()}":"b"}}`)).toThrow(
      /no cell named "b"/,
    );
    expect(load('{"cells":{"a":"postgres://db-a/ucos"},"tenants":{"shop-7":"a"}}')).toThrow(/uuid/);
    expect(load('{"cells":{"a":"postgres://me:secret@db-a/ucos"},"tenants":{}}')).toThrow(/no credentials/);
  });
});
