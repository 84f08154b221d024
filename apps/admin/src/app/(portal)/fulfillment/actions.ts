'use server';
import type { FormState } from '@ucos/ui/form';
import { text } from '@ucos/ui/form';
import { formResult } from '../../../lib/form-result.ts';
import { returnTransition, shipmentTransition, type Transition } from './transitions.ts';

const QUEUE = '/fulfillment';

/** A move from the queue: the queue and the order's page then both show it. */
async function fromQueue(form: FormData, transition: Transition | null): Promise<FormState> {
  if (!transition) return { message: 'Unknown action.' };
  const order = `/orders/${encodeURIComponent(text(form, 'orderId'))}`;
  return formResult(() => transition.run(QUEUE), transition.done, { revalidate: [QUEUE, order] });
}

export async function queueShipmentAction(_: FormState, form: FormData): Promise<FormState> {
  return fromQueue(form, shipmentTransition(form));
}

export async function queueReturnAction(_: FormState, form: FormData): Promise<FormState> {
  return fromQueue(form, returnTransition(form));
}
