import { prismaAdapter } from '@ucos/kit';
import { assertCommittedSdl, assertModelsMatchMigrations } from '@ucos/kit/testing';
import { describe, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { schema } from '../src/schema/index.ts';
import { MIGRATIONS } from './harness.ts';

describe('plugins contract', () => {
  it('matches the committed SDL in schema/plugins.graphql', () => {
    assertCommittedSdl(schema, 'plugins');
  });

  it('protects every tenant table with forced RLS, and the Prisma models match the migrated tables', async () => {
    await assertModelsMatchMigrations({
      schema: 'plugins',
      migrations: MIGRATIONS,
      prisma: (pool) => new PrismaClient({ adapter: prismaAdapter(pool) }),
      exhaustive: true,
      models: {
        plugins: (tx) => tx.plugin.findMany(),
        plugin_versions: (tx) => tx.pluginVersion.findMany(),
        installations: (tx) => tx.installation.findMany(),
        plugin_kv: (tx) => tx.pluginKv.findMany(),
        invocations: (tx) => tx.invocation.findMany(),
        invocation_stats: (tx) => tx.invocationStat.findMany(),
        ui_extensions: (tx) => tx.uiExtension.findMany(),
      },
    });
  });
});
