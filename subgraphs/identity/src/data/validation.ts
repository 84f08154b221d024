import { rules } from '@ucos/kit';
import { z } from 'zod';
import { passwordWeakness } from './passwords.ts';

/**
 * Identity's own input rule, applied at the schema edge like the kit's shared ones: a new password
 * must be strong enough (WEAK_PASSWORD, saying why).
 */
export const newPassword = rules.rule(
  z.string().superRefine((value, context) => {
    const weakness = passwordWeakness(value);
    if (weakness) context.addIssue({ code: 'custom', message: `Password ${weakness}` });
  }),
  'WEAK_PASSWORD',
);

/** A BCP 47 locale in its canonical form (`de-AT`), or undefined when it is not one. */
export function canonicalLocale(input: string): string | undefined {
  const value = input.trim();
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(value)) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}
