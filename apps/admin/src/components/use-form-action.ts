'use client';
import type { FormState } from '@ucos/ui/form';
import { useActionState } from 'react';

/** How `state.values` holds a field sent several times (checkboxes, multiple selects). */
export const VALUE_LIST_SEPARATOR = '\n';

/** The values a failed form sent under `name`, when it sent that field several times. */
export const valueList = (state: FormState, name: string): string[] | undefined =>
  state.values?.[name]?.split(VALUE_LIST_SEPARATOR);

/**
 * useActionState for a server action, keeping what the user typed when the action fails: React 19
 * resets a form after its action, so a refused form would otherwise come back empty. The fields
 * take `state.values` as their defaults; a successful action starts from a clean form.
 */
export function useFormAction(action: (state: FormState, form: FormData) => Promise<FormState>) {
  return useActionState(async (previous: FormState, form: FormData): Promise<FormState> => {
    const result = await action(previous, form);
    if (result.ok) return result;
    const typed: Record<string, string> = {};
    for (const name of new Set(form.keys())) {
      const values = form.getAll(name).filter((value) => typeof value === 'string');
      if (values.length) typed[name] = values.join(VALUE_LIST_SEPARATOR);
    }
    return { ...result, values: { ...typed, ...result.values } };
  }, {} as FormState);
}
