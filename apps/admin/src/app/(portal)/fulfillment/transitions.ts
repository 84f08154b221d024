import 'server-only';
import type { PayloadError } from '@ucos/clients';
import { text } from '@ucos/ui/form';
import { mutate } from '../../../lib/gateway.ts';
import { ReturnMove, ShipmentMove, ShipmentShip } from './transition-documents.ts';

type Errors = readonly PayloadError[];

/**
 * One shipment or return move a button form asks for: the mutation (its typed errors go back to the
 * form) and what to say when it worked. The order page and the work queue post the same fields.
 */
export interface Transition {
  run(returnTo: string): Promise<Errors>;
  done: string;
}

const versionOf = (form: FormData) => Number(text(form, 'version')) || null;

/** The errors of a mutation answering with one payload (`{ shipmentPack: { errors } }`). */
const payloadErrors = (data: object): Errors =>
  (Object.values(data)[0] as { errors: Errors } | undefined)?.errors ?? [];

const SHIPMENT_DONE = {
  pack: 'Shipment marked packed.',
  deliver: 'Shipment marked delivered.',
  cancel: 'Shipment cancelled.',
} as const satisfies Record<keyof typeof ShipmentMove, string>;

const RETURN_DONE = {
  approve: 'Return approved.',
  receive: 'Return marked received.',
  refund: 'Return refunded.',
  reject: 'Return rejected.',
} as const satisfies Record<keyof typeof ReturnMove, string>;

/** Fields: shipmentId, version, action (pack, ship, deliver, cancel), trackingNumber when shipping. Null: unknown action. */
export function shipmentTransition(form: FormData): Transition | null {
  const input = { shipmentId: text(form, 'shipmentId'), version: versionOf(form) };
  const action = text(form, 'action');
  if (action === 'ship') {
    const trackingNumber = text(form, 'trackingNumber') || null;
    return {
      run: async (returnTo) =>
        (await mutate(ShipmentShip, { input: { ...input, trackingNumber } }, returnTo)).shipmentShip.errors,
      done: 'Shipment marked shipped.',
    };
  }
  if (!Object.hasOwn(ShipmentMove, action)) return null;
  const move = action as keyof typeof ShipmentMove;
  return {
    run: async (returnTo) =>
      payloadErrors(await mutate(ShipmentMove[move] as typeof ShipmentMove.pack, { input }, returnTo)),
    done: SHIPMENT_DONE[move],
  };
}

/** Fields: returnId, version, action (approve, receive, refund, reject). Null: unknown action. */
export function returnTransition(form: FormData): Transition | null {
  const action = text(form, 'action');
  if (!Object.hasOwn(ReturnMove, action)) return null;
  const move = action as keyof typeof ReturnMove;
  const input = { returnId: text(form, 'returnId'), version: versionOf(form) };
  return {
    run: async (returnTo) =>
      payloadErrors(await mutate(ReturnMove[move] as typeof ReturnMove.approve, { input }, returnTo)),
    done: RETURN_DONE[move],
  };
}
