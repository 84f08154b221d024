import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenIn } from './sign-up.ts';
import { countStatementsByService } from './statements-by-service.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * Procurement through the real gateway, subgraphs and worker tier: lines keep catalog's SKU and
 * title; suggestions come from inventory's reorder points; a submitted order without a matching
 * workflow is approved by rule (asked of the workflows subgraph), one above the approval template's
 * threshold waits for a second member, whose decision the workflow sends back to procurement as its
 * own service identity; the submitter never sees the task. Another tenant reaches none of it.
 */
let platform: WholePlatform;
let owner: Record<string, string>;
let approver: Record<string, string>;
let stranger: Record<string, string>;
let variantId: string;
let warehouseId: string;
let supplierId: string;

const PASSWORD = 'Correct-Horse-42';
const THRESHOLD = 100_000; // 1,000.00 EUR

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, headers = owner) {
  const answer = await platform.gql<T>(query, variables, headers);
  expect(answer.body.errors, JSON.stringify(answer.body)).toBeUndefined();
  const payload = Object.values(answer.body.data as object)[0] as { errors?: unknown[] };
  if (payload && typeof payload === 'object' && 'errors' in payload) {
    expect(payload.errors, JSON.stringify(payload)).toEqual([]);
  }
  return answer.body.data as T;
}

