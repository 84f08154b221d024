import type { ReserveOutcome, StockLine, StockPort } from '../src/ports/stock.ts';

/** For tests: stock held in memory, all-or-nothing reservations, idempotent on the key. */
export class MemoryStock implements StockPort {
  readonly available = new Map<string, number>();
  readonly reservations = new Map<string, StockLine[]>();
  readonly #keys = new Map<string, ReserveOutcome>();

  async reserve(_tenantId: string, request: { reference: string; lines: StockLine[]; idempotencyKey: string }) {
    const replay = this.#keys.get(request.idempotencyKey);
    if (replay) return replay;
    const short = request.lines.filter((line) => (this.available.get(line.variantId) ?? 0) < line.quantity);
    const outcome: ReserveOutcome = short.length
      ? { ok: false, insufficient: short.map((line) => ({ variantId: line.variantId, message: 'not enough stock' })) }
      : { ok: true };
    if (outcome.ok) {
      for (const line of request.lines)
        this.available.set(line.variantId, (this.available.get(line.variantId) ?? 0) - line.quantity);
      this.reservations.set(request.reference, [...(this.reservations.get(request.reference) ?? []), ...request.lines]);
    }
    this.#keys.set(request.idempotencyKey, outcome);
    return outcome;
  }

  async release(_tenantId: string, reference: string) {
    for (const line of this.reservations.get(reference) ?? []) {
      this.available.set(line.variantId, (this.available.get(line.variantId) ?? 0) + line.quantity);
    }
    this.reservations.delete(reference);
  }

  readonly confirmed = new Set<string>();

  async confirm(_tenantId: string, reference: string) {
    if (this.reservations.has(reference)) this.confirmed.add(reference);
  }

  async adjust(tenantId: string, reference: string, lines: StockLine[]) {
    await this.release(tenantId, reference);
    for (const line of lines)
      this.available.set(line.variantId, (this.available.get(line.variantId) ?? 0) - line.quantity);
    this.reservations.set(
      reference,
      lines.filter((line) => line.quantity > 0),
    );
  }

  reservedQuantity(): number {
    let total = 0;
    for (const lines of this.reservations.values()) for (const line of lines) total += line.quantity;
    return total;
  }
}
