import { createEnvelope, enqueueEvent, type JsonValue } from '@ucos/kit';
import type { Sql } from '../db.ts';
import { SCHEMA } from '../deps.ts';

/** Events fulfillment publishes, all version 1 (see the README's event catalogue). */
export type FulfillmentEventType =
  | 'fulfillment.shipment.created'
  | 'fulfillment.shipment.packed'
  | 'fulfillment.shipment.shipped'
  | 'fulfillment.shipment.delivered'
  | 'fulfillment.shipment.cancelled'
  | 'fulfillment.return.requested'
  | 'fulfillment.return.approved'
  | 'fulfillment.return.received'
  | 'fulfillment.return.refunded'
  | 'fulfillment.return.rejected';

export async function publish(
  sql: Sql,
  tenantId: string,
  type: FulfillmentEventType,
  aggregate: { type: 'Shipment' | 'Return'; id: string },
  payload: { [key: string]: JsonValue },
): Promise<void> {
  await enqueueEvent(
    sql,
    SCHEMA,
    createEnvelope({ type, tenantId, aggregateType: aggregate.type, aggregateId: aggregate.id, payload, version: 1 }),
  );
}
