import { randomUUID } from 'node:crypto';
import { type EventBus, encodeGlobalId } from '@ucos/kit';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { suiteFixture } from '@ucos/kit/testing/suite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { definitionVersion, enabledDefinitionsForEvent } from '../src/data/definitions.ts';
import { dryRun } from '../src/definitions/dry-run.ts';
import { parseDefinition } from '../src/definitions/parse.ts';
import { renderTemplate, WORKFLOW_TEMPLATES } from '../src/templates/index.ts';
import { MIGRATIONS, newBus, startWorkflows, type WorkflowsHarness, workflowAdmin } from './harness.ts';

let db: TestDatabase;
let bus: EventBus;
let workflows: WorkflowsHarness;
let admin: pg.Pool;
const tenantA = randomUUID();
const tenantB = randomUUID();

suiteFixture(async (own) => {
  db = own(await createTestDatabase([{ schema: 'workflows', directory: MIGRATIONS }]));
  bus = own(newBus());
  workflows = own(await startWorkflows(db, bus));
  admin = own(new pg.Pool({ connectionString: db.adminUrl, max: 2 }));
});

const SAVE_FIELDS = `workflow { id name enabled latestVersion triggerKind triggerEvent trigger template }
  version { number source createdBy }
  problems { message path line column }
  errors { code field message }`;

const CREATE = `mutation ($source: String!) { workflowCreate(input: { source: $source }) { ${SAVE_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $source: String!) { workflowUpdate(input: { id: $id, source: $source }) { ${SAVE_FIELDS} } }`;
const VALIDATE = `mutation ($source: String!) { workflowValidate(input: { source: $source }) {
  valid problems { message path line column } errors { code field message } } }`;
const DRY_RUN = `mutation ($id: ID, $source: String, $event: String!) {
  workflowDryRun(input: { id: $id, source: $source, event: $event }) {
    matched reason steps { id kind path outcome branch input detail } errors { code message } } }`;

const doc = (name: string, extra = '') => `name: ${name}
description: A test workflow
trigger:
  event: orders.order.created
  filter: event.payload.totalAmount >= 1000
scopes: [orders:manage]
steps:
  - id: big
    set:
      label: "{{ 'order ' & event.payload.number }}"
  - id: review
    approval:
      title: "Approve #{{ event.payload.number }}"
      scope: orders:manage
${extra}`;

const problemsOf = (source: string) => {
  const parsed = parseDefinition(source);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.errors;
};

