import { randomUUID } from 'node:crypto';
import { assertTenantTablesProtected, type EventBus } from '@ucos/kit';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, newBus, startWorkflows, type WorkflowsHarness, workflowAdmin } from './harness.ts';

let db: TestDatabase;
let bus: EventBus;
let workflows: WorkflowsHarness;
const tenant = randomUUID();

suiteFixture(async (own) => {
  db = own(await createTestDatabase([{ schema: 'workflows', directory: MIGRATIONS }]));
  bus = own(newBus());
  workflows = own(await startWorkflows(db, bus));
});

describe('workflows subgraph', () => {
  it('publishes the JSON Schema of a workflow document to those who manage workflows', async () => {
    const allowed = await workflows.call<{ workflowJsonSchema: string }>(
      '{ workflowJsonSchema }',
      {},
      workflowAdmin(tenant),
    );
    expect(JSON.parse(allowed.data?.workflowJsonSchema ?? '{}').required).toEqual(['name', 'trigger', 'steps']);
    const refused = await workflows.call('{ workflowJsonSchema }', {}, { ...workflowAdmin(tenant), scopes: [] });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('protects every tenant table with row-level security', async () => {
    await assertTenantTablesProtected(db.adminUrl, 'workflows');
  });
});
