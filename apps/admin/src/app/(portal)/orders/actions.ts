'use server';
import { formatMoney, type PayloadError } from '@ucos/clients';
import type { FormState } from '@ucos/ui/form';
import { integer, text } from '@ucos/ui/form';
import { formResult } from '../../../lib/form-result.ts';
import { mutate } from '../../../lib/gateway.ts';
import { returnTransition, shipmentTransition } from '../fulfillment/transitions.ts';
import { Cancel, HoldPlace, HoldRelease, LineUpdate, ReturnRequest, ShipmentCreate, Transition } from './documents.ts';

type Errors = readonly PayloadError[];

/** Runs one order/shipment/return action from a button form; its typed errors come back to the form. */
async function act(
  orderId: string,
  run: (back: string) => Promise<Errors>,
  success: string | (() => string),
): Promise<FormState> {
  const back = `/orders/${encodeURIComponent(orderId)}`;
  return formResult(() => run(back), success, { revalidate: [back] });
}

const version = (form: FormData) => Number(text(form, 'version')) || null;

export async function orderAction(_: FormState, form: FormData): Promise<FormState> {
  const orderId = text(form, 'orderId');
  const kind = text(form, 'action') as keyof typeof Transition | 'cancel';
  const input = { orderId, version: version(form) };
  if (kind === 'cancel') {
    return act(
      orderId,
      async (back) =>
        (await mutate(Cancel, { input: { ...input, reason: text(form, 'reason') || null } }, back)).orderCancel.errors,
      'Order cancelled.',
    );
  }
  const document = Transition[kind];
  if (!document) return { message: 'Unknown action.' };
  return act(
    orderId,
    async (back) => {
      const data = (await mutate(document as typeof Transition.confirm, { input }, back)) as Record<
        string,
        { errors: Errors }
      >;
      return Object.values(data)[0]?.errors ?? [];
    },
    'Done.',
  );
}

/** Places a hold (staff's own): the order is not confirmed, captured, completed or shipped until it is released. */
export async function placeHold(_: FormState, form: FormData): Promise<FormState> {
  const orderId = text(form, 'orderId');
  return act(
    orderId,
    async (back) =>
      (await mutate(HoldPlace, { input: { orderId, reason: text(form, 'reason'), source: 'staff' } }, back))
        .orderHoldPlace.errors,
    'Order put on hold.',
  );
}

/** Releases one hold, with an optional note; the order moves on once no hold is open. */
export async function releaseHold(_: FormState, form: FormData): Promise<FormState> {
  const orderId = text(form, 'orderId');
  const input = { holdId: text(form, 'holdId'), note: text(form, 'note') || null };
  return act(
    orderId,
    async (back) => (await mutate(HoldRelease, { input }, back)).orderHoldRelease.errors,
    'Hold released.',
  );
}

/** Lowers one line's quantity (0 removes it); the API recomputes the totals and releases the stock. */
export async function editLine(_: FormState, form: FormData): Promise<FormState> {
  const orderId = text(form, 'orderId');
  const quantity = integer(form, 'quantity');
  if (quantity === null) return { errors: { quantity: 'Enter a whole number (0 removes the line).' } };
  const input = { orderId, variantId: text(form, 'variantId'), quantity, version: version(form) };
  let total = '';
  return act(
    orderId,
    async (back) => {
      const { orderLineUpdate } = await mutate(LineUpdate, { input }, back);
      if (orderLineUpdate.order) total = formatMoney(orderLineUpdate.order.total);
      return orderLineUpdate.errors;
    },
    () => `${quantity === 0 ? 'Line removed' : `Quantity changed to ${quantity}`}; the order total is now ${total}.`,
  );
}

/** A shipment of every line still to ship, from the default warehouse. */
export async function createShipment(_: FormState, form: FormData): Promise<FormState> {
  const orderId = text(form, 'orderId');
  const lines = form
    .getAll('line')
    .map(String)
    .map((pair) => {
      const [variantId, quantity] = pair.split('|');
      return { variantId: variantId ?? '', quantity: Number(quantity) };
    })
    .filter((line) => line.quantity > 0);
  return act(
    orderId,
    async (back) =>
      (
        await mutate(
          ShipmentCreate,
          {
            input: {
              orderId,
              warehouseId: text(form, 'warehouseId') || null,
              carrier: text(form, 'carrier') || null,
              service: text(form, 'service') || null,
              lines,
            },
          },
          back,
        )
      ).shipmentCreate.errors,
    'Shipment created.',
  );
}

/** A shipment move from its card on the order page (the queue posts the same fields). */
export async function shipmentAction(_: FormState, form: FormData): Promise<FormState> {
  const transition = shipmentTransition(form);
  if (!transition) return { message: 'Unknown action.' };
  return act(text(form, 'orderId'), transition.run, transition.done);
}

export async function requestReturn(_: FormState, form: FormData): Promise<FormState> {
  const orderId = text(form, 'orderId');
  const lines = [{ variantId: text(form, 'variantId'), quantity: Number(text(form, 'quantity')) || 0 }];
  return act(
    orderId,
    async (back) =>
      (await mutate(ReturnRequest, { input: { orderId, reason: text(form, 'reason') || null, lines } }, back))
        .returnRequest.errors,
    'Return requested.',
  );
}

/** A return move from its card on the order page (the queue posts the same fields). */
export async function returnAction(_: FormState, form: FormData): Promise<FormState> {
  const transition = returnTransition(form);
  if (!transition) return { message: 'Unknown action.' };
  return act(text(form, 'orderId'), transition.run, transition.done);
}
