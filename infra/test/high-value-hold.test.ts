import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutOrder, type Ok, okAs, sellableVariant, until } from './platform-fixtures.ts';
import { tokenIn } from './sign-up.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * The high-value order hold end to end, through the real gateway, bus and worker tier: an owner
 * creates the workflow from its template and enables it; a small order passes; a large order is held
 * by the workflow (its `action` step calls `orderHoldPlace` through the gateway as the workflow's own
 * service identity) and fulfilment refuses it; a second admin approves the task in their inbox; the
 * hold is released, the run completes and the order ships. A rejection leaves the hold open.
 */
let platform: WholePlatform;
let owner: Record<string, string>;
let manager: Record<string, string>;
let variantId: string;
let warehouseId: string;
let workflowId: string;
let ok: Ok;

const THRESHOLD = 20_000; // 200.00 EUR; one vase is 49.99
const PASSWORD = 'Correct-Horse-42';
/** a global id's local uuid (expressions see the run's local id) */
const localId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1];

const ORDER = `query($id: ID!) { order(id: $id) {
  number displayNumber onHold availableActions holds { reason source open releaseNote }
  fulfillment { onHold availableActions }
} }`;
const TASKS = `query($status: WorkflowTaskStatus) { taskCount tasks(filter: { status: $status }) { totalCount edges { node {
  id runId workflowName title description scope status requester decisions { by decision comment } } } } }`;
const RUN = `query($id: ID!) { workflowRun(id: $id) { status error timeline { path stepId kind status output task { status } } } }`;
const APPROVE = `mutation($input: TaskDecideInput!) { taskApprove(input: $input) { task { status decisions { decision comment } } errors { code message } } }`;
const REJECT = `mutation($input: TaskDecideInput!) { taskReject(input: $input) { task { status } errors { code message } } }`;
const SHIP = `mutation($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id orderOnHold } errors { code field } } }`;

/** A shopper's order of `quantity` vases (49.99 each), placed through checkout; its global id. */
const placeOrder = (quantity: number) => checkoutOrder(ok, variantId, quantity);

const shipOne = (orderId: string) =>
  platform.gql(SHIP, { input: { orderId, warehouseId, lines: [{ variantId, quantity: 1 }] } }, owner);

/** The open task of the order's run, as the second admin sees it in their inbox. */
async function taskFor(displayNumber: string) {
  return until(async () => {
    const inbox = await ok(TASKS, { status: 'OPEN' }, manager);
    return inbox.tasks.edges
      .map((edge: { node: any }) => edge.node)
      .find((task: { title: string }) => task.title.endsWith(` ${displayNumber}`));
  }, `the task of order ${displayNumber}`);
}

async function heldOrder(quantity: number) {
  const orderId = await placeOrder(quantity);
  const order = await until(async () => {
    const found = (await ok(ORDER, { id: orderId })).order;
    return found.onHold ? found : null;
  }, 'the workflow to hold the large order');
  return { orderId, order };
}

