import { randomUUID } from 'node:crypto';
import { type EventBus, type EventEnvelope, encodeGlobalId, verifySignature } from '@ucos/kit';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { suiteFixture } from '@ucos/kit/testing/suite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../notifications/src/templates/defaults.ts';
import { renderTemplate } from '../../notifications/src/templates/render.ts';
import { tenantDb } from '../src/db.ts';
import type { WorkflowDocument } from '../src/definitions/model.ts';
import { parseDefinition } from '../src/definitions/parse.ts';
import { scheduleTick } from '../src/engine/schedules.ts';
import { WORKFLOW_TEMPLATES } from '../src/templates/index.ts';
import { define, eventOf, startFakeGateway, startReceiver, startTestWorker, waitFor } from './engine-harness.ts';
import { MIGRATIONS, newBus, startWorkflows, type WorkflowsHarness, workflowAdmin } from './harness.ts';

let db: TestDatabase;
let bus: EventBus;
let workflows: WorkflowsHarness;
let worker: Awaited<ReturnType<typeof startTestWorker>>;
let gateway: Awaited<ReturnType<typeof startFakeGateway>>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const published: EventEnvelope[] = [];
/** per path: how many more times the receiver answers 500 */
const failures = new Map<string, number>();

suiteFixture(async (own) => {
  db = own(await createTestDatabase([{ schema: 'workflows', directory: MIGRATIONS }]));
  bus = own(newBus());
  workflows = own(await startWorkflows(db, bus));
  gateway = own(await startFakeGateway());
  receiver = own(
    await startReceiver((request, res) => {
      const left = failures.get(request.url) ?? 0;
      if (left > 0) {
        failures.set(request.url, left - 1);
        res.writeHead(500).end('down');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ received: request.url }));
    }),
  );
  await bus.subscribe({
    consumer: 'test-recorder',
    subjects: ['ucos.workflows.>'],
    handler: (envelope) => {
      published.push(envelope);
    },
  });
  worker = own(await startTestWorker(db, bus, `${gateway.url}/graphql`));
  await worker.start();
}, 60_000);

interface RunView {
  id: string;
  status: string;
  workflowVersion: number;
  error: string | null;
  variables: string;
  trigger: { kind: string; eventId: string | null; requester: string | null };
  timeline: {
    path: string;
    kind: string;
    status: string;
    attempt: number;
    input: string | null;
    output: string | null;
    error: string | null;
    task: { id: string; status: string; decisions: { by: string; decision: string; comment: string | null }[] } | null;
  }[];
}

const RUN_FIELDS = `id status workflowVersion error variables trigger { kind eventId requester }
  timeline { path kind status attempt input output error task { id status decisions { by decision comment } } }`;

