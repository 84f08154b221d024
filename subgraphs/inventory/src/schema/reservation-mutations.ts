import type { InputObjectRef } from '@pothos/core';
import { inputMutation, outcomeCounter, payloadType, resultOutcome, rules, toPayload } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { InventoryContext } from '../context.ts';
import { callerOf } from '../data/caller.ts';
import type { InventoryErrorCode, InventoryResult } from '../data/errors.ts';
import { adjustReservations } from '../data/reservation-adjust.ts';
import {
  commitReservations,
  confirmReservations,
  createReservation,
  releaseReservations,
} from '../data/reservation-store.ts';
import type { ReservationRow } from '../data/rows.ts';
import { unitQuantity } from '../data/validation.ts';
import { reservationUuid, variantUuid, warehouseUuid } from './ids.ts';
import { ReservationRef } from './refs.ts';

/** The mutations that act on a reference's reservations: they answer with the reservations, changed. */
function reservationsMutation<Input>(
  field: string,
  spec: {
    input: InputObjectRef<typeof builder.$inferSchemaTypes, Input>;
    codes: readonly InventoryErrorCode[];
    description: string;
    run(context: InventoryContext, input: Input): Promise<InventoryResult<ReservationRow[]>>;
  },
) {
  inputMutation(builder, field, {
    input: spec.input,
    payload: { codes: spec.codes, field: 'reservations', type: ReservationRef, list: true },
    authScopes: { scope: 'inventory:adjust' },
    description: spec.description,
    run: spec.run,
    fields: (reservations) => ({ reservations }),
  });
}

const ReservationLineInput = builder.inputType('ReservationLineInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    quantity: t.int({ required: true, validate: unitQuantity }),
    warehouseId: t.id({ description: 'Omit to let inventory allocate (by warehouse code, whole line first)' }),
  }),
});

type LineInput = { variantId: string; quantity: number; warehouseId?: string | null };

/** Global ids of the lines to uuids; a malformed one is BAD_USER_INPUT naming its field. */
function decodeLines(lines: LineInput[]) {
  return lines.map((line, index) => {
    const field = ['input', 'lines', String(index)];
    const variantId = variantUuid(line.variantId, [...field, 'variantId']);
    const warehouseId = line.warehouseId ? warehouseUuid(line.warehouseId, [...field, 'warehouseId']) : null;
    return { variantId, warehouseId, quantity: line.quantity };
  });
}

const ReservationCreateInput = builder.inputType('ReservationCreateInput', {
  fields: (t) => ({
    lines: t.field({ type: [ReservationLineInput], required: true }),
    reference: t.string({ required: true, description: 'What the units are held for, e.g. an order id' }),
    ttlSeconds: t.int({ description: 'Released by the sweeper after this long unless committed or confirmed' }),
    idempotencyKey: t.string({ required: true, validate: rules.idempotencyKey }),
  }),
});

const ReservationCreatePayload = payloadType(builder, 'ReservationCreate', {
  codes: [
    'IDEMPOTENCY_KEY_REUSED',
    'INSUFFICIENT_STOCK',
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'UNKNOWN_WAREHOUSE',
    'WAREHOUSE_INACTIVE',
  ] satisfies InventoryErrorCode[],
  fields: (t) => ({
    reservation: t.field({ type: ReservationRef, nullable: true, resolve: (payload) => payload.reservation ?? null }),
  }),
});

/** Reservation requests by outcome: `ok`, INSUFFICIENT_STOCK (a conflict over the last units), … */
const reservations = outcomeCounter(
  'ucos_reservations_total',
  'Reservation requests, by outcome (ok or the error code, e.g. INSUFFICIENT_STOCK)',
);

