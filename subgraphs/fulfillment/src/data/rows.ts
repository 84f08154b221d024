import type {
  Return as ReturnModel,
  ShipmentLine as ShipmentLineModel,
  Shipment as ShipmentModel,
  Transition as TransitionModel,
} from '../generated/prisma/client.ts';
import type { ReturnStatus, ShipmentStatus } from './machines.ts';

/**
 * Rows as the stores return them (camelCase), derived from the Prisma models of
 * prisma/schema.prisma (checked against the migrated database in test/schema-and-models.test.ts),
 * and the SQL column lists that produce them. A row leaves out `tenant_id` (row security scopes
 * every statement) and overrides what the SQL casts or the code narrows: amounts are read as
 * numbers (`::float8`), states as the machines' unions.
 */
type RowOf<Model, Overrides = Record<never, never>> = Omit<Model, 'tenantId' | keyof Overrides> & Overrides;

export type ShipmentRow = RowOf<ShipmentModel, { status: ShipmentStatus }>;

/** A shipment's or return's line (`parentId`: the shipment or return; both tables have the same columns). */
export type LineRow = Pick<ShipmentLineModel, 'variantId' | 'quantity'> & { parentId: string };

export type ReturnRow = RowOf<ReturnModel, { status: ReturnStatus; refundAmount: number | null }>;

export type TransitionRow = Pick<
  TransitionModel,
  'aggregateId' | 'fromState' | 'toState' | 'actorKind' | 'actorId' | 'occurredAt'
>;

export const SHIPMENT_COLUMNS = `id, order_id as "orderId", warehouse_id as "warehouseId", carrier, service,
  tracking_number as "trackingNumber", status, version, created_at as "createdAt", updated_at as "updatedAt"`;
export const RETURN_COLUMNS = `id, order_id as "orderId", reason, warehouse_id as "warehouseId", status,
  refund_amount::float8 as "refundAmount", version, created_at as "createdAt", updated_at as "updatedAt"`;