async function runsOf(tenantId: string, workflowId: string): Promise<RunView[]> {
  const answer = await workflows.call<{ workflowRuns: { edges: { node: RunView }[] } }>(
    `query($filter: WorkflowRunFilter) { workflowRuns(first: 50, filter: $filter) { edges { node { ${RUN_FIELDS} } } } }`,
    { filter: { workflowId: encodeGlobalId('Workflow', workflowId) } },
    workflowAdmin(tenantId),
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.workflowRuns.edges.map((edge) => edge.node);
}

const finished = (status: string) => ['completed', 'failed', 'compensated', 'cancelled'].includes(status.toLowerCase());

async function finishedRun(tenantId: string, workflowId: string, timeoutMs = 10_000): Promise<RunView> {
  return waitFor(async () => {
    const runs = await runsOf(tenantId, workflowId);
    return runs.length > 0 && runs.every((run) => finished(run.status)) ? runs[0]! : null;
  }, timeoutMs);
}

const step = (run: RunView, path: string) => {
  const found = run.timeline.find((entry) => entry.path === path);
  if (!found) throw new Error(`no step ${path} in ${run.timeline.map((entry) => entry.path).join(', ')}`);
  return found;
};

/** Waits until the engine's router has taken an event of the tenant (marked it processed). */
const routed = (tenantId: string, messageId: string) =>
  waitFor(async () => {
    const { rowCount } = await tenantDb(db.servicePool('workflows'), tenantId, null).run((sql) =>
      sql.query('select 1 from workflows.processed_messages where message_id = $1', [messageId]),
    );
    return (rowCount ?? 0) > 0 ? true : null;
  });

/** One pass of the schedule timer at `now` (two minutes of look-back), as the worker runs it; the runs it started. */
async function tickSchedules(now: Date): Promise<string[]> {
  const pool = db.servicePool('workflows');
  const started: string[] = [];
  const unitOfWork = (tenantId: string) => tenantDb(pool, tenantId, null);
  await scheduleTick(pool, unitOfWork, 120_000, (_t, runId) => started.push(runId), worker.engine.log, now);
  return started;
}

async function publish(tenantId: string, type: string, payload: Record<string, unknown>) {
  const envelope = eventOf(tenantId, type, payload);
  await bus.publish(envelope);
  return envelope;
}

describe('the workflow engine', () => {
  it('starts a run on a matching event (once per event) and runs set, condition, notify, webhook and action steps', async () => {
    const tenant = randomUUID();
    const document: WorkflowDocument = {
      name: 'high-value',
      trigger: { event: 'orders.order.created', filter: 'event.payload.totalAmount > 100000' },
      scopes: ['orders:manage'],
      variables: { level: 'normal' },
      steps: [
        { id: 'mark', set: { level: 'high', number: '{{ event.payload.number }}' } },
        {
          id: 'check',
          condition: {
            if: 'vars.level = "high"',
            // biome-ignore lint/suspicious/noThenProperty: the document model names a condition's branch `then`
            then: [
              {
                id: 'hold',
                action: {
                  mutation:
                    'mutation($orderId: ID!, $idempotencyKey: String) { orderHoldPlace(input: { orderId: $orderId, reason: "review", idempotencyKey: $idempotencyKey }) { hold { id open } errors { code message } } }',
                  variables: { orderId: '{{ event.payload.orderId }}' },
                },
              },
            ],
            else: [{ id: 'never', set: { wrong: true } }],
          },
        },
        {
          id: 'tell',
          notify: {
            template: 'workflow.message',
            to: { emails: '{{ event.payload.email }}' },
            data: { n: '{{ vars.number }}' },
          },
        },
        {
          id: 'hook',
          webhook: {
            url: `${receiver.url}/orders`,
            secret: 'whsec-test',
            body: { order: '{{ event.payload.number }}' },
          },
        },
      ],
    };
    const workflowId = await define(db, tenant, document);
    const orderId = randomUUID();
    await publish(tenant, 'orders.order.created', { orderId, totalAmount: 500, number: 1, email: 'a@example.com' });
    const event = await publish(tenant, 'orders.order.created', {
      orderId,
      totalAmount: 250_000,
      number: 42,
      email: 'big@example.com',
    });
    await bus.publish(event); // a redelivery starts nothing more
    const run = await finishedRun(tenant, workflowId);
    expect(await runsOf(tenant, workflowId)).toHaveLength(1);
    expect(run.status).toBe('COMPLETED');
    expect(run.trigger).toMatchObject({ kind: 'event', eventId: event.id });
    expect(JSON.parse(run.variables)).toEqual({ level: 'high', number: 42 });
    expect(run.timeline.map((entry) => `${entry.path}:${entry.status}`)).toEqual([
      'mark:COMPLETED',
      'check:COMPLETED',
      'check.then.hold:COMPLETED',
      'tell:COMPLETED',
      'hook:COMPLETED',
    ]);
    // the action went through the gateway with the run's key, as a header and as $idempotencyKey
    const holdKey = gateway.keysSeen.find((seen) => seen.endsWith(':check.then.hold'));
    expect(holdKey).toBeDefined();
    const hold = gateway.received.find((request) => request.headers['idempotency-key'] === holdKey)!;
    expect(hold.headers.authorization).toBe('Bearer test-access-token');
    expect(JSON.parse(hold.body).variables).toEqual({ orderId, idempotencyKey: holdKey });
    // one root field: the step's output is its payload
    expect(JSON.parse(step(run, 'check.then.hold').output!)).toMatchObject({ hold: { open: true } });
    // the notification was emitted with the step's completion
    const notification = await waitFor(async () =>
      published.find(
        (envelope) => envelope.type === 'workflows.notification.requested' && envelope.tenantId === tenant,
      ),
    );
    expect(notification.payload).toMatchObject({
      stepId: 'tell',
      template: 'workflow.message',
      to: { emails: ['big@example.com'] },
      data: { n: 42 },
    });
    // the webhook was signed with the secret
    const call = receiver.received.find((request) => request.url === '/orders')!;
    expect(JSON.parse(call.body)).toEqual({ order: 42 });
    expect(verifySignature(String(call.headers['ucos-signature']), call.body, 'whsec-test').ok).toBe(true);
  });

  it("mails the shopper from the shipment-notification template with the shipped event's email and order number", async () => {
    const tenant = randomUUID();
    const template = WORKFLOW_TEMPLATES.find((entry) => entry.key === 'shipment-notification')!;
    const parsed = parseDefinition(template.raw.replace(/\$\{name\}/g, 'ship-mail'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const workflowId = await define(db, tenant, parsed.document);
    const orderId = randomUUID();
    // the payload as fulfillment publishes it
    await publish(tenant, 'fulfillment.shipment.shipped', {
      shipmentId: randomUUID(),
      orderId,
      warehouseId: null,
      carrier: 'dhl',
      trackingNumber: 'JD014600003828',
      status: 'shipped',
      from: 'packed',
      lines: [
        { variantId: randomUUID(), quantity: 2 },
        { variantId: randomUUID(), quantity: 1 },
      ],
      email: 'shopper@example.com',
      orderNumber: 1042,
    });
    expect((await finishedRun(tenant, workflowId)).status).toBe('COMPLETED');
    const notification = await waitFor(async () =>
      published.find(
        (envelope) => envelope.type === 'workflows.notification.requested' && envelope.tenantId === tenant,
      ),
    );
    const request = notification.payload as { template: string; to: unknown; data: Record<string, unknown> };
    expect(request).toMatchObject({
      template: 'shipment.sent',
      to: { emails: ['shopper@example.com'] },
      data: {
        order: { id: orderId, number: 1042 },
        shipment: { carrier: 'dhl', trackingNumber: 'JD014600003828', itemCount: 3 },
      },
    });
    // what notifications renders from it (its consumer passes the request's data as the template's)
    const mail = await renderTemplate(
      BUILT_IN_TEMPLATES['shipment.sent'],
      { ...request.data, data: request.data },
      'en',
    );
    expect(mail.subject).toBe('Your order #1042 is on its way');
    expect(mail.text).toContain('Tracking number: JD014600003828');
    expect(mail.text).toContain('3 item(s) in this parcel.');
  });

  it("starts nothing on identity's account mail events, whatever a definition says", async () => {
    const tenant = randomUUID();
    const workflowId = await define(db, tenant, {
      name: 'snoop',
      trigger: { event: 'identity.mail.requested' },
      steps: [{ id: 'leak', webhook: { url: `${receiver.url}/snoop`, body: { got: '{{ event.payload }}' } } }],
    });
    const mail = await publish(tenant, 'identity.mail.requested', {
      template: 'account.invitation',
      to: 'someone@example.com',
      locale: null,
      data: { hasAccount: true },
      sealedLink: 'v1.sealed',
    });
    // the router took it (marked processed) and started nothing
    await routed(tenant, mail.id);
    expect(await runsOf(tenant, workflowId)).toEqual([]);
    expect(receiver.received.filter((request) => request.url === '/snoop')).toEqual([]);
  });

  it("prunes the router's processed-message marks older than the retention (7 days by default)", async () => {
    const tenant = randomUUID();
    const admin = new pg.Client({ connectionString: db.adminUrl });
    await admin.connect();
    try {
      await admin.query(
        `insert into workflows.processed_messages (tenant_id, consumer, message_id, processed_at)
         values ($1, 'workflows-engine', 'eight-days-old', now() - interval '8 days'),
                ($1, 'workflows-engine', 'six-days-old', now() - interval '6 days')`,
        [tenant],
      );
      expect(await worker.prune.tick()).toBe(true);
      const { rows } = await admin.query<{ message_id: string }>(
        'select message_id from workflows.processed_messages where tenant_id = $1',
        [tenant],
      );
      expect(rows.map((row) => row.message_id)).toEqual(['six-days-old']);
    } finally {
      await admin.end();
    }
  });

  it("signs a webhook with the tenant's stored secret (`{{ secrets.NAME }}`), write-only in the API", async () => {
    const tenant = randomUUID();
    const other = randomUUID();
    const SET = `mutation ($input: WorkflowSecretSetInput!) {
      workflowSecretSet(input: $input) { secret { name updatedBy } errors { code field } } }`;
    const bad = await workflows.call(SET, { input: { name: 'lower-case', value: 'x' } }, workflowAdmin(tenant));
    expect(bad.data?.workflowSecretSet.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'name'] }]);
    const set = await workflows.call(
      SET,
      { input: { name: 'HOOK_SECRET', value: 'whsec-stored-value' } },
      workflowAdmin(tenant, 'admin-1'),
    );
    expect(set.data?.workflowSecretSet).toEqual({ secret: { name: 'HOOK_SECRET', updatedBy: 'admin-1' }, errors: [] });
    const listed = await workflows.call('{ workflowSecrets { name } }', {}, workflowAdmin(tenant));
    expect(listed.data?.workflowSecrets).toEqual([{ name: 'HOOK_SECRET' }]);
    expect(
      (await workflows.call('{ workflowSecrets { name } }', {}, workflowAdmin(other))).data?.workflowSecrets,
    ).toEqual([]);
    const stored = await tenantDb(db.servicePool('workflows'), tenant, null).run((sql) =>
      sql.query<{ sealed: string }>('select sealed from workflows.secrets'),
    );
    expect(stored.rows[0]?.sealed).not.toContain('whsec-stored-value');

    const document: WorkflowDocument = {
      name: 'signed-with-stored',
      trigger: { event: 'orders.order.paid' },
      steps: [
        {
          id: 'hook',
          webhook: { url: `${receiver.url}/stored-secret`, secret: '{{ secrets.HOOK_SECRET }}', body: { ok: true } },
        },
      ],
    };
    const workflowId = await define(db, tenant, document);
    await publish(tenant, 'orders.order.paid', {});
    const run = await finishedRun(tenant, workflowId);
    expect(run.status).toBe('COMPLETED');
    const call = receiver.received.find((request) => request.url === '/stored-secret')!;
    expect(verifySignature(String(call.headers['ucos-signature']), call.body, 'whsec-stored-value').ok).toBe(true);
    expect(JSON.stringify(run.timeline)).not.toContain('whsec-stored-value');

    // another tenant has no such secret: the step fails for good, nothing is sent unsigned
    const otherWorkflow = await define(db, other, document);
    const sent = receiver.received.length;
    await publish(other, 'orders.order.paid', {});
    const failed = await finishedRun(other, otherWorkflow);
    expect(failed.status).toBe('FAILED');
    expect(step(failed, 'hook').error).toContain('no secret HOOK_SECRET');
    expect(receiver.received.length).toBe(sent);

    const DELETE = `mutation ($name: String!) { workflowSecretDelete(input: { name: $name }) { name errors { code } } }`;
    expect(
      (await workflows.call(DELETE, { name: 'HOOK_SECRET' }, workflowAdmin(other))).data?.workflowSecretDelete,
    ).toEqual({ name: null, errors: [{ code: 'NOT_FOUND' }] });
    expect(
      (await workflows.call(DELETE, { name: 'HOOK_SECRET' }, workflowAdmin(tenant))).data?.workflowSecretDelete,
    ).toEqual({ name: 'HOOK_SECRET', errors: [] });
  });

  it('retries a failing step with doubling backoff, with the same idempotency key', async () => {
    const tenant = randomUUID();
    failures.set('/flaky', 2);
    const workflowId = await define(db, tenant, {
      name: 'retry',
      trigger: { event: 'orders.order.paid' },
      steps: [
        { id: 'call', retry: { attempts: 3, backoff: '150ms' }, webhook: { url: `${receiver.url}/flaky`, body: {} } },
      ],
    });
    await publish(tenant, 'orders.order.paid', {});
    const run = await finishedRun(tenant, workflowId);
    expect(run.status).toBe('COMPLETED');
    expect(step(run, 'call').attempt).toBe(3);
    const calls = receiver.received.filter((request) => request.url === '/flaky');
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((request) => request.headers['idempotency-key'])).size).toBe(1);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(140);
    expect(calls[2]!.at - calls[1]!.at).toBeGreaterThanOrEqual(290);
  });

  it('compensates the completed steps in reverse order of completion when a step fails for good', async () => {
    const tenant = randomUUID();
    failures.set('/boom', 100);
    const undo = (name: string) => [{ id: `undo-${name}`, webhook: { url: `${receiver.url}/undo/${name}` } }];
    const workflowId = await define(db, tenant, {
      name: 'saga',
      trigger: { event: 'orders.order.confirmed' },
      steps: [
        { id: 'a', set: { a: 1 }, compensate: undo('a') },
        { id: 'b', webhook: { url: `${receiver.url}/b` }, compensate: undo('b') },
        { id: 'plain', set: { c: 1 } },
        { id: 'boom', retry: { attempts: 2, backoff: '10ms' }, webhook: { url: `${receiver.url}/boom` } },
        { id: 'never', set: { d: 1 } },
      ],
    });
    await publish(tenant, 'orders.order.confirmed', {});
    const run = await finishedRun(tenant, workflowId);
    expect(run.status).toBe('COMPENSATED');
    expect(run.error).toMatch(/500/);
    expect(step(run, 'boom')).toMatchObject({ status: 'FAILED', attempt: 2 });
    expect(run.timeline.some((entry) => entry.path === 'never')).toBe(false);
    expect(step(run, 'a').status).toBe('COMPENSATED');
    expect(step(run, 'b').status).toBe('COMPENSATED');
    const undone = receiver.received.filter((request) => request.url.startsWith('/undo/')).map((r) => r.url);
    expect(undone).toEqual(['/undo/b', '/undo/a']);
  });

  it('fails a run whose parallel branch fails, and expires the approval still open in another branch', async () => {
    const tenant = randomUUID();
    failures.set('/down', 100);
    const workflowId = await define(db, tenant, {
      name: 'half',
      trigger: { event: 'orders.order.refunded' },
      steps: [
        {
          id: 'split',
          parallel: {
            branches: [
              [{ id: 'ask', approval: { title: 'OK?', scope: 'orders:manage' } }],
              [{ id: 'call', webhook: { url: `${receiver.url}/down` } }],
            ],
          },
        },
      ],
    });
    await publish(tenant, 'orders.order.refunded', {});
    const run = await finishedRun(tenant, workflowId);
    expect(run.status).toBe('FAILED');
    expect(step(run, 'split').status).toBe('FAILED');
    expect(step(run, 'split.1.call').status).toBe('FAILED');
    expect(step(run, 'split.0.ask').task!.status).toBe('EXPIRED');
  });

  it('keeps a run on the version it started with after the definition changes', async () => {
    const tenant = randomUUID();
    const v1: WorkflowDocument = {
      name: 'pinned',
      trigger: { event: 'orders.order.cancelled' },
      steps: [
        { id: 'pause', wait: { duration: '400ms' } },
        { id: 'which', set: { version: 1 } },
      ],
    };
    const workflowId = await define(db, tenant, v1);
    await publish(tenant, 'orders.order.cancelled', {});
    await waitFor(async () => (await runsOf(tenant, workflowId))[0]?.status === 'WAITING');
    await define(db, tenant, { ...v1, steps: [{ id: 'which', set: { version: 2 } }] }, { existing: workflowId });
    const run = await finishedRun(tenant, workflowId);
    expect(run.workflowVersion).toBe(1);
    expect(JSON.parse(run.variables)).toEqual({ version: 1 });
    await publish(tenant, 'orders.order.cancelled', {});
    const second = await waitFor(async () => {
      const runs = await runsOf(tenant, workflowId);
      return runs.length === 2 && runs.every((one) => finished(one.status)) ? runs[0] : null;
    });
    expect(second.workflowVersion).toBe(2);
    expect(JSON.parse(second.variables)).toEqual({ version: 2 });
  });

  it('runs parallel branches and waits for an event (or its timeout)', async () => {
    const tenant = randomUUID();
    const workflowId = await define(db, tenant, {
      name: 'fanout',
      trigger: { event: 'orders.order.created' },
      steps: [
        {
          id: 'both',
          parallel: {
            branches: [
              [{ id: 'left', webhook: { url: `${receiver.url}/left` } }],
              [
                {
                  id: 'shipped',
                  wait: { event: 'fulfillment.shipment.shipped', filter: 'event.payload.orderId = vars.orderId' },
                },
                { id: 'right', set: { shipped: '{{ steps.shipped.output.event.payload.tracking }}' } },
              ],
            ],
          },
        },
        { id: 'quiet', wait: { event: 'fulfillment.shipment.delivered', timeout: '200ms' } },
      ],
      variables: { orderId: 'o-1' },
    });
    await publish(tenant, 'orders.order.created', {});
    await waitFor(async () => {
      const run = (await runsOf(tenant, workflowId))[0];
      return run?.timeline.some((entry) => entry.path === 'both.1.shipped' && entry.status === 'WAITING');
    });
    await publish(tenant, 'fulfillment.shipment.shipped', { orderId: 'another', tracking: 'X' });
    await publish(tenant, 'fulfillment.shipment.shipped', { orderId: 'o-1', tracking: 'TRACK-1' });
    const run = await finishedRun(tenant, workflowId);
    expect(run.status).toBe('COMPLETED');
    expect(step(run, 'both.0.left').status).toBe('COMPLETED');
    expect(JSON.parse(run.variables).shipped).toBe('TRACK-1');
    expect(JSON.parse(step(run, 'quiet').output!)).toEqual({ timedOut: true, event: null });
  });

  it('starts scheduled runs at most once per scheduled time', async () => {
    const tenant = randomUUID();
    const workflowId = await define(db, tenant, {
      name: 'nightly',
      trigger: { schedule: { cron: '* * * * *', timezone: 'Europe/Paris' } },
      steps: [{ id: 'noop', set: { ran: true } }],
    });
    const now = new Date();
    await Promise.all([tickSchedules(now), tickSchedules(now)]);
    await tickSchedules(now);
    const ours = await runsOf(tenant, workflowId);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.trigger.kind).toBe('schedule');
  });

  it("fires a schedule that names no zone in the tenant's time zone, as identity announces it", async () => {
    const inTokyo = randomUUID();
    const inUtc = randomUUID();
    const morning = { name: 'morning', trigger: { schedule: { cron: '0 9 * * *' } }, steps: [{ id: 'noop', set: {} }] };
    const tokyoWorkflow = await define(db, inTokyo, morning);
    const utcWorkflow = await define(db, inUtc, morning);
    const settings = (timeZone: string) => ({ name: 'Shop', locale: 'ja', timeZone });
    const zoneOf = async (tenantId: string) => {
      const { rows } = await tenantDb(db.servicePool('workflows'), tenantId, null).run((sql) =>
        sql.query<{ time_zone: string }>('select time_zone from workflows.tenant_time_zones'),
      );
      return rows[0]?.time_zone ?? null;
    };
    await routed(inTokyo, (await publish(inTokyo, 'identity.tenant.settings_changed', settings('Asia/Tokyo'))).id);
    expect(await zoneOf(inTokyo)).toBe('Asia/Tokyo');
    // a zone this runtime does not know leaves the last good one in place
    await routed(
      inTokyo,
      (await publish(inTokyo, 'identity.tenant.settings_changed', settings('Mars/Olympus_Mons'))).id,
    );
    expect(await zoneOf(inTokyo)).toBe('Asia/Tokyo');
    expect(await zoneOf(inUtc)).toBeNull();
    // 09:00:30 in Tokyo is 00:00:30 UTC: nine hours before the UTC tenant's morning
    await tickSchedules(new Date('2026-12-04T00:00:30Z'));
    const tokyoRuns = await runsOf(inTokyo, tokyoWorkflow);
    expect(tokyoRuns).toHaveLength(1);
    expect(tokyoRuns[0]!.trigger.kind).toBe('schedule');
    expect(await runsOf(inUtc, utcWorkflow)).toEqual([]);
    await tickSchedules(new Date('2026-12-04T09:00:30Z'));
    expect(await runsOf(inUtc, utcWorkflow)).toHaveLength(1);
    expect(await runsOf(inTokyo, tokyoWorkflow)).toHaveLength(1);
  });
});

