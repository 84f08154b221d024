import { prismaAdapter } from '@ucos/kit';
import { assertCommittedSdl, assertModelsMatchMigrations } from '@ucos/kit/testing';
import { describe, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { schema } from '../src/schema/index.ts';
import { MIGRATIONS } from './harness.ts';

describe('notifications contract', () => {
  it('matches the committed SDL in schema/notifications.graphql', () => {
    assertCommittedSdl(schema, 'notifications');
  });

  it('protects every tenant table with forced RLS, and the Prisma models match the migrated tables', async () => {
    await assertModelsMatchMigrations({
      schema: 'notifications',
      migrations: MIGRATIONS,
      prisma: (pool) => new PrismaClient({ adapter: prismaAdapter(pool) }),
      exhaustive: true,
      models: {
        template_overrides: (tx) => tx.templateOverride.findMany(),
        notifications: (tx) => tx.notification.findMany(),
        order_contacts: (tx) => tx.orderContact.findMany(),
      },
    });
  });
});
