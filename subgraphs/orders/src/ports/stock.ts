/** Stock reservations, owned by inventory. `reference` is always the order id. */
export interface StockLine {
  variantId: string;
  quantity: number;
}

export interface ReserveRequest {
  reference: string;
  lines: StockLine[];
  ttlSeconds: number;
  idempotencyKey: string;
}

export type ReserveOutcome =
  | { ok: true }
  | { ok: false; insufficient: { variantId: string | null; message: string }[] };

export interface StockPort {
  /** all or nothing: either every line is reserved, or nothing is and the short lines are named */
  reserve(tenantId: string, request: ReserveRequest): Promise<ReserveOutcome>;
  /** releases whatever is still reserved under the reference; releasing nothing is fine */
  release(tenantId: string, reference: string): Promise<void>;
  /** the order exists: the reservation stops expiring and is held until committed (shipped) or released */
  confirm(tenantId: string, reference: string): Promise<void>;
  /** sets the reserved quantities of a reference to `lines` (order edits only ever lower them) */
  adjust(tenantId: string, reference: string, lines: StockLine[]): Promise<void>;
}
