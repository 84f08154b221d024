import { prismaAdapter } from '@ucos/kit';
import { assertModelsMatchMigrations } from '@ucos/kit/testing';
import { describe, it } from 'vitest';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { MIGRATIONS } from './harness.ts';

describe('fulfillment contract', () => {
  it('protects every tenant table with forced RLS, and the Prisma models match the migrated tables', async () => {
    await assertModelsMatchMigrations({
      schema: 'fulfillment',
      migrations: MIGRATIONS,
      prisma: (pool) => new PrismaClient({ adapter: prismaAdapter(pool) }),
      exhaustive: true,
      models: {
        order_views: (tx) => tx.orderView.findMany(),
        order_line_views: (tx) => tx.orderLineView.findMany(),
        order_hold_views: (tx) => tx.orderHoldView.findMany(),
        shipments: (tx) => tx.shipment.findMany(),
        shipment_lines: (tx) => tx.shipmentLine.findMany(),
        returns: (tx) => tx.return.findMany(),
        return_lines: (tx) => tx.returnLine.findMany(),
        transitions: (tx) => tx.transition.findMany(),
        settings: (tx) => tx.settings.findMany(),
      },
    });
  });
});