builder.mutationField('reservationCreate', (t) =>
  t.field({
    type: ReservationCreatePayload,
    description: 'Reserves every line or nothing; each line that cannot be served gets INSUFFICIENT_STOCK',
    authScopes: { scope: 'inventory:adjust' },
    args: { input: t.arg({ type: ReservationCreateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await createReservation(context.db, callerOf(context.auth), {
        lines: decodeLines(input.lines),
        reference: input.reference,
        ttlSeconds: input.ttlSeconds ?? context.settings.defaultReservationTtlSeconds,
        idempotencyKey: input.idempotencyKey,
      });
      reservations.inc({ outcome: resultOutcome(result) });
      return toPayload(result, (reservation) => ({ reservation }));
    },
  }),
);

const ReservationTargetFields = (
  t: PothosSchemaTypes.InputFieldBuilder<typeof builder.$inferSchemaTypes, 'InputObject'>,
) => ({
  id: t.id({ description: 'One reservation; or use reference' }),
  reference: t.string({ description: 'Every reservation of this reference (an order)' }),
});

/** A malformed reservation id finds nothing, like another tenant's. */
const targetOf = (input: { id?: string | null; reference?: string | null }) => ({
  id: input.id ? reservationUuid(input.id, ['input', 'id']) : null,
  reference: input.reference ?? null,
});

const ReservationReleaseInput = builder.inputType('ReservationReleaseInput', {
  fields: (t) => ReservationTargetFields(t),
});

reservationsMutation('reservationRelease', {
  input: ReservationReleaseInput,
  codes: ['INVALID_INPUT', 'INVALID_STATUS', 'NOT_FOUND'],
  description: 'Gives back the units still held; releasing twice is harmless',
  run: (context, input) => releaseReservations(context.db, callerOf(context.auth), targetOf(input)),
});

const ReservationConfirmInput = builder.inputType('ReservationConfirmInput', {
  fields: (t) => ReservationTargetFields(t),
});

reservationsMutation('reservationConfirm', {
  input: ReservationConfirmInput,
  codes: ['INVALID_INPUT', 'INVALID_STATUS', 'NOT_FOUND'],
  description: 'Stops active reservations from expiring (the order was placed): held until committed or released',
  run: (context, input) => confirmReservations(context.db, targetOf(input)),
});

const ReservationCommitInput = builder.inputType('ReservationCommitInput', {
  fields: (t) => ({
    ...ReservationTargetFields(t),
    lines: t.field({
      type: [ReservationLineInput],
      description: 'What shipped; omit to commit everything still held',
    }),
    idempotencyKey: t.string({ required: true, validate: rules.idempotencyKey }),
  }),
});

reservationsMutation('reservationCommit', {
  input: ReservationCommitInput,
  codes: [
    'IDEMPOTENCY_KEY_REUSED',
    'INSUFFICIENT_RESERVED',
    'INVALID_INPUT',
    'INVALID_QUANTITY',
    'INVALID_STATUS',
    'NOT_FOUND',
    'UNKNOWN_WAREHOUSE',
  ],
  description: 'Converts reserved units into shipped ones: reserved and on hand both decrease (SHIPMENT)',
  run: (context, input) =>
    commitReservations(context.db, callerOf(context.auth), {
      ...targetOf(input),
      lines: input.lines ? decodeLines(input.lines) : null,
      idempotencyKey: input.idempotencyKey,
    }),
});

const ReservationAdjustLineInput = builder.inputType('ReservationAdjustLineInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    quantity: t.int({ required: true, description: 'Units to keep holding (0 releases the variant)' }),
  }),
});

const ReservationAdjustInput = builder.inputType('ReservationAdjustInput', {
  fields: (t) => ({
    reference: t.string({ required: true }),
    lines: t.field({
      type: [ReservationAdjustLineInput],
      required: true,
      description: 'The quantities to keep per variant; variants left out are released',
    }),
  }),
});

reservationsMutation('reservationAdjust', {
  input: ReservationAdjustInput,
  codes: ['INVALID_INPUT', 'INVALID_QUANTITY', 'NOT_FOUND', 'UNKNOWN_WAREHOUSE'],
  description: 'Lowers what a reference holds after an order edit, releasing the difference; never raises a hold',
  run: (context, input) => {
    const decoded = decodeLines(input.lines.map((line) => ({ ...line, warehouseId: null })));
    return adjustReservations(context.db, callerOf(context.auth), {
      reference: input.reference,
      lines: decoded.map(({ variantId, quantity }) => ({ variantId, quantity })),
    });
  },
});
