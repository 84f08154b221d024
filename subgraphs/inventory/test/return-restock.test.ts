import { createEnvelope } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { inventorySuite, tenantWithStock } from './harness.ts';

const inventory = inventorySuite({ afterStart: (started) => started.server.start() });

const levels = (variant: string, auth: object) =>
  inventory.call(
    `query($v: ID!) { stockLevels(filter: { variantId: $v }) { edges { node { onHand warehouse { code } } } } }`,
    { v: variant },
    auth,
  );

async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 50; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not met within 2.5 s');
}

describe('returns restock through events', () => {
  it('puts received return lines back on hand once, even when the event is delivered twice', async () => {
    const { tenantId, auth, variant } = await tenantWithStock(inventory, [5]);
    const variantUuid = Buffer.from(variant, 'base64url').toString().split(':')[1]!;
    const event = createEnvelope({
      type: 'fulfillment.return.received',
      tenantId,
      aggregateType: 'Return',
      aggregateId: 'rma-1',
      payload: { returnId: 'rma-1', lines: [{ variantId: variantUuid, quantity: 2 }] },
    });
    await inventory.bus.publish(event);
    await until(async () => (await levels(variant, auth)).data?.stockLevels.edges[0]?.node.onHand === 7);
    // a duplicate publish of the same event id: the bus drops it, processed_messages would catch a redelivery
    await inventory.bus.publish(event);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await levels(variant, auth)).data?.stockLevels.edges[0]?.node.onHand).toBe(7);
    const movements = await inventory.admin(
      `select reason, on_hand_delta, reference from inventory.stock_movements where tenant_id = $1 and reason = 'RETURN'`,
      [tenantId],
    );
    expect(movements).toEqual([{ reason: 'RETURN', on_hand_delta: 2, reference: 'rma-1' }]);
  });
});
