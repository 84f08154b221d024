'use server';
import { fieldErrors } from '@ucos/clients';
import type { FormState } from '@ucos/ui/form';
import { text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { GatewayError, mutate } from '../../../lib/gateway.ts';
import {
  Cancel,
  ReturnMove,
  ReturnRequest,
  ShipmentCreate,
  ShipmentMove,
  ShipmentShip,
  Transition,
} from './documents.ts';

type Errors = readonly { code: string; field?: readonly string[] | null; message: string }[];

/** Runs one order/shipment/return action from a button form; its typed errors come back to the form. */
async function act(orderId: string, run: (back: string) => Promise<Errors>, success: string): Promise<FormState> {
  const back = `/orders/${encodeURIComponent(orderId)}`;
  try {
    const errors = await run(back);
    if (errors.length) return { errors: fieldErrors(errors) };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath(back);
  return { ok: true, message: success };
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
          { input: { orderId, carrier: text(form, 'carrier') || null, service: text(form, 'service') || null, lines } },
          back,
        )
      ).shipmentCreate.errors,
    'Shipment created.',
  );
}

export async function shipmentAction(_: FormState, form: FormData): Promise<FormState> {
  const orderId = text(form, 'orderId');
  const input = { shipmentId: text(form, 'shipmentId'), version: version(form) };
  const kind = text(form, 'action');
  if (kind === 'ship') {
    return act(
      orderId,
      async (back) =>
        (
          await mutate(
            ShipmentShip,
            { input: { ...input, trackingNumber: text(form, 'trackingNumber') || null } },
            back,
          )
        ).shipmentShip.errors,
      'Shipment marked shipped.',
    );
  }
  const document = ShipmentMove[kind as keyof typeof ShipmentMove];
  if (!document) return { message: 'Unknown action.' };
  return act(
    orderId,
    async (back) => {
      const data = (await mutate(document as typeof ShipmentMove.pack, { input }, back)) as Record<
        string,
        { errors: Errors }
      >;
      return Object.values(data)[0]?.errors ?? [];
    },
    'Done.',
  );
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

export async function returnAction(_: FormState, form: FormData): Promise<FormState> {
  const orderId = text(form, 'orderId');
  const document = ReturnMove[text(form, 'action') as keyof typeof ReturnMove];
  if (!document) return { message: 'Unknown action.' };
  return act(
    orderId,
    async (back) => {
      const data = (await mutate(
        document as typeof ReturnMove.approve,
        { input: { returnId: text(form, 'returnId'), version: version(form) } },
        back,
      )) as Record<string, { errors: Errors }>;
      return Object.values(data)[0]?.errors ?? [];
    },
    'Done.',
  );
}
