import type { InputObjectRef } from '@pothos/core';
import { inputMutation, outcomeCounter, resultOutcome, rules } from '@ucos/kit';
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
import { DRAW_STOCK_CODES, unitQuantity } from '../data/validation.ts';
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

/** Reservation requests by outcome: `ok`, INSUFFICIENT_STOCK (a conflict over the last units), … */
const reservations = outcomeCounter(
  'ucos_reservations_total',
  'Reservation requests, by outcome (ok or the error code, e.g. INSUFFICIENT_STOCK)',
);

inputMutation(builder, 'reservationCreate', {
  input: ReservationCreateInput,
  payload: { codes: DRAW_STOCK_CODES, field: 'reservation', type: ReservationRef },
  description: 'Reserves every line or nothing; each line that cannot be served gets INSUFFICIENT_STOCK',
  authScopes: { scope: 'inventory:adjust' },
  run: async (context, input) => {
    const result = await createReservation(context.db, callerOf(context.auth), {
      lines: decodeLines(input.lines),
      reference: input.reference,
      ttlSeconds: input.ttlSeconds ?? context.settings.defaultReservationTtlSeconds,
      idempotencyKey: input.idempotencyKey,
    });
    reservations.inc({ outcome: resultOutcome(result) });
    return result;
  },
  fields: (reservation) => ({ reservation }),
});

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

/** Release and confirm: their input names only the reservations to act on, one or a reference's. */
function reservationTargetMutation(
  field: 'reservationRelease' | 'reservationConfirm',
  description: string,
  run: (context: InventoryContext, target: ReturnType<typeof targetOf>) => Promise<InventoryResult<ReservationRow[]>>,
) {
  const typeName = `${field.charAt(0).toUpperCase()}${field.slice(1)}Input`;
  reservationsMutation(field, {
    input: builder.inputType(typeName, { fields: (t) => ReservationTargetFields(t) }),
    codes: ['INVALID_INPUT', 'INVALID_STATUS', 'NOT_FOUND'],
    description,
    run: (context, input) => run(context, targetOf(input)),
  });
}

reservationTargetMutation(
  'reservationRelease',
  'Gives back the units still held; releasing twice is harmless',
  (context, target) => releaseReservations(context.db, callerOf(context.auth), target),
);

reservationTargetMutation(
  'reservationConfirm',
  'Stops active reservations from expiring (the order was placed): held until committed or released',
  (context, target) => confirmReservations(context.db, target),
);

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
