import { prismaAdapter } from '@ucos/kit';
import { assertCommittedSdl, assertModelsMatchMigrations } from '@ucos/kit/testing';
import { describe, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { schema } from '../src/schema/index.ts';
import { MIGRATIONS } from './harness.ts';

describe('webhooks contract', () => {
  it('matches the committed SDL in schema/webhooks.graphql', () => {
    assertCommittedSdl(schema, 'webhooks');
  });

  it('protects every tenant table with forced RLS, and the Prisma models match the migrated tables', async () => {
    await assertModelsMatchMigrations({
      schema: 'webhooks',
      migrations: MIGRATIONS,
      prisma: (pool) => new PrismaClient({ adapter: prismaAdapter(pool) }),
      exhaustive: true,
      models: {
        endpoints: (tx) => tx.endpoint.findMany(),
        endpoint_secrets: (tx) => tx.endpointSecret.findMany(),
        deliveries: (tx) => tx.delivery.findMany(),
      },
    });
  });
});
