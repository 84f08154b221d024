import { encodeGlobalId, type InternalClient } from '@ucos/kit';
import type { ReserveOutcome, StockLine, StockPort } from './stock.ts';

const SCOPES = ['inventory:adjust'];

const RESERVE = /* GraphQL */ `
  mutation OrdersReserve($input: ReservationCreateInput!) {
    reservationCreate(input: $input) { errors { code field message } }
  }`;
const RELEASE = /* GraphQL */ `
  mutation OrdersRelease($input: ReservationReleaseInput!) {
    reservationRelease(input: $input) { errors { code field message } }
  }`;
const CONFIRM = /* GraphQL */ `
  mutation OrdersConfirmReservation($input: ReservationConfirmInput!) {
    reservationConfirm(input: $input) { errors { code field message } }
  }`;
const ADJUST = /* GraphQL */ `
  mutation OrdersAdjust($input: ReservationAdjustInput!) {
    reservationAdjust(input: $input) { errors { code field message } }
  }`;

interface Errors {
  errors: { code: string; field: string[] | null; message: string }[];
}

const toInput = (lines: StockLine[]) =>
  lines.map((line) => ({ variantId: encodeGlobalId('ProductVariant', line.variantId), quantity: line.quantity }));

/** Reservations through the inventory subgraph's mutations, with a service token for the tenant. */
export function inventoryStock(client: InternalClient): StockPort {
  const call = (tenantId: string, query: string, input: Record<string, unknown>) =>
    client.request<Record<string, Errors>>(query, { input }, { caller: 'orders', tenantId, scopes: SCOPES });
  return {
    async reserve(tenantId, request): Promise<ReserveOutcome> {
      const data = await call(tenantId, RESERVE, {
        reference: request.reference,
        lines: toInput(request.lines),
        ttlSeconds: request.ttlSeconds,
        idempotencyKey: request.idempotencyKey,
      });
      const errors = data.reservationCreate?.errors ?? [];
      if (errors.length === 0) return { ok: true };
      const insufficient = errors.filter((error) => error.code === 'INSUFFICIENT_STOCK');
      if (insufficient.length !== errors.length) {
        throw new Error(`inventory refused the reservation: ${errors.map((e) => `${e.code} ${e.message}`).join('; ')}`);
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
      const data = await call(tenantId, RELEASE, { reference });
      const errors = (data.reservationRelease?.errors ?? []).filter((error) => error.code !== 'NOT_FOUND');
      if (errors.length) throw new Error(`inventory refused the release: ${errors[0]?.message}`);
    },
    async confirm(tenantId, reference) {
      const data = await call(tenantId, CONFIRM, { reference });
      const errors = data.reservationConfirm?.errors ?? [];
      if (errors.length) throw new Error(`inventory refused the confirmation: ${errors[0]?.message}`);
    },
    // lowers the hold to the edited lines (variants left out are released); inventory never raises a hold
    async adjust(tenantId, reference, lines) {
      const data = await call(tenantId, ADJUST, { reference, lines: toInput(lines) });
      const errors = data.reservationAdjust?.errors ?? [];
      if (errors.length) throw new Error(`inventory refused the adjustment: ${errors[0]?.message}`);
    },
  };
}

/** `["input", "lines", "2", "quantity"]` → the variant of line 2. */
function variantOf(field: string[] | null, lines: StockLine[]): string | null {
  const index = field?.indexOf('lines') ?? -1;
  const position = index >= 0 ? Number(field?.[index + 1]) : Number.NaN;
  const line = Number.isInteger(position) ? lines[position] : undefined;
  return line?.variantId ?? null;
}