describe('parsing a workflow document', () => {
  it('names a YAML syntax error with its line and column', () => {
    const [problem] = problemsOf('name: a\ntrigger: { event: orders.order.created\nsteps: []\n');
    expect(problem?.message).toMatch(/^YAML: /);
    expect(problem?.line).toBeGreaterThanOrEqual(2);
  });

  it('names an unknown step field at its key', () => {
    const problems = problemsOf(`${doc('x')}    bogus: true\n`);
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'steps[1].bogus',
        line: 15,
        column: 5,
        message: expect.stringContaining('unknown field "bogus"'),
      }),
    ]);
  });

  it('names a bad duration, a bad expression, a bad scope and a duplicate id where they are', () => {
    const source = `name: bad
trigger:
  event: orders.order.created
  filter: event.payload.totalAmount >=
scopes: [orders:manage, orders:fly]
steps:
  - id: wait1
    wait: { duration: 2 hours }
  - id: wait1
    approval:
      title: x
      scope: nobody:here
  - id: later
    when: steps.missing.output = 1
    set: { a: 1 }
`;
    const problems = problemsOf(source);
    const at = (path: string) => problems.find((problem) => problem.path === path);
    expect(at('trigger.filter')).toMatchObject({
      line: 4,
      column: 11,
      message: expect.stringContaining('does not compile'),
    });
    expect(at('scopes[1]')).toMatchObject({
      line: 5,
      column: 25,
      message: expect.stringContaining('not a platform scope'),
    });
    expect(at('steps[0].wait.duration')).toMatchObject({
      line: 8,
      column: 23,
      message: expect.stringContaining('not a duration'),
    });
    expect(at('steps[1].id')).toMatchObject({
      line: 9,
      column: 9,
      message: 'duplicate step id "wait1" (first used at line 7)',
    });
    expect(at('steps[1].approval.scope')).toMatchObject({
      line: 12,
      message: expect.stringContaining('not a platform scope'),
    });
    expect(at('steps[2].when')).toMatchObject({
      line: 14,
      message: expect.stringContaining('no step has the id "missing"'),
    });
    expect(problems.map((problem) => problem.line)).toEqual(
      [...problems.map((problem) => problem.line)].sort((a, b) => a - b),
    );
  });

  it('refuses a step with no kind or two, a trigger with two kinds, a cron that does not parse', () => {
    const problems = problemsOf(`name: c
trigger:
  schedule: { cron: "61 * * * *", timezone: Mars/Olympus }
steps:
  - id: none
  - id: two
    set: { a: 1 }
    wait: { duration: 1m }
`);
    expect(problems.map((problem) => [problem.path, problem.line])).toEqual([
      ['trigger.schedule.cron', 3],
      ['trigger.schedule.timezone', 3],
      ['steps[0]', 5],
      ['steps[1]', 6],
    ]);
    expect(problems[2]?.message).toContain('needs exactly one kind');
    expect(problems[3]?.message).toContain('more than one kind (set, wait)');
    expect(
      problemsOf('name: t\ntrigger: { event: a.b.c, manual: {} }\nsteps: [{ id: a, set: { x: 1 } }]\n')[0]?.message,
    ).toContain('exactly one of event');
  });

  it('refuses an action that is not exactly one GraphQL mutation, at its line', () => {
    const problems = problemsOf(`name: m
trigger: { manual: {} }
steps:
  - id: bare
    action: { mutation: orderHoldPlace }
  - id: query
    action: { mutation: "query { orders { totalCount } }" }
  - id: fine
    action: { mutation: "mutation ($input: OrderHoldReleaseInput!) { orderHoldRelease(input: $input) { errors { code } } }" }
`);
    expect(problems.map((problem) => [problem.path, problem.line])).toEqual([
      ['steps[0].action.mutation', 5],
      ['steps[1].action.mutation', 7],
    ]);
    expect(problems[0]?.message).toContain('does not parse');
    expect(problems[1]?.message).toContain('exactly one GraphQL mutation');
  });

  it('accepts a valid document and returns it typed', () => {
    const parsed = parseDefinition(doc('fine'));
    expect(parsed.ok && parsed.document.steps.map((step) => step.id)).toEqual(['big', 'review']);
  });
});

describe('built-in templates', () => {
  it('every template validates with its defaults and with parameters', () => {
    for (const template of WORKFLOW_TEMPLATES) {
      const rendered = renderTemplate(template);
      if (!rendered.ok) throw new Error(JSON.stringify(rendered.problems));
      const parsed = parseDefinition(rendered.source);
      expect(parsed.ok ? [] : parsed.errors, template.key).toEqual([]);
    }
    const hold = WORKFLOW_TEMPLATES.find((template) => template.key === 'high-value-order-hold');
    const custom = renderTemplate(hold!, { threshold: '250000', name: 'big-orders' });
    expect(custom.ok && parseDefinition(custom.source)).toMatchObject({
      ok: true,
      document: { name: 'big-orders', trigger: { filter: 'event.payload.totalAmount >= 250000' } },
    });
    expect(renderTemplate(hold!, { threshold: '1e9; drop' })).toMatchObject({ ok: false });
  });
});