describe('approvals', () => {
  const approvalFlow = (quorum: number): WorkflowDocument => ({
    name: 'po-approval',
    trigger: { manual: { input: { amount: { type: 'number', required: true } } } },
    steps: [
      {
        id: 'approve',
        approval: { title: 'Approve PO of {{ input.amount }}', scope: 'procurement:approve', quorum },
      },
      {
        id: 'route',
        condition: {
          if: 'steps.approve.output.approved',
          // biome-ignore lint/suspicious/noThenProperty: the document model names a condition's branch `then`
          then: [{ id: 'ok', set: { outcome: 'approved' } }],
          else: [{ id: 'no', set: { outcome: 'rejected' } }],
        },
      },
    ],
  });
  const member = (tenantId: string, subject: string, scopes = ['procurement:approve']) => ({
    kind: 'user' as const,
    subject,
    tenantId,
    scopes,
  });
  const decide = (name: 'taskApprove' | 'taskReject', taskId: string, auth: ReturnType<typeof member>, comment = '') =>
    workflows.call<Record<string, { errors: { code: string }[]; task: { status: string } | null }>>(
      `mutation($input: TaskDecideInput!) { ${name}(input: $input) { task { status } errors { code } } }`,
      { input: { taskId, comment } },
      auth,
    );
  const start = async (tenantId: string, workflowId: string, requester: string, input: string) => {
    const answer = await workflows.call<{ workflowStart: { run: { id: string } | null; errors: { code: string }[] } }>(
      'mutation($input: WorkflowStartInput!) { workflowStart(input: $input) { run { id } errors { code } } }',
      { input: { workflowId: encodeGlobalId('Workflow', workflowId), input } },
      { ...workflowAdmin(tenantId, requester) },
    );
    return answer.data!.workflowStart;
  };
  const inbox = async (auth: ReturnType<typeof member>) => {
    const answer = await workflows.call<{
      tasks: { edges: { node: { id: string; title: string } }[] };
      taskCount: number;
    }>('{ tasks(first: 20) { edges { node { id title } } } taskCount }', {}, auth);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };
  /** The member's inbox once it lists a task. */
  const inboxWithTask = (auth: ReturnType<typeof member>) =>
    waitFor(async () => {
      const seen = await inbox(auth);
      return seen.tasks.edges.length ? seen : null;
    });
  /** A new tenant's approval flow, started by another member, once the approver's inbox lists its task. */
  const awaitingApproval = async (quorum: number, amount: number) => {
    const tenant = randomUUID();
    const workflowId = await define(db, tenant, approvalFlow(quorum));
    await start(tenant, workflowId, randomUUID(), JSON.stringify({ amount }));
    const approver = member(tenant, randomUUID());
    const taskId = (await inboxWithTask(approver)).tasks.edges[0]!.node.id;
    return { tenant, workflowId, approver, taskId };
  };

  it('waits for a quorum of other members; the requester cannot decide; decisions show on the timeline', async () => {
    const tenant = randomUUID();
    const requester = randomUUID();
    const workflowId = await define(db, tenant, approvalFlow(2));
    expect((await start(tenant, workflowId, requester, '{"amount": "lots"}')).errors[0]?.code).toBe('INVALID_INPUT');
    const started = await start(tenant, workflowId, requester, '{"amount": 1200}');
    expect(started.errors).toEqual([]);
    const alice = member(tenant, randomUUID());
    const bob = member(tenant, randomUUID());
    const own = member(tenant, requester);
    await inboxWithTask(alice);
    // read again once the task exists: the list and the count are two reads of one request, and the
    // poll that first lists the task may have counted before the engine committed it
    const mine = await inbox(alice);
    expect(mine.tasks.edges[0]!.node.title).toBe('Approve PO of 1200');
    expect(mine.taskCount).toBe(1);
    const taskId = mine.tasks.edges[0]!.node.id;
    expect((await inbox(member(tenant, randomUUID(), ['orders:manage']))).taskCount).toBe(0);
    expect((await inbox(own)).taskCount).toBe(0);
    expect((await decide('taskApprove', taskId, own)).data!.taskApprove!.errors[0]!.code).toBe('OWN_REQUEST');
    const outsider = member(tenant, randomUUID(), ['orders:manage']);
    expect((await decide('taskApprove', taskId, outsider)).data!.taskApprove!.errors[0]!.code).toBe('FORBIDDEN_SCOPE');
    const robot = member(tenant, `workflow:${randomUUID()}`, ['procurement:approve']);
    expect((await decide('taskApprove', taskId, robot)).data!.taskApprove!.errors[0]!.code).toBe('FORBIDDEN_SCOPE');
    const first = await decide('taskApprove', taskId, alice, 'fine by me');
    expect(first.data!.taskApprove).toEqual({ task: { status: 'OPEN' }, errors: [] });
    expect((await decide('taskApprove', taskId, alice)).data!.taskApprove!.errors[0]!.code).toBe('ALREADY_DECIDED');
    expect((await decide('taskApprove', taskId, bob, 'ok')).data!.taskApprove!.task).toEqual({ status: 'APPROVED' });
    expect((await decide('taskReject', taskId, member(tenant, randomUUID()))).data!.taskReject!.errors[0]!.code).toBe(
      'ALREADY_DECIDED',
    );
    const run = await finishedRun(tenant, workflowId);
    expect(run.status).toBe('COMPLETED');
    expect(run.trigger.requester).toBe(requester);
    expect(JSON.parse(run.variables)).toEqual({ outcome: 'approved' });
    const approval = step(run, 'approve');
    expect(approval.task!.decisions.map((decision) => [decision.by, decision.comment])).toEqual([
      [alice.subject, 'fine by me'],
      [bob.subject, 'ok'],
    ]);
    expect(
      published.some((envelope) => envelope.type === 'workflows.task.created' && envelope.tenantId === tenant),
    ).toBe(true);
  });

  it('continues a run decided while another worker held it (no lost wake-up)', async () => {
    const { tenant, workflowId, approver: dave, taskId } = await awaitingApproval(1, 9);
    await waitFor(async () => (await runsOf(tenant, workflowId))[0]?.status === 'WAITING');
    // another worker holds the run for a moment: the decision's event cannot claim it
    await tenantDb(db.servicePool('workflows'), tenant, null).run((sql) =>
      sql.query(
        `update workflows.runs set lease_owner = 'another-worker', lease_until = now() + interval '400 milliseconds'`,
      ),
    );
    expect((await decide('taskApprove', taskId, dave)).data!.taskApprove!.errors).toEqual([]);
    const run = await finishedRun(tenant, workflowId);
    expect(JSON.parse(run.variables)).toEqual({ outcome: 'approved' });
  });

  it('one rejection rejects', async () => {
    const { tenant, workflowId, approver: carol, taskId } = await awaitingApproval(2, 5);
    const rejected = await decide('taskReject', taskId, carol, 'too much');
    expect(rejected.data!.taskReject!.task).toEqual({ status: 'REJECTED' });
    const run = await finishedRun(tenant, workflowId);
    expect(JSON.parse(run.variables)).toEqual({ outcome: 'rejected' });
    expect(JSON.parse(step(run, 'approve').output!)).toMatchObject({
      approved: false,
      decision: 'rejected',
      status: 'rejected',
    });
  });

  it('escalates an undecided task, then expires it at its due date (a rejection)', async () => {
    const tenant = randomUUID();
    const workflowId = await define(db, tenant, {
      name: 'escalating',
      trigger: { event: 'inventory.stock.low' },
      steps: [
        {
          id: 'approve',
          approval: {
            title: 'Reorder?',
            scope: 'inventory:approve',
            due: '700ms',
            escalate: { after: '200ms', scope: 'tenant:owner' },
          },
        },
      ],
    });
    await publish(tenant, 'inventory.stock.low', {});
    const boss = member(tenant, randomUUID(), ['tenant:owner']);
    await waitFor(async () => (await inbox(boss)).taskCount === 1, 5_000);
    const created = await waitFor(async () => {
      const seen = published.filter(
        (envelope) => envelope.type === 'workflows.task.created' && envelope.tenantId === tenant,
      );
      return seen.length >= 2 ? seen : null;
    });
    expect(created.map((envelope) => (envelope.payload as { scope: string }).scope)).toEqual([
      'inventory:approve',
      'tenant:owner',
    ]);
    const run = await finishedRun(tenant, workflowId);
    expect(run.status).toBe('COMPLETED');
    expect(JSON.parse(step(run, 'approve').output!)).toMatchObject({ approved: false, status: 'expired' });
    expect(step(run, 'approve').task!.status).toBe('EXPIRED');
  });

  it('isolates runs and tasks between tenants', async () => {
    const { tenant, workflowId, approver: insider, taskId } = await awaitingApproval(1, 7);
    const other = randomUUID();
    const outsider = member(other, randomUUID(), ['*']);
    expect((await inbox(outsider)).taskCount).toBe(0);
    const shopper = await workflows.call('{ taskCount }', {}, { ...insider, kind: 'customer' });
    expect(shopper.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await decide('taskApprove', taskId, outsider)).data!.taskApprove!.errors[0]!.code).toBe('NOT_FOUND');
    expect(await runsOf(other, workflowId)).toEqual([]);
    const runId = (await runsOf(tenant, workflowId))[0]!.id;
    const peek = await workflows.call<{ workflowRun: unknown }>(
      'query($id: ID!) { workflowRun(id: $id) { id } }',
      { id: runId },
      workflowAdmin(other),
    );
    expect(peek.data!.workflowRun).toBeNull();
    const cancel = await workflows.call<{ workflowRunCancel: { errors: { code: string }[] } }>(
      'mutation($input: WorkflowRunCancelInput!) { workflowRunCancel(input: $input) { errors { code } } }',
      { input: { runId } },
      workflowAdmin(other),
    );
    expect(cancel.data!.workflowRunCancel.errors[0]!.code).toBe('NOT_FOUND');
    const own = await workflows.call<{ workflowRunCancel: { errors: { code: string }[]; run: { status: string } } }>(
      'mutation($input: WorkflowRunCancelInput!) { workflowRunCancel(input: $input) { run { status } errors { code } } }',
      { input: { runId } },
      workflowAdmin(tenant),
    );
    expect(own.data!.workflowRunCancel).toEqual({ run: { status: 'CANCELLED' }, errors: [] });
    expect((await inbox(insider)).taskCount).toBe(0);
  });
});

