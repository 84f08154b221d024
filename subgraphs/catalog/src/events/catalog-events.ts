import { createEnvelope, enqueueEvent, type JsonValue } from '@ucos/kit';
import type { Sql } from '../db.ts';

/** The events catalog publishes (subjects `ucos.catalog.*`), written to the outbox in the change's transaction. */
export const CATALOG_EVENTS = {
  productCreated: 'catalog.product.created',
  productUpdated: 'catalog.product.updated',
  productArchived: 'catalog.product.archived',
  productDeleted: 'catalog.product.deleted',
  variantCreated: 'catalog.variant.created',
  variantUpdated: 'catalog.variant.updated',
  variantDeleted: 'catalog.variant.deleted',
  priceChanged: 'catalog.price.changed',
} as const;

export type CatalogEventType = (typeof CATALOG_EVENTS)[keyof typeof CATALOG_EVENTS];

/** Ids in payloads are local uuids (what other domains store), not global ids. */
export async function emit(
  sql: Sql,
  tenantId: string,
  type: CatalogEventType,
  aggregate: { type: 'product' | 'variant' | 'price_list'; id: string },
  payload: Record<string, JsonValue>,
): Promise<void> {
  await enqueueEvent(
    sql,
    'catalog',
    createEnvelope({ type, tenantId, aggregateType: aggregate.type, aggregateId: aggregate.id, payload }),
  );
}
