import { CURSOR_KEYS, connectionType, encodeGlobalId, pageOf } from '@ucos/kit';
import { builder } from '../builder.ts';
import { MOVEMENT_REASONS } from '../data/rows.ts';
import { listMovements } from '../data/stock-read-store.ts';
import { filterUuid, reservationUuid, variantGlobalId, variantUuid, warehouseUuid } from './ids.ts';
import { reservationLoader, warehouseLoader } from './loaders.ts';
import { ProductVariantRef, ReservationRef, StockMovementRef, WarehouseRef } from './refs.ts';

export const StockMovementReason = builder.enumType('StockMovementReason', { values: MOVEMENT_REASONS });

StockMovementRef.implement({
  description: 'One entry of the immutable stock ledger: the sum of the deltas of a level is its onHand / reserved.',
  authScopes: { scope: 'inventory:read' },
  fields: (t) => ({
    id: t.id({ resolve: (movement) => encodeGlobalId('StockMovement', movement.id) }),
    variant: t.field({ type: ProductVariantRef, resolve: (movement) => ({ id: variantGlobalId(movement.variantId) }) }),
    warehouse: t.field({
      type: WarehouseRef,
      resolve: async (movement, _args, context) => (await warehouseLoader(context).load(movement.warehouseId))!,
    }),
    onHandDelta: t.exposeInt('onHandDelta'),
    reservedDelta: t.exposeInt('reservedDelta'),
    reason: t.field({ type: StockMovementReason, resolve: (movement) => movement.reason }),
    actorKind: t.exposeString('actorKind', { description: 'user, api_key, service, …' }),
    actorId: t.exposeString('actorId', { nullable: true }),
    reference: t.exposeString('reference', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    reservation: t.field({
      type: ReservationRef,
      nullable: true,
      resolve: (movement, _args, context) =>
        movement.reservationId ? reservationLoader(context).load(movement.reservationId) : null,
    }),
    occurredAt: t.field({ type: 'DateTime', resolve: (movement) => movement.occurredAt }),
  }),
});

const StockMovementConnection = connectionType(builder, 'StockMovement', StockMovementRef);

const StockMovementFilter = builder.inputType('StockMovementFilter', {
  fields: (t) => ({
    variantId: t.id(),
    warehouseId: t.id(),
    reason: t.field({ type: StockMovementReason }),
    reservationId: t.id(),
  }),
});

builder.queryField('stockMovements', (t) =>
  t.connection(
    {
      type: StockMovementRef,
      description: 'The ledger, newest first',
      authScopes: { scope: 'inventory:read' },
      args: { filter: t.arg({ type: StockMovementFilter }) },
      resolve: (_root, args, context) =>
        listMovements(context.db, pageOf(args, CURSOR_KEYS.id), {
          variantId: filterUuid(args.filter?.variantId, variantUuid, 'variantId'),
          warehouseId: filterUuid(args.filter?.warehouseId, warehouseUuid, 'warehouseId'),
          reason: args.filter?.reason ?? null,
          reservationId: filterUuid(args.filter?.reservationId, reservationUuid, 'reservationId'),
        }),
    },
    StockMovementConnection,
  ),
);
