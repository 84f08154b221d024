import { encodeGlobalId, type InternalClient } from '@ucos/kit';

export interface StockLine {
  variantId: string;
  quantity: number;
}

/** Turning an order's reservation into stock decrements when a shipment leaves (owned by inventory). */
export interface StockPort {
  /** idempotent on `idempotencyKey` (the shipment id): a retry never decrements twice */
  commit(tenantId: string, request: { reference: string; lines: StockLine[]; idempotencyKey: string }): Promise<void>;
}

const COMMIT = /* GraphQL */ `
  mutation FulfillmentCommit($input: ReservationCommitInput!) {
    reservationCommit(input: $input) { errors { code field message } }
  }`;

export function inventoryStock(client: InternalClient): StockPort {
  return {
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

  async commit(_tenantId: string, request: { reference: string; lines: StockLine[]; idempotencyKey: string }) {
    if (this.failing) throw new Error('inventory is unavailable (simulated)');
    if (!this.commits.has(request.idempotencyKey)) this.commits.set(request.idempotencyKey, request);
  }
}
