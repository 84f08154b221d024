'use client';
import type { FormState } from '@ucos/ui/form';
import { useActionState } from 'react';

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
    for (const [name, value] of form.entries()) if (typeof value === 'string' && !(name in typed)) typed[name] = value;
    return { ...result, values: { ...typed, ...result.values } };
  }, {} as FormState);
}