async function until<T>(attempt: () => Promise<T | null | undefined>, what: string, tries = 150): Promise<T> {
  for (let tried = 0; tried < tries; tried++) {
    const value = await attempt();
    if (value !== null && value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const ORDER = `query($id: ID!) { purchaseOrder(id: $id) { id number status version approvedVia rejectionComment
  lines { sku description quantity } history { action actorKind } } }`;

async function createOrder(quantity: number) {
  const created = await ok(
    `mutation($input: PurchaseOrderCreateInput!) { purchaseOrderCreate(input: $input) {
      purchaseOrder { id number lines { sku description } } errors { code field message } } }`,
    { input: { supplierId, warehouseId, lines: [{ variantId, quantity, unitCost: 1000 }] } },
  );
  return created.purchaseOrderCreate.purchaseOrder as {
    id: string;
    number: string;
    lines: { sku: string; description: string }[];
  };
}

const submit = (id: string) =>
  ok(
    `mutation($input: PurchaseOrderSubmitInput!) { purchaseOrderSubmit(input: $input) {
      purchaseOrder { status approvedVia } errors { code message } } }`,
    { input: { purchaseOrderId: id } },
  );

beforeAll(async () => {
  platform = await startWholePlatform();
  owner = (await platform.tenant('buyer-alpha')).bearer;
  stranger = (await platform.tenant('buyer-beta')).bearer;
  const since = platform.mail.received.length;
  await ok(
    `mutation($input: MemberInviteInput!) { memberInvite(input: $input) { invitation { id } errors { code message } } }`,
    { input: { email: 'approver@example.com', roleNames: ['admin'] } },
  );
  const mail = await platform.mail.waitFor('approver@example.com', /invited/, { since });
  const accepted = await ok(
    `mutation($input: InvitationAcceptInput!) { invitationAccept(input: $input) { session { accessToken scopes } errors { code message } } }`,
    { input: { token: tokenIn(mail.text), password: PASSWORD, name: 'Ada Approver' } },
    {},
  );
  expect(accepted.invitationAccept.session.scopes).toContain('procurement:approve');
  approver = { authorization: `Bearer ${accepted.invitationAccept.session.accessToken}` };

  const product = await ok(
    `mutation { productCreate(input: { handle: "crate", title: "Crate", status: ACTIVE, variants: [{ sku: "CRATE-1", title: "Oak" }] }) {
      product { id variants { id } } errors { code message } } }`,
  );
  variantId = product.productCreate.product.variants[0].id;
  const warehouse = await ok(
    `mutation { warehouseCreate(input: { code: "MAIN", name: "Main" }) { warehouse { id } errors { code message } } }`,
  );
  warehouseId = warehouse.warehouseCreate.warehouse.id;
  await ok(`mutation($input: StockAdjustInput!) { stockAdjust(input: $input) { errors { code message } } }`, {
    input: { variantId, warehouseId, setOnHand: 3, idempotencyKey: randomUUID() },
  });
  const supplier = await ok(
    `mutation($input: SupplierCreateInput!) { supplierCreate(input: $input) { supplier { id } errors { code message } } }`,
    { input: { code: 'OAK', name: 'Oak & Sons', currency: 'EUR', email: 'orders@oak.example' } },
  );
  supplierId = supplier.supplierCreate.supplier.id;
  await ok(`mutation($input: SupplierItemsSetInput!) { supplierItemsSet(input: $input) { errors { code message } } }`, {
    input: { supplierId, items: [{ variantId, unitCost: 1000, packSize: 10, preferred: true }] },
  });
}, 180_000);
afterAll(() => platform?.close());

describe('procurement through the gateway', () => {
  it('snapshots catalog, suggests from inventory’s reorder points, and creates the draft', async () => {
    const order = await createOrder(5);
    expect(order.lines).toEqual([{ sku: 'CRATE-1', description: 'Crate – Oak' }]);

    await ok(
      `mutation($input: StockLevelReorderPolicySetInput!) { stockLevelReorderPolicySet(input: $input) { errors { code message } } }`,
      { input: { variantId, warehouseId, reorderPoint: 5, reorderQuantity: 8 } },
    );
    const suggestions = await ok(
      `{ replenishmentSuggestions(first: 10) { totalCount edges { node { variantId shortfall quantity supplier { code } warehouse { code } } } } }`,
    );
    expect(suggestions.replenishmentSuggestions.edges).toEqual([
      { node: { variantId, shortfall: 10, quantity: 10, supplier: { code: 'OAK' }, warehouse: { code: 'MAIN' } } },
    ]);
    const created = await ok(
      `mutation($input: PurchaseOrdersCreateFromSuggestionsInput!) { purchaseOrdersCreateFromSuggestions(input: $input) {
        purchaseOrders { status supplier { code } lines { sku quantity } } errors { code field message } } }`,
      { input: { lines: [{ variantId, warehouseId, quantity: 10 }] } },
    );
    expect(created.purchaseOrdersCreateFromSuggestions.purchaseOrders).toEqual([
      { status: 'DRAFT', supplier: { code: 'OAK' }, lines: [{ sku: 'CRATE-1', quantity: 10 }] },
    ]);
  });

  it('approves by rule without a matching workflow, and by the workflow with a second member’s decision', async () => {
    const small = await createOrder(2);
    expect((await submit(small.id)).purchaseOrderSubmit.purchaseOrder).toEqual({
      status: 'APPROVED',
      approvedVia: 'rule',
    });

    const created = await ok(
      `mutation($input: WorkflowCreateFromTemplateInput!) { workflowCreateFromTemplate(input: $input) {
        workflow { id } problems { message } errors { code message } } }`,
      {
        input: {
          template: 'purchase-order-approval',
          parameters: [
            { key: 'single', value: String(THRESHOLD) },
            { key: 'double', value: String(THRESHOLD * 100) },
          ],
        },
      },
    );
    await ok(`mutation($input: WorkflowIdInput!) { workflowEnable(input: $input) { errors { code message } } }`, {
      input: { id: created.workflowCreateFromTemplate.workflow.id },
    });

    // below the threshold the workflow does not match: still approved by rule
    const stillSmall = await createOrder(3);
    expect((await submit(stillSmall.id)).purchaseOrderSubmit.purchaseOrder.status).toBe('APPROVED');

    const large = await createOrder(500);
    expect((await submit(large.id)).purchaseOrderSubmit.purchaseOrder.status).toBe('SUBMITTED');
    const TASKS = `{ tasks(filter: { status: OPEN }) { edges { node { id title requester } } } }`;
    const task = await until(async () => {
      const inbox = await ok(TASKS, {}, approver);
      return inbox.tasks.edges
        .map((edge: { node: any }) => edge.node)
        .find((node: { title: string }) => node.title.includes(large.number));
    }, 'the approval task');
    // the submitter does not decide their own order: it is not in their inbox
    const own = await ok(TASKS);
    expect(own.tasks.edges.some((edge: { node: { id: string } }) => edge.node.id === task.id)).toBe(false);
    await ok(
      `mutation($input: TaskDecideInput!) { taskApprove(input: $input) { task { status } errors { code message } } }`,
      { input: { taskId: task.id, comment: 'Fine for the season' } },
      approver,
    );
    const approved = await until(async () => {
      const order = (await ok(ORDER, { id: large.id })).purchaseOrder;
      return order.status === 'APPROVED' ? order : null;
    }, 'the workflow to approve the order');
    expect(approved.approvedVia).toBe('workflow');
    expect(approved.history.at(-1)).toEqual({ action: 'approved', actorKind: 'workflow' });

    // a rejection sends the next one back to draft with the comment
    const rejected = await createOrder(400);
    await submit(rejected.id);
    const second = await until(async () => {
      const inbox = await ok(TASKS, {}, approver);
      return inbox.tasks.edges
        .map((edge: { node: any }) => edge.node)
        .find((node: { title: string }) => node.title.includes(rejected.number));
    }, 'the second approval task');
    await ok(
      `mutation($input: TaskDecideInput!) { taskReject(input: $input) { task { status } errors { code message } } }`,
      { input: { taskId: second.id, comment: 'Too many crates' } },
      approver,
    );
    const back = await until(async () => {
      const order = (await ok(ORDER, { id: rejected.id })).purchaseOrder;
      return order.status === 'DRAFT' && order.rejectionComment ? order : null;
    }, 'the workflow to send the order back');
    expect(back.rejectionComment).toBe('Too many crates');
  });

  it('answers node(id:) for suppliers and purchase orders, and keeps every query and mutation from another tenant', async () => {
    const order = await createOrder(1);
    const node = await ok(
      `query($a: ID!, $b: ID!) { a: node(id: $a) { ... on Supplier { code } } b: node(id: $b) { ... on PurchaseOrder { number } } }`,
      { a: supplierId, b: order.id },
    );
    expect(node).toEqual({ a: { code: 'OAK' }, b: { number: order.number } });

    const theirs = await platform.gql(
      `query($s: ID!, $o: ID!) { suppliers { totalCount } purchaseOrders { totalCount } supplier(id: $s) { id }
        purchaseOrder(id: $o) { id } replenishmentSuggestions { totalCount } procurementSettings { version }
        a: node(id: $s) { ... on Supplier { code } } b: node(id: $o) { ... on PurchaseOrder { number } } }`,
      { s: supplierId, o: order.id },
      stranger,
    );
    expect(theirs.body.errors).toBeUndefined();
    expect(theirs.body.data).toEqual({
      suppliers: { totalCount: 0 },
      purchaseOrders: { totalCount: 0 },
      supplier: null,
      purchaseOrder: null,
      replenishmentSuggestions: { totalCount: 0 },
      procurementSettings: { version: 0 },
      a: null,
      b: null,
    });
    const probes: [string, string, Record<string, unknown>][] = [
      ['supplierUpdate', 'SupplierUpdateInput', { supplierId, name: 'Mine now' }],
      ['supplierContactAdd', 'SupplierContactAddInput', { supplierId, name: 'Eve' }],
      ['supplierItemsSet', 'SupplierItemsSetInput', { supplierId, items: [] }],
      [
        'purchaseOrderUpdate',
        'PurchaseOrderUpdateInput',
        { purchaseOrderId: order.id, expectedVersion: 1, notes: 'x' },
      ],
      ['purchaseOrderSubmit', 'PurchaseOrderSubmitInput', { purchaseOrderId: order.id }],
      ['purchaseOrderSend', 'PurchaseOrderSendInput', { purchaseOrderId: order.id }],
      ['purchaseOrderCancel', 'PurchaseOrderCancelInput', { purchaseOrderId: order.id }],
      ['purchaseOrderClose', 'PurchaseOrderCloseInput', { purchaseOrderId: order.id }],
      [
        'purchaseOrderCreate',
        'PurchaseOrderCreateInput',
        { supplierId, lines: [{ variantId, warehouseId, quantity: 1, unitCost: 1 }] },
      ],
      [
        'purchaseOrdersCreateFromSuggestions',
        'PurchaseOrdersCreateFromSuggestionsInput',
        { lines: [{ variantId, warehouseId, quantity: 1, supplierId }] },
      ],
    ];
    for (const [mutation, type, input] of probes) {
      const answer = await platform.gql(
        `mutation($input: ${type}!) { ${mutation}(input: $input) { errors { code } } }`,
        { input },
        stranger,
      );
      expect(answer.body.errors, `${mutation}: ${JSON.stringify(answer.body)}`).toBeUndefined();
      const codes = answer.body.data?.[mutation].errors.map((error: { code: string }) => error.code);
      expect([mutation, codes]).toEqual([mutation, [expect.stringMatching(/^(NOT_FOUND|UNKNOWN_VARIANT)$/)]]);
    }
    // and nothing of the owner's changed
    const mine = (await ok(ORDER, { id: order.id })).purchaseOrder;
    expect(mine).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('lists orders and suggestions in the same statements per service through the gateway, whatever the page size', async () => {
    // five variants below their reorder point, each with a preferred supplier, and orders enough for pages of 5
    const product = await ok(
      `mutation { productCreate(input: { handle: "bench-crates", title: "Bench crate", status: ACTIVE,
        variants: [{ sku: "BC-1", title: "One" }, { sku: "BC-2", title: "Two" }, { sku: "BC-3", title: "Three" },
                   { sku: "BC-4", title: "Four" }, { sku: "BC-5", title: "Five" }] }) {
        product { variants { id } } errors { code message } } }`,
    );
    const variants: string[] = product.productCreate.product.variants.map((variant: { id: string }) => variant.id);
    for (const variant of variants) {
      await ok(
        `mutation($input: StockLevelReorderPolicySetInput!) { stockLevelReorderPolicySet(input: $input) { errors { code message } } }`,
        { input: { variantId: variant, warehouseId, reorderPoint: 5, reorderQuantity: 8 } },
      );
    }
    await ok(
      `mutation($input: SupplierItemsSetInput!) { supplierItemsSet(input: $input) { errors { code message } } }`,
      {
        input: {
          supplierId,
          items: variants.map((variant) => ({ variantId: variant, unitCost: 500, preferred: true })),
        },
      },
    );
    for (let n = 0; n < 5; n++) await createOrder(1 + n);

    const services = ['procurement', 'inventory', 'catalog'];
    const counter = countStatementsByService();
    // the fewest of three tries: an outbox relay's poll or a worker shares the pools and may land inside one
    const cost = async (query: string, first: number) => {
      let fewest: Record<string, number> | null = null;
      let edges = 0;
      for (let attempt = 0; attempt < 3; attempt++) {
        counter.reset();
        const data = await ok(query, { first });
        const tried = counter.of(services);
        edges = (Object.values(data)[0] as { edges: unknown[] }).edges.length;
        fewest = fewest
          ? Object.fromEntries(
              services.map((service) => [service, Math.min(fewest?.[service] ?? 0, tried[service] ?? 0)]),
            )
          : tried;
      }
      return { edges, statements: fewest };
    };
    try {
      const ORDERS = `query($first: Int) { purchaseOrders(first: $first) { totalCount edges { node { number status
        supplier { name } total { amount } availableActions warehouse { code }
        lines { sku quantity variant { sku } warehouse { code } } } } } }`;
      const oneOrder = await cost(ORDERS, 1);
      const fiveOrders = await cost(ORDERS, 5);
      expect(fiveOrders.edges).toBe(5);
      expect(fiveOrders.statements).toEqual(oneOrder.statements);
      expect(oneOrder.statements?.procurement).toBeGreaterThan(0);

      const SUGGESTIONS = `query($first: Int) { replenishmentSuggestions(first: $first) { totalCount edges { node {
        quantity supplier { code } supplierItem { unitCost { amount } } variant { sku } warehouse { code } } } } }`;
      const oneSuggestion = await cost(SUGGESTIONS, 1);
      const fiveSuggestions = await cost(SUGGESTIONS, 5);
      expect(fiveSuggestions.edges).toBe(5);
      expect(fiveSuggestions.statements).toEqual(oneSuggestion.statements);
      expect(oneSuggestion.statements?.inventory).toBeGreaterThan(0);
    } finally {
      counter.stop();
    }
  });
});
