import type { DomainDeps } from '@ucos/kit';
import type { PluginHookRunner } from '@ucos/kit/plugin-hooks';
import type { ProcurementEvents } from './events/out/procurement-events.ts';
import type { CatalogPort } from './ports/catalog.ts';
import type { InventoryPort } from './ports/inventory.ts';
import type { WorkflowsPort } from './ports/workflows.ts';

export interface ProcurementDeps extends DomainDeps<ProcurementEvents> {
  /** SKU and description snapshots of ordered variants */
  catalog: CatalogPort;
  /** replenishment needs (levels at or below their reorder point) */
  inventory: InventoryPort;
  /** whether a submitted order has an approval workflow or is approved by rule */
  workflows: WorkflowsPort;
  /** tenants' plugins (`purchase-order.submit.validate`) */
  plugins: PluginHookRunner;
}

export const SCHEMA = 'procurement';
