import {
  type InventoryErrorCode,
  ReservationAdjust,
  ReservationConfirm,
  ReservationCreate,
  ReservationRelease,
} from '@ucos/internal-clients/inventory';
import { encodeGlobalId, type InternalClient } from '@ucos/kit';
import type { ReserveOutcome, StockLine, StockPort } from './stock.ts';

const call = (tenantId: string) => ({ caller: 'orders', tenantId, scopes: ['inventory:adjust'] });

const toInput = (lines: StockLine[]) =>
  lines.map((line) => ({ variantId: encodeGlobalId('ProductVariant', line.variantId), quantity: line.quantity }));

const describeErrors = (errors: readonly { code: InventoryErrorCode; message: string }[]) =>
  errors.map((error) => `${error.code} ${error.message}`).join('; ');

/**
 * Reservations through the inventory subgraph's mutations, with a service token for the tenant.
 * Only `reserve` is retried by the internal client: inventory de-duplicates it on its idempotency
 * key. Release, confirm and adjust carry none, so a failed call is left to their callers (event
 * consumers that redeliver, checkout that releases on failure).
 */
export function inventoryStock(client: InternalClient): StockPort {
  return {
    async reserve(tenantId, request): Promise<ReserveOutcome> {
      const { reservationCreate } = await client.request(
        ReservationCreate,
        {
          input: {
            reference: request.reference,
            lines: toInput(request.lines),
            ttlSeconds: request.ttlSeconds,
            idempotencyKey: request.idempotencyKey,
          },
        },
        { ...call(tenantId), idempotent: true },
      );
      const errors = reservationCreate.errors;
      if (errors.length === 0) return { ok: true };
      const insufficient = errors.filter((error) => error.code === 'INSUFFICIENT_STOCK');
      if (insufficient.length !== errors.length) {
        throw new Error(`inventory refused the reservation: ${describeErrors(errors)}`);
      }
      return {
        ok: false,
        insufficient: insufficient.map((error) => ({
          variantId: variantOf(error.field, request.lines),
          message: error.message,
        })),
      };
    },
    async release(tenantId, reference) {
      const { reservationRelease } = await client.request(ReservationRelease, { input: { reference } }, call(tenantId));
      const errors = reservationRelease.errors.filter((error) => error.code !== 'NOT_FOUND');
      if (errors.length) throw new Error(`inventory refused the release: ${describeErrors(errors)}`);
    },
    async confirm(tenantId, reference) {
      const { reservationConfirm } = await client.request(ReservationConfirm, { input: { reference } }, call(tenantId));
      if (reservationConfirm.errors.length) {
        throw new Error(`inventory refused the confirmation: ${describeErrors(reservationConfirm.errors)}`);
      }
    },
    // lowers the hold to the edited lines (variants left out are released); inventory never raises a hold
    async adjust(tenantId, reference, lines) {
      const { reservationAdjust } = await client.request(
        ReservationAdjust,
        { input: { reference, lines: toInput(lines) } },
        call(tenantId),
      );
      if (reservationAdjust.errors.length) {
        throw new Error(`inventory refused the adjustment: ${describeErrors(reservationAdjust.errors)}`);
      }
    },
  };
}

/** `["input", "lines", "2", "quantity"]` → the variant of line 2. */
function variantOf(field: readonly string[] | null, lines: StockLine[]): string | null {
  const index = field?.indexOf('lines') ?? -1;
  const position = index >= 0 ? Number(field?.[index + 1]) : Number.NaN;
  const line = Number.isInteger(position) ? lines[position] : undefined;
  return line?.variantId ?? null;
}
