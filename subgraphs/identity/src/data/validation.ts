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