describe('a run triggered by an event', () => {
  // its own database and worker: the suite's worker polls every 50 ms and would advance any run it finds
  let ownDb: TestDatabase;
  let ownBus: EventBus;
  let lazy: Awaited<ReturnType<typeof startTestWorker>>;

  suiteFixture(async (own) => {
    ownDb = own(await createTestDatabase([{ schema: 'workflows', directory: MIGRATIONS }]));
    ownBus = own(newBus());
    // the timer loop runs once at start and then not for an hour: whatever happens later is the event's doing
    lazy = own(await startTestWorker(ownDb, ownBus, `${gateway.url}/graphql`, { WORKFLOWS_TICK_MS: '3600000' }));
    await lazy.start();
  }, 60_000);

  it('starts and finishes its steps from the event itself, without a timer poll in between', async () => {
    const tenant = randomUUID();
    const workflowId = await define(ownDb, tenant, {
      name: 'prompt',
      trigger: { event: 'catalog.product.updated' },
      steps: [
        { id: 'first', set: { seen: true } },
        { id: 'second', set: { done: true } },
      ],
    });
    const sent: string[] = [];
    for (let index = 0; index < 20; index++) {
      const envelope = eventOf(tenant, 'catalog.product.updated', { index });
      await ownBus.publish(envelope);
      sent.push(envelope.id);
    }
    const tenantPool = tenantDb(ownDb.servicePool('workflows'), tenant, null);
    const finished = await waitFor(async () => {
      const { rows } = await tenantPool.run((sql) =>
        sql.query<{ event_id: string; definition_id: string; steps: string[] }>(
          `select r.trigger->>'eventId' as event_id, r.definition_id,
                  array(select s.path from workflows.run_steps s
                         where s.run_id = r.id and s.status = 'completed' order by s.path) as steps
             from workflows.runs r where r.status = 'completed'`,
        ),
      );
      return rows.length === 20 ? rows : null;
    });
    expect(finished.map((row) => row.event_id).sort()).toEqual([...sent].sort());
    for (const row of finished) {
      expect(row.definition_id).toBe(workflowId);
      expect(row.steps).toEqual(['first', 'second']);
    }
  });
});
