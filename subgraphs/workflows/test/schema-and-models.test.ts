import { prismaAdapter } from '@ucos/kit';
import { assertModelsMatchMigrations } from '@ucos/kit/testing';
import { describe, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { MIGRATIONS } from './harness.ts';

describe('workflows contract', () => {
  it('protects every tenant table with forced RLS, and the Prisma models match the migrated tables', async () => {
    await assertModelsMatchMigrations({
      schema: 'workflows',
      migrations: MIGRATIONS,
      prisma: (pool) => new PrismaClient({ adapter: prismaAdapter(pool) }),
      exhaustive: true,
      models: {
        definitions: (tx) => tx.definition.findMany(),
        definition_versions: (tx) => tx.definitionVersion.findMany(),
        runs: (tx) => tx.run.findMany(),
        run_steps: (tx) => tx.runStep.findMany(),
        tasks: (tx) => tx.task.findMany(),
        task_decisions: (tx) => tx.taskDecision.findMany(),
        schedule_ticks: (tx) => tx.scheduleTick.findMany(),
        secrets: (tx) => tx.secret.findMany(),
        tenant_time_zones: (tx) => tx.tenantTimeZone.findMany(),
      },
    });
  });
});
