import type { StockLine, StockPort } from '../src/ports/stock.ts';

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
