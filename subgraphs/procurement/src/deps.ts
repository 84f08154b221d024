import type { Logger, PgUnitOfWork } from '@ucos/kit';
import type pg from 'pg';
import type { ProcurementEvents } from './events/out/procurement-events.ts';
import type { CatalogPort } from './ports/catalog.ts';
import type { InventoryPort } from './ports/inventory.ts';
import type { WorkflowsPort } from './ports/workflows.ts';

export interface ProcurementDeps {
  pool: pg.Pool;
  log: Logger;
  /** SKU and description snapshots of ordered variants */
  catalog: CatalogPort;
  /** replenishment needs (levels at or below their reorder point) */
  inventory: InventoryPort;
  /** whether a submitted order has an approval workflow or is approved by rule */
  workflows: WorkflowsPort;
  /** the tenant's unit of work (its commits kick the outbox relay) */
  unitOfWork<Tenant extends string | null>(tenantId: Tenant): PgUnitOfWork<ProcurementEvents, Tenant>;
}

export const SCHEMA = 'procurement';
