import { type EventBus, type EventEnvelope, idempotentConsumer, parseEventPayload, type Subscription } from '@ucos/kit';
import { z } from 'zod';
import type { Caller } from '../../data/caller.ts';
import { ensureLevels, lockLevels, recordMovements } from '../../data/ledger.ts';
import { defaultWarehouseId } from '../../data/warehouse-store.ts';
import type { InventoryDb, InventoryTx, Sql } from '../../db.ts';

/** What fulfillment publishes when returned goods arrive (see its README's event catalogue). */
const returnReceived = z.object({
  returnId: z.string().min(1),
  lines: z
    .array(
      z.object({
        variantId: z.uuid(),
        quantity: z.number().int().positive(),
        warehouseId: z.uuid().nullish(),
      }),
    )
    .min(1),
});

export const RETURN_RECEIVED_SUBJECT = 'ucos.fulfillment.return.received';

/**
 * Puts returned units back on hand: one RETURN movement per line, in the named warehouse or the
 * first active one (by code). Applied once per event (processed_messages), in the event's tenant.
 * A malformed event throws, so the bus retries and finally dead-letters it with the reason.
 */
export function subscribeReturnRestock(bus: EventBus, unitOfWork: InventoryDb): Promise<Subscription> {
  return bus.subscribe({
    consumer: 'inventory-return-restock',
    subjects: [RETURN_RECEIVED_SUBJECT],
    handler: idempotentConsumer({
      unitOfWork,
      consumer: 'inventory-return-restock',
      handle: (envelope, sql, tx) => restock(envelope, sql, tx),
    }),
  });
}

async function restock(envelope: EventEnvelope, sql: Sql, tx: InventoryTx): Promise<void> {
  const event = parseEventPayload(returnReceived, envelope);
  const caller: Caller = { tenantId: envelope.tenantId, actorKind: 'service', actorId: 'fulfillment-returns' };
  const defaultWarehouse = await defaultWarehouseId(sql);
  const movements = event.lines.map((line) => {
    const warehouseId = line.warehouseId ?? defaultWarehouse;
    if (!warehouseId) throw new Error('no active warehouse to restock the return into');
    return { variantId: line.variantId, warehouseId };
  });
  await ensureLevels(sql, caller.tenantId, movements);
  await lockLevels(sql, movements);
  await recordMovements(
    sql,
    tx,
    caller,
    event.lines.map((line, index) => ({
      ...movements[index]!,
      onHandDelta: line.quantity,
      reservedDelta: 0,
      reason: 'RETURN',
      note: null,
      reference: event.returnId,
    })),
  );
}
