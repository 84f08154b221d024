import { ReservationCommit, Warehouses } from '@ucos/internal-clients/inventory';
import { encodeGlobalId, type InternalClient } from '@ucos/kit';

export interface StockLine {
  variantId: string;
  quantity: number;
}

/** Turning an order's reservation into stock decrements when a shipment leaves (owned by inventory). */
export interface StockPort {
  /** idempotent on `idempotencyKey` (the shipment id): a retry never decrements twice */
  commit(tenantId: string, request: { reference: string; lines: StockLine[]; idempotencyKey: string }): Promise<void>;
  /**
   * Whether the tenant has this warehouse: inventory owns warehouses, so no foreign key can say it;
   * another tenant's warehouse is as unknown as a made-up one.
   */
  hasWarehouse(tenantId: string, warehouseId: string): Promise<boolean>;
}

export function inventoryStock(client: InternalClient): StockPort {
  return {
    async hasWarehouse(tenantId, warehouseId) {
      const { _entities } = await client.request(
        Warehouses,
        { representations: [{ __typename: 'Warehouse', id: encodeGlobalId('Warehouse', warehouseId) }] },
        { caller: 'fulfillment', tenantId, scopes: ['inventory:read'] },
      );
      const warehouse = _entities[0];
      return Boolean(warehouse && 'id' in warehouse && warehouse.id);
    },
    async commit(tenantId, request) {
      const { reservationCommit } = await client.request(
        ReservationCommit,
        {
          input: {
            reference: request.reference,
            idempotencyKey: request.idempotencyKey,
            lines: request.lines.map((line) => ({
              variantId: encodeGlobalId('ProductVariant', line.variantId),
              quantity: line.quantity,
            })),
          },
        },
        // inventory de-duplicates a commit on its idempotency key (the shipment): safe to retry
        { caller: 'fulfillment', tenantId, scopes: ['inventory:adjust'], idempotent: true },
      );
      const errors = reservationCommit.errors;
      if (errors.length)
        throw new Error(`inventory refused the commit: ${errors.map((e) => `${e.code} ${e.message}`).join('; ')}`);
    },
  };
}