beforeAll(async () => {
  platform = await startWholePlatform();
  owner = (await platform.tenant('high-value')).bearer;
  ok = okAs(platform, owner);
  // a second admin: another member with orders:manage, invited by the owner
  const since = platform.mail.received.length;
  const invited = await ok(
    `mutation($input: MemberInviteInput!) { memberInvite(input: $input) { invitation { id } errors { code message } } }`,
    { input: { email: 'manager@example.com', roleNames: ['admin'] } },
  );
  expect(invited.memberInvite.invitation).not.toBeNull();
  const mail = await platform.mail.waitFor('manager@example.com', /invited/, { since });
  const accepted = await ok(
    `mutation($input: InvitationAcceptInput!) { invitationAccept(input: $input) { session { accessToken scopes } errors { code message } } }`,
    { input: { token: tokenIn(mail.text), password: PASSWORD, name: 'Mia Manager' } },
    {},
  );
  expect(accepted.invitationAccept.session.scopes).toContain('orders:manage');
  manager = { authorization: `Bearer ${accepted.invitationAccept.session.accessToken}` };

  const prefixed = await ok(
    `mutation($input: OrderNumberPrefixSetInput!) { orderNumberPrefixSet(input: $input) { errors { code message } } }`,
    { input: { prefix: 'HV-' } },
  );
  expect(prefixed.orderNumberPrefixSet.errors).toEqual([]);

  ({ variantId, warehouseId } = await sellableVariant(ok, {
    handle: 'vase',
    title: 'Vase',
    sku: 'VASE-1',
    amount: 4999,
    onHand: 100,
  }));

  // the owner creates the workflow from its template with a threshold and enables it
  const created = await ok(
    `mutation($input: WorkflowCreateFromTemplateInput!) { workflowCreateFromTemplate(input: $input) {
      workflow { id name enabled template } problems { message } errors { code message } } }`,
    { input: { template: 'high-value-order-hold', parameters: [{ key: 'threshold', value: String(THRESHOLD) }] } },
  );
  expect(created.workflowCreateFromTemplate.workflow).toMatchObject({
    name: 'high-value-order-hold',
    enabled: false,
    template: 'high-value-order-hold',
  });
  workflowId = created.workflowCreateFromTemplate.workflow.id;
  const enabled = await ok(
    `mutation($input: WorkflowIdInput!) { workflowEnable(input: $input) { workflow { enabled } errors { code message } } }`,
    { input: { id: workflowId } },
  );
  expect(enabled.workflowEnable.workflow.enabled).toBe(true);
}, 180_000);
afterAll(() => platform?.close());

