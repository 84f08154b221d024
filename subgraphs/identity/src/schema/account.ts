import type { InputObjectRef } from '@pothos/core';
import { payloadType, rules } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { IdentityContext } from '../context.ts';
import {
  completePasswordReset,
  requestEmailVerification,
  requestPasswordReset,
  verifyEmail,
} from '../data/account-recovery.ts';
import type { IdentityErrorCode, IdentityResult } from '../data/errors.ts';
import { newPassword } from '../data/validation.ts';

type Types = typeof builder.$inferSchemaTypes;

/** A field's `authScopes` as Pothos takes them (`$any` maps included). */
export type FieldAuthScopes = PothosSchemaTypes.FieldOptions<Types>['authScopes'];

/** The input of a password reset's second step, a staff user's or a shopper's: the mailed token and the new password. */
export const passwordResetCompleteFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  token: t.string({ required: true, description: 'From the reset mail; it works once' }),
  newPassword: t.string({
    required: true,
    description: 'At least 10 characters, 3 kinds of character',
    validate: newPassword,
  }),
});

/**
 * A mutation that answers only whether the request was taken, `<Mutation>Payload { done, errors }`:
 * the mails, password resets, verification and registration of people and shoppers. Without `input`
 * it takes no argument; without `authScopes` anyone may call it (the answer reveals no account).
 */
export function doneMutation<Input>(
  field: string,
  options: {
    input?: InputObjectRef<Types, Input>;
    codes: readonly IdentityErrorCode[];
    description: string;
    authScopes?: FieldAuthScopes;
    run(context: IdentityContext, input: Input): Promise<IdentityResult<true>>;
  },
) {
  const payload = payloadType(builder, `${field.charAt(0).toUpperCase()}${field.slice(1)}`, {
    codes: options.codes,
    failed: { done: false },
    fields: (t) => ({
      done: t.exposeBoolean('done', { description: 'True when the request was taken' }),
    }),
  });
  builder.mutationField(field, (t) =>
    t.field({
      type: payload,
      description: options.description,
      ...(options.authScopes ? { authScopes: options.authScopes } : {}),
      args: options.input ? { input: t.arg({ type: options.input, required: true }) } : {},
      resolve: async (_root, args, context) => {
        const result = await options.run(context, (args as { input: Input }).input);
        return result.ok ? { done: true, errors: [] } : { done: false, errors: result.errors };
      },
    }),
  );
}

const PasswordResetRequestInput = builder.inputType('PasswordResetRequestInput', {
  fields: (t) => ({ email: t.string({ required: true, validate: rules.email }) }),
});

doneMutation('passwordResetRequest', {
  input: PasswordResetRequestInput,
  codes: ['INVALID_EMAIL', 'INVALID_INPUT', 'WEAK_PASSWORD'],
  description:
    'Mails a reset link if the address has an account. The answer is the same either way (done: true for any well-formed address).',
  run: (context, input) => requestPasswordReset(context.root, input),
});

const PasswordResetCompleteInput = builder.inputType('PasswordResetCompleteInput', {
  fields: (t) => passwordResetCompleteFields(t),
});

doneMutation('passwordResetComplete', {
  input: PasswordResetCompleteInput,
  codes: ['INVALID_TOKEN', 'WEAK_PASSWORD'],
  description: 'Sets a new password with a reset token and signs the person out of every session.',
  run: (context, input) => completePasswordReset(context.root, context.sessions, input),
});

const EmailVerifyInput = builder.inputType('EmailVerifyInput', {
  fields: (t) => ({ token: t.string({ required: true, description: 'From the verification mail' }) }),
});

doneMutation('emailVerify', {
  input: EmailVerifyInput,
  codes: ['INVALID_TOKEN'],
  description: 'Confirms that the account’s address is its owner’s, with the token mailed at sign-up.',
  run: (context, input) => verifyEmail(context.root, input),
});

doneMutation('emailVerificationRequest', {
  codes: [],
  description: 'Mails a new verification link to the signed-in person (nothing when already verified).',
  authScopes: { kind: 'user' },
  run: (context) => requestEmailVerification(context.db, context.auth.subject!),
});