describe('workflow definitions over GraphQL', () => {
  it('validates without saving, with line and column', async () => {
    const bad = await workflows.call(VALIDATE, { source: `${doc('v')}      due: soon\n` }, workflowAdmin(tenantA));
    expect(bad.data?.workflowValidate).toMatchObject({
      valid: false,
      problems: [{ path: 'steps[1].approval.due', line: 15, column: 12 }],
      errors: [
        {
          code: 'INVALID_WORKFLOW',
          field: ['input', 'source'],
          message: expect.stringMatching(/^line 15, column 12: /),
        },
      ],
    });
    const good = await workflows.call(VALIDATE, { source: doc('v') }, workflowAdmin(tenantA));
    expect(good.data?.workflowValidate).toEqual({ valid: true, problems: [], errors: [] });
    const list = await workflows.call('{ workflows { totalCount } }', {}, workflowAdmin(tenantA));
    expect(list.data?.workflows.totalCount).toBe(0);
  });

  it('saves each change as a new version, keeps every version pinned, and refuses a new name', async () => {
    const user = randomUUID();
    const created = await workflows.call(CREATE, { source: doc('versions') }, workflowAdmin(tenantA, user));
    const workflow = created.data?.workflowCreate.workflow;
    expect(created.data?.workflowCreate).toMatchObject({
      errors: [],
      workflow: {
        name: 'versions',
        enabled: false,
        latestVersion: 1,
        triggerKind: 'EVENT',
        triggerEvent: 'orders.order.created',
        trigger: 'orders.order.created where event.payload.totalAmount >= 1000',
      },
      version: { number: 1, createdBy: user },
    });
    const again = await workflows.call(CREATE, { source: doc('versions') }, workflowAdmin(tenantA));
    expect(again.data?.workflowCreate.errors).toEqual([expect.objectContaining({ code: 'NAME_TAKEN' })]);

    const v2Source = doc('versions')
      .replace('>= 1000', '>= 5000')
      .replace('orders.order.created', 'orders.order.confirmed');
    const updated = await workflows.call(UPDATE, { id: workflow.id, source: v2Source }, workflowAdmin(tenantA));
    expect(updated.data?.workflowUpdate).toMatchObject({
      errors: [],
      workflow: { latestVersion: 2, triggerEvent: 'orders.order.confirmed' },
      version: { number: 2, source: v2Source },
    });
    const invalid = await workflows.call(
      UPDATE,
      { id: workflow.id, source: `${v2Source}      quorum: 0\n` },
      workflowAdmin(tenantA),
    );
    expect(invalid.data?.workflowUpdate.errors[0]).toMatchObject({ code: 'INVALID_WORKFLOW' });
    expect(invalid.data?.workflowUpdate.problems).toEqual([
      expect.objectContaining({ line: 15, path: 'steps[1].approval.quorum' }),
    ]);
    const renamed = await workflows.call(UPDATE, { id: workflow.id, source: doc('renamed') }, workflowAdmin(tenantA));
    expect(renamed.data?.workflowUpdate.errors).toEqual([expect.objectContaining({ code: 'NAME_IMMUTABLE' })]);

    const read = await workflows.call(
      `query ($id: ID!) { workflow(id: $id) { latestVersion current { number }
         version(number: 1) { number source }
         versions(first: 1) { totalCount edges { node { number } } pageInfo { hasNextPage endCursor } } } }`,
      { id: workflow.id },
      workflowAdmin(tenantA),
    );
    expect(read.data?.workflow).toMatchObject({
      latestVersion: 2,
      current: { number: 2 },
      version: { number: 1, source: doc('versions') },
      versions: { totalCount: 2, edges: [{ node: { number: 2 } }], pageInfo: { hasNextPage: true } },
    });
    const next = await workflows.call(
      'query ($id: ID!, $after: String) { workflow(id: $id) { versions(first: 5, after: $after) { edges { node { number } } } } }',
      { id: workflow.id, after: read.data?.workflow.versions.pageInfo.endCursor },
      workflowAdmin(tenantA),
    );
    expect(next.data?.workflow.versions.edges).toEqual([{ node: { number: 1 } }]);

    // the engine reads a pinned version, and the enabled latest versions by event type
    const localId = Buffer.from(workflow.id, 'base64url').toString().split(':')[1]!;
    const client = await db.servicePool('workflows').connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantA]);
      expect(await definitionVersion(client, localId, 1)).toMatchObject({
        version: 1,
        document: { trigger: { event: 'orders.order.created' } },
      });
      expect(await enabledDefinitionsForEvent(client, 'orders.order.confirmed')).toEqual([]);
      await client.query('rollback');
    } finally {
      client.release();
    }
  });

  it("keeps the definition's trigger columns in step with its latest version", async () => {
    const created = await workflows.call(CREATE, { source: doc('retriggered') }, workflowAdmin(tenantA));
    const id = created.data?.workflowCreate.workflow.id;
    const scheduled = `name: retriggered
trigger:
  schedule: { cron: "0 8 * * 1-5", timezone: Europe/Paris }
steps:
  - id: tick
    set: { at: "{{ run.startedAt }}" }
`;
    const updated = await workflows.call(UPDATE, { id, source: scheduled }, workflowAdmin(tenantA));
    expect(updated.data?.workflowUpdate.workflow).toMatchObject({
      triggerKind: 'SCHEDULE',
      triggerEvent: null,
      trigger: 'schedule 0 8 * * 1-5 (Europe/Paris)',
      latestVersion: 2,
    });
    const { rows } = await admin.query(
      'select trigger_kind, trigger_event from workflows.definitions where name = $1',
      ['retriggered'],
    );
    expect(rows).toEqual([{ trigger_kind: 'schedule', trigger_event: null }]);
  });

  it('enables and disables, publishing workflows.definition.changed on each change', async () => {
    const created = await workflows.call(CREATE, { source: doc('toggled') }, workflowAdmin(tenantA));
    const id = created.data?.workflowCreate.workflow.id;
    const enable =
      'mutation ($id: ID!) { workflowEnable(input: { id: $id }) { workflow { enabled } errors { code } } }';
    const disable =
      'mutation ($id: ID!) { workflowDisable(input: { id: $id }) { workflow { enabled } errors { code } } }';
    expect((await workflows.call(enable, { id }, workflowAdmin(tenantA))).data?.workflowEnable).toEqual({
      workflow: { enabled: true },
      errors: [],
    });
    await workflows.call(enable, { id }, workflowAdmin(tenantA));
    const localId = Buffer.from(id, 'base64url').toString().split(':')[1]!;
    const client = await db.servicePool('workflows').connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantA]);
      expect(await enabledDefinitionsForEvent(client, 'orders.order.created')).toEqual([
        expect.objectContaining({ id: localId, name: 'toggled', version: 1 }),
      ]);
      await client.query('rollback');
    } finally {
      client.release();
    }
    expect((await workflows.call(disable, { id }, workflowAdmin(tenantA))).data?.workflowDisable).toEqual({
      workflow: { enabled: false },
      errors: [],
    });
    const missing = await workflows.call(
      enable,
      { id: encodeGlobalId('Workflow', randomUUID()) },
      workflowAdmin(tenantA),
    );
    expect(missing.data?.workflowEnable.errors).toEqual([{ code: 'NOT_FOUND' }]);
    const { rows } = await admin.query(
      `select payload from workflows.outbox where type = 'workflows.definition.changed' and aggregate_id = $1 order by id`,
      [localId],
    );
    expect(rows.map((row) => row.payload)).toEqual([
      { definitionId: localId, name: 'toggled', version: 1, enabled: false },
      { definitionId: localId, name: 'toggled', version: 1, enabled: true },
      { definitionId: localId, name: 'toggled', version: 1, enabled: false },
    ]);
  });

  it('dry-runs a saved workflow or a source against a sample event, with no side effect', async () => {
    const created = await workflows.call(
      'mutation { workflowCreateFromTemplate(input: { template: "high-value-order-hold", parameters: [{ key: "threshold", value: "50000" }] }) { workflow { id name template } errors { code } } }',
      {},
      workflowAdmin(tenantA),
    );
    expect(created.data?.workflowCreateFromTemplate).toMatchObject({
      workflow: { name: 'high-value-order-hold', template: 'high-value-order-hold' },
      errors: [],
    });
    const id = created.data?.workflowCreateFromTemplate.workflow.id;
    const orderId = randomUUID();
    const event = JSON.stringify({
      type: 'orders.order.created',
      payload: { orderId, number: 1042, totalAmount: 120000, currency: 'EUR', email: 'big@example.com' },
    });
    const outbox = async () => (await admin.query('select count(*)::int as n from workflows.outbox')).rows[0].n;
    const before = await outbox();
    const run = await workflows.call(DRY_RUN, { id, event }, workflowAdmin(tenantA));
    const result = run.data?.workflowDryRun;
    expect(result).toMatchObject({ matched: true, errors: [] });
    expect(
      result.steps.map((step: { id: string; outcome: string; branch: string | null }) => [
        step.id,
        step.outcome,
        step.branch,
      ]),
    ).toEqual([
      ['hold', 'WOULD_RUN', null],
      ['review', 'WOULD_RUN', null],
      ['decide', 'BRANCH', 'then'],
      ['release', 'WOULD_RUN', null],
    ]);
    expect(JSON.parse(result.steps[0].input)).toEqual({
      mutation: expect.stringContaining('orderHoldPlace(input: $input)'),
      variables: {
        input: {
          orderId: encodeGlobalId('Order', orderId),
          reason: 'High-value order #1042 awaits approval',
          source: 'workflow',
          idempotencyKey: 'dry-run:hold',
        },
      },
    });
    expect(JSON.parse(result.steps[1].input)).toMatchObject({
      title: 'Approve high-value order #1042',
      scope: 'orders:manage',
    });
    expect(await outbox()).toBe(before);

    const small = await workflows.call(
      DRY_RUN,
      { id, event: JSON.stringify({ orderId, number: 7, totalAmount: 100, currency: 'EUR' }) },
      workflowAdmin(tenantA),
    );
    expect(small.data?.workflowDryRun).toMatchObject({
      matched: false,
      steps: [],
      reason: expect.stringContaining('filter is false'),
    });

    const skipped = await workflows.call(
      DRY_RUN,
      {
        source: `${doc('dry')}    when: event.payload.totalAmount > 100000\n`,
        event: JSON.stringify({ payload: { number: 9, totalAmount: 2000 } }),
      },
      workflowAdmin(tenantA),
    );
    expect(skipped.data?.workflowDryRun.steps).toEqual([
      expect.objectContaining({ id: 'big', outcome: 'WOULD_RUN', input: JSON.stringify({ label: 'order 9' }) }),
      expect.objectContaining({ id: 'review', outcome: 'SKIPPED' }),
    ]);
    const notJson = await workflows.call(DRY_RUN, { id, event: '{nope' }, workflowAdmin(tenantA));
    expect(notJson.data?.workflowDryRun.errors).toEqual([expect.objectContaining({ code: 'INVALID_EVENT' })]);
  });

  it('dry-run walks the else branch of a condition (pure function)', async () => {
    const parsed = parseDefinition(`name: branches
trigger: { manual: { input: { amount: { type: number } } } }
steps:
  - id: pick
    condition:
      if: input.amount > 10
      then: [{ id: big, set: { size: big } }]
      else: [{ id: small, set: { size: "{{ 'small ' & $string(input.amount) }}" } }]
`);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const result = await dryRun(parsed.document, { amount: 3 }, { tenantId: tenantA });
    expect(result.steps).toEqual([
      expect.objectContaining({ id: 'pick', outcome: 'branch', branch: 'else' }),
      expect.objectContaining({ id: 'small', path: 'steps[0].condition.else[0]', input: { size: 'small 3' } }),
    ]);
  });

  it('lists templates and refuses an unknown one or a bad parameter', async () => {
    const list = await workflows.call(
      '{ workflowTemplates { key source parameters { key default } } }',
      {},
      workflowAdmin(tenantA),
    );
    expect(list.data?.workflowTemplates.map((template: { key: string }) => template.key)).toEqual([
      'high-value-order-hold',
      'low-stock-alert',
      'purchase-order-approval',
      'shipment-notification',
    ]);
    const create = (template: string, parameters: unknown) =>
      workflows.call(
        'mutation ($template: String!, $parameters: [WorkflowTemplateParameterInput!]) { workflowCreateFromTemplate(input: { template: $template, parameters: $parameters }) { workflow { id } errors { code field } } }',
        { template, parameters },
        workflowAdmin(tenantA),
      );
    expect((await create('nope', [])).data?.workflowCreateFromTemplate.errors).toEqual([
      { code: 'UNKNOWN_TEMPLATE', field: ['input', 'template'] },
    ]);
    expect(
      (await create('low-stock-alert', [{ key: 'name', value: 'Bad Name' }])).data?.workflowCreateFromTemplate.errors,
    ).toEqual([{ code: 'INVALID_PARAMETER', field: ['input', 'parameters', 'name'] }]);
  });

  it("keeps each tenant's definitions to itself", async () => {
    const created = await workflows.call(CREATE, { source: doc('secret') }, workflowAdmin(tenantA));
    const id = created.data?.workflowCreate.workflow.id;
    const asB = workflowAdmin(tenantB);
    expect(
      (await workflows.call('query ($id: ID!) { workflow(id: $id) { id } }', { id }, asB)).data?.workflow,
    ).toBeNull();
    expect((await workflows.call('{ workflows { totalCount } }', {}, asB)).data?.workflows.totalCount).toBe(0);
    const update = await workflows.call(UPDATE, { id, source: doc('secret') }, asB);
    expect(update.data?.workflowUpdate.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const enable = await workflows.call(
      'mutation ($id: ID!) { workflowEnable(input: { id: $id }) { errors { code } } }',
      { id },
      asB,
    );
    expect(enable.data?.workflowEnable.errors).toEqual([{ code: 'NOT_FOUND' }]);
    const dry = await workflows.call(DRY_RUN, { id, event: '{}' }, asB);
    expect(dry.data?.workflowDryRun.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    // B may use the same name: names are unique per tenant
    expect((await workflows.call(CREATE, { source: doc('secret') }, asB)).data?.workflowCreate.errors).toEqual([]);
    const refused = await workflows.call('{ workflows { totalCount } }', {}, { ...workflowAdmin(tenantA), scopes: [] });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
