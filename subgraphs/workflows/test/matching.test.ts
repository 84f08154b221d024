import { randomUUID } from 'node:crypto';
import type { EventBus } from '@ucos/kit';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, newBus, startWorkflows, type WorkflowsHarness, workflowAdmin } from './harness.ts';

let db: TestDatabase;
let bus: EventBus;
let workflows: WorkflowsHarness;
const tenantA = randomUUID();
const tenantB = randomUUID();

const MATCHING = `query ($type: String!, $payload: String!) { workflowsMatching(eventType: $type, payload: $payload) { name version } }`;

suiteFixture(async (own) => {
  db = own(await createTestDatabase([{ schema: 'workflows', directory: MIGRATIONS }]));
  bus = own(newBus());
  workflows = own(await startWorkflows(db, bus));
  const created = await workflows.call(
    `mutation ($input: WorkflowCreateFromTemplateInput!) { workflowCreateFromTemplate(input: $input) {
       workflow { id } errors { code message } } }`,
    {
      input: {
        template: 'purchase-order-approval',
        parameters: [
          { key: 'single', value: '100000' },
          { key: 'double', value: '1000000' },
        ],
      },
    },
    workflowAdmin(tenantA),
  );
  const id = created.data?.workflowCreateFromTemplate.workflow.id;
  await workflows.call(
    'mutation ($id: ID!) { workflowEnable(input: { id: $id }) { errors { code } } }',
    { id },
    workflowAdmin(tenantA),
  );
});

describe('workflowsMatching', () => {
  const ask = (tenantId: string, totalAmount: number) =>
    workflows.call(
      MATCHING,
      { type: 'procurement.purchase_order.submitted', payload: JSON.stringify({ totalAmount, currency: 'EUR' }) },
      workflowAdmin(tenantId),
    );

  it("answers the tenant's enabled workflows whose trigger and filter an event meets", async () => {
    expect((await ask(tenantA, 250_000)).data?.workflowsMatching).toEqual([
      { name: 'purchase-order-approval', version: 1 },
    ]);
    expect((await ask(tenantA, 99_999)).data?.workflowsMatching).toEqual([]);
    expect((await ask(tenantB, 250_000)).data?.workflowsMatching).toEqual([]);
  });

  it('refuses a payload that is not a JSON object', async () => {
    const answer = await workflows.call(
      MATCHING,
      { type: 'procurement.purchase_order.submitted', payload: '[1]' },
      workflowAdmin(tenantA),
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