describe('the high-value order hold through the gateway and the worker tier', () => {
  it('leaves a small order alone', async () => {
    const orderId = await placeOrder(1);
    // the large order below proves the workflow runs; give this one the same time to be held
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const order = (await ok(ORDER, { id: orderId })).order;
    expect(order).toMatchObject({ onHold: false, holds: [] });
    const runs = await ok(`query($filter: WorkflowRunFilter) { workflowRuns(filter: $filter) { totalCount } }`, {
      filter: { workflowId },
    });
    expect(runs.workflowRuns.totalCount).toBe(0);
  });

  it('holds a large order until a second admin approves it, then it ships', async () => {
    // held by the workflow itself (its source says so), whenever the run gets to it: no timing here
    const { orderId, order } = await heldOrder(5); // 249.95 EUR and shipping
    expect(order).toMatchObject({
      onHold: true,
      // the workflow names the order as the shop numbers it, with its prefix
      holds: [{ reason: `High-value order HV-${order.number} awaits approval`, source: 'workflow', open: true }],
    });

    // fulfilment refuses it while the hold is open
    const refused = await until(async () => {
      const answer = (await shipOne(orderId)).body.data?.shipmentCreate;
      return answer?.errors[0]?.code === 'ORDER_ON_HOLD' ? answer : null;
    }, 'fulfillment to learn the hold');
    expect(refused).toEqual({ shipment: null, errors: [{ code: 'ORDER_ON_HOLD', field: ['input', 'orderId'] }] });

    // a second admin (another member with orders:manage) finds it in their inbox
    const task = await taskFor(order.displayNumber);
    expect(task).toMatchObject({
      workflowName: 'high-value-order-hold',
      title: `Approve high-value order HV-${order.number}`,
      scope: 'orders:manage',
      status: 'OPEN',
    });
    expect(task.description).toMatch(/EUR from buyer@example\.com$/);
    expect((await ok(TASKS, {}, manager)).taskCount).toBeGreaterThanOrEqual(1);

    // the owner placed the order: the requester never approves their own request
    const own = await platform.gql<any>(APPROVE, { input: { taskId: task.id, comment: 'mine' } }, owner);
    expect(own.body.data?.taskApprove).toMatchObject({ task: null, errors: [{ code: 'OWN_REQUEST' }] });

    const approved = await ok(APPROVE, { input: { taskId: task.id, comment: 'Known customer' } }, manager);
    expect(approved.taskApprove.task).toMatchObject({
      status: 'APPROVED',
      decisions: [{ decision: 'approve', comment: 'Known customer' }],
    });

    // the hold is released and the run completes with its timeline
    const released = await until(async () => {
      const found = (await ok(ORDER, { id: orderId })).order;
      return found.holds[0]?.open === false ? found : null;
    }, 'the workflow to release the hold');
    expect(released).toMatchObject({
      onHold: false,
      holds: [{ open: false, releaseNote: `Approved in workflow run ${localId(task.runId)}` }],
    });
    const run = await until(async () => {
      const found = (await ok(RUN, { id: task.runId })).workflowRun;
      return found?.status === 'COMPLETED' ? found : null;
    }, 'the run to complete');
    expect(run.error).toBeNull();
    expect(
      run.timeline.map((step: { path: string; kind: string; status: string }) => [step.path, step.kind, step.status]),
    ).toEqual([
      ['hold', 'ACTION', 'COMPLETED'],
      ['review', 'APPROVAL', 'COMPLETED'],
      ['decide', 'CONDITION', 'COMPLETED'],
      ['decide.then.release', 'ACTION', 'COMPLETED'],
    ]);
    expect(run.timeline[1].task).toEqual({ status: 'APPROVED' });
    expect(JSON.parse(run.timeline[1].output)).toMatchObject({ approved: true, decision: 'approved' });

    // and the order can be confirmed and shipped
    await ok(`mutation($input: OrderTransitionInput!) { orderConfirm(input: $input) { errors { code message } } }`, {
      input: { orderId },
    });
    const shipped = await until(async () => {
      const answer = (await shipOne(orderId)).body.data?.shipmentCreate;
      return answer?.shipment ? answer : null;
    }, 'fulfillment to accept the shipment');
    expect(shipped).toMatchObject({ shipment: { orderOnHold: false }, errors: [] });
    await ok(
      `mutation($input: ShipmentMoveInput!) { shipmentPack(input: $input) { shipment { status } errors { code message } } }`,
      { input: { shipmentId: shipped.shipment.id } },
    );
    const sent = await ok(
      `mutation($input: ShipmentShipInput!) { shipmentShip(input: $input) { shipment { status } errors { code message } } }`,
      { input: { shipmentId: shipped.shipment.id, trackingNumber: 'TRACK-1' } },
    );
    expect(sent.shipmentShip.shipment.status).toBe('SHIPPED');
  });

  it('a rejection leaves the hold open', async () => {
    const { orderId, order } = await heldOrder(6);
    const task = await taskFor(order.displayNumber);
    const rejected = await ok(REJECT, { input: { taskId: task.id, comment: 'Looks like fraud' } }, manager);
    expect(rejected.taskReject.task.status).toBe('REJECTED');
    const run = await until(async () => {
      const found = (await ok(RUN, { id: task.runId })).workflowRun;
      return found?.status === 'COMPLETED' ? found : null;
    }, 'the run to complete');
    expect(run.timeline.map((step: { path: string; status: string }) => [step.path, step.status])).toEqual([
      ['hold', 'COMPLETED'],
      ['review', 'COMPLETED'],
      ['decide', 'COMPLETED'],
      ['decide.else.tellRejected', 'COMPLETED'],
    ]);
    expect(JSON.parse(run.timeline[1].output)).toMatchObject({ approved: false, decision: 'rejected' });
    expect((await ok(ORDER, { id: orderId })).order).toMatchObject({
      onHold: true,
      holds: [{ open: true }],
      fulfillment: { onHold: true },
    });
    expect((await shipOne(orderId)).body.data?.shipmentCreate.errors[0]?.code).toBe('ORDER_ON_HOLD');
  });
});
