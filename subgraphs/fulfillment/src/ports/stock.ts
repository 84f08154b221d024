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

const COMMIT = /* GraphQL */ `
  mutation FulfillmentCommit($input: ReservationCommitInput!) {
    reservationCommit(input: $input) { errors { code field message } }
  }`;

const WAREHOUSE = /* GraphQL */ `
  query FulfillmentWarehouse($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Warehouse { id } }
  }`;

export function inventoryStock(client: InternalClient): StockPort {
  return {
    async hasWarehouse(tenantId, warehouseId) {
      const data = await client.request<{ _entities: ({ id: string } | null)[] }>(
        WAREHOUSE,
        { representations: [{ __typename: 'Warehouse', id: encodeGlobalId('Warehouse', warehouseId) }] },
        { caller: 'fulfillment', tenantId, scopes: ['inventory:read'] },
      );
      return Boolean(data._entities[0]?.id);
    },
    async commit(tenantId, request) {
      const data = await client.request<{ reservationCommit: { errors: { code: string; message: string }[] } }>(
        COMMIT,
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
        { caller: 'fulfillment', tenantId, scopes: ['inventory:adjust'] },
      );
      const errors = data.reservationCommit.errors;
      if (errors.length)
        throw new Error(`inventory refused the commit: ${errors.map((e) => `${e.code} ${e.message}`).join('; ')}`);
    },
  };
}

/** For tests: records commits, idempotent on the key. */
export class MemoryStock implements StockPort {
  readonly commits = new Map<string, { reference: string; lines: StockLine[] }>();
  failing = false;
  /** the tenant's warehouses (tenant id → warehouse ids); a tenant not listed has every warehouse */
  readonly warehouses = new Map<string, Set<string>>();

  async hasWarehouse(tenantId: string, warehouseId: string) {
    if (this.failing) throw new Error('inventory is unavailable (simulated)');
    return this.warehouses.get(tenantId)?.has(warehouseId) ?? !this.warehouses.has(tenantId);
  }

  async commit(_tenantId: string, request: { reference: string; lines: StockLine[]; idempotencyKey: string }) {
    if (this.failing) throw new Error('inventory is unavailable (simulated)');
    if (!this.commits.has(request.idempotencyKey)) this.commits.set(request.idempotencyKey, request);
  }
}
