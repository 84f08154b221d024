import { CURSOR_KEYS, connectionType, encodeGlobalId, nodeEntity, pageOf } from '@ucos/kit';
import { builder } from '../builder.ts';
import { listReservations } from '../data/reservation-read-store.ts';
import { RESERVATION_STATUSES } from '../data/rows.ts';
import { reservationUuid, variantGlobalId } from './ids.ts';
import { reservationLinesLoader, reservationLoader, warehouseLoader } from './loaders.ts';
import { ProductVariantRef, ReservationLineRef, ReservationRef, WarehouseRef } from './refs.ts';

export const ReservationStatus = builder.enumType('ReservationStatus', { values: RESERVATION_STATUSES });

ReservationRef.implement({
  description: 'Units held for a reference (an order, a cart) until committed (shipped), released or expired.',
  authScopes: { scope: 'inventory:read' },
  fields: (t) => ({
    id: t.id({ resolve: (reservation) => encodeGlobalId('Reservation', reservation.id) }),
    reference: t.exposeString('reference'),
    status: t.field({ type: ReservationStatus, resolve: (reservation) => reservation.status }),
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'null once confirmed: held until committed or released',
      resolve: (reservation) => reservation.expiresAt,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (reservation) => reservation.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (reservation) => reservation.updatedAt }),
    lines: t.field({
      type: [ReservationLineRef],
      resolve: (reservation, _args, context) =>
        reservation.lines ?? reservationLinesLoader(context).load(reservation.id),
    }),
  }),
});

nodeEntity(builder, ReservationRef, 'Reservation', (id, context) => reservationLoader(context).load(id));

ReservationLineRef.implement({
  fields: (t) => ({
    variant: t.field({ type: ProductVariantRef, resolve: (line) => ({ id: variantGlobalId(line.variantId) }) }),
    warehouse: t.field({
      type: WarehouseRef,
      resolve: async (line, _args, context) => (await warehouseLoader(context).load(line.warehouseId))!,
    }),
    quantity: t.exposeInt('quantity', { description: 'Units reserved' }),
    committed: t.exposeInt('committed', { description: 'Units shipped (taken from on hand)' }),
    released: t.exposeInt('released', { description: 'Units given back (released or expired)' }),
    remaining: t.int({
      description: 'Units still held',
      resolve: (line) => line.quantity - line.committed - line.released,
    }),
  }),
});

const ReservationConnection = connectionType(builder, 'Reservation', ReservationRef);

const ReservationFilter = builder.inputType('ReservationFilter', {
  fields: (t) => ({ reference: t.string(), status: t.field({ type: ReservationStatus }) }),
});

builder.queryField('reservations', (t) =>
  t.connection(
    {
      type: ReservationRef,
      description: 'Newest first',
      authScopes: { scope: 'inventory:read' },
      args: { filter: t.arg({ type: ReservationFilter }) },
      resolve: (_root, args, context) =>
        listReservations(context.db, pageOf(args, CURSOR_KEYS.instant), {
          reference: args.filter?.reference ?? null,
          status: args.filter?.status ?? null,
        }),
    },
    ReservationConnection,
  ),
);

builder.queryField('reservation', (t) =>
  t.field({
    type: ReservationRef,
    nullable: true,
    authScopes: { scope: 'inventory:read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => {
      return reservationLoader(context).load(reservationUuid(args.id, ['id']));
    },
  }),
);
