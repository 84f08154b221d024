import 'server-only';
import { fieldErrors, type PayloadError } from '@ucos/clients';
import type { FormState } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { GatewayError } from './gateway.ts';

/**
 * Runs a form's mutation and turns its outcome into the form's state: the payload's typed errors
 * go back field by field (useFormAction refills what was typed), a refusal by the gateway (e.g. a scope
 * the user lacks) becomes the form's message instead of an error page, and a success re-renders
 * the pages that show the change.
 */
export async function formResult(
  run: () => Promise<readonly PayloadError[]>,
  /** a function when the message tells what the mutation answered */
  success: string | (() => string),
  options: { revalidate: readonly string[] },
): Promise<FormState> {
  try {
    const errors = await run();
    if (errors.length) return { errors: fieldErrors(errors) };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  for (const path of options.revalidate) revalidatePath(path);
  return { ok: true, message: typeof success === 'function' ? success() : success };
}
