import { builder, IdentityError } from '../builder.ts';
import {
  completePasswordReset,
  requestEmailVerification,
  requestPasswordReset,
  verifyEmail,
} from '../data/account-recovery.ts';
import type { IdentityResult } from '../data/errors.ts';

export const DonePayload = builder
  .objectRef<{ done: boolean; errors: (typeof IdentityError.$inferType)[] }>('AccountActionPayload')
  .implement({
    fields: (t) => ({
      done: t.exposeBoolean('done', { description: 'True when the request was taken' }),
      errors: t.field({ type: [IdentityError], resolve: (payload) => payload.errors }),
    }),
  });

export const done = (result: IdentityResult<true>) =>
  result.ok ? { done: true, errors: [] } : { done: false, errors: result.errors };

const PasswordResetRequestInput = builder.inputType('PasswordResetRequestInput', {
  fields: (t) => ({ email: t.string({ required: true }) }),
});

builder.mutationField('passwordResetRequest', (t) =>
  t.field({
    type: DonePayload,
    description:
      'Mails a reset link if the address has an account. The answer is the same either way (done: true for any well-formed address).',
    args: { input: t.arg({ type: PasswordResetRequestInput, required: true }) },
    resolve: async (_root, { input }, context) => done(await requestPasswordReset(context.root, input)),
  }),
);

const PasswordResetCompleteInput = builder.inputType('PasswordResetCompleteInput', {
  fields: (t) => ({
    token: t.string({ required: true, description: 'From the reset mail; it works once' }),
    newPassword: t.string({ required: true, description: 'At least 10 characters, 3 kinds of character' }),
  }),
});

builder.mutationField('passwordResetComplete', (t) =>
  t.field({
    type: DonePayload,
    description: 'Sets a new password with a reset token and signs the person out of every session.',
    args: { input: t.arg({ type: PasswordResetCompleteInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      done(await completePasswordReset(context.root, context.sessions, input)),
  }),
);

const EmailVerifyInput = builder.inputType('EmailVerifyInput', {
  fields: (t) => ({ token: t.string({ required: true, description: 'From the verification mail' }) }),
});

builder.mutationField('emailVerify', (t) =>
  t.field({
    type: DonePayload,
    description: 'Confirms that the account’s address is its owner’s, with the token mailed at sign-up.',
    args: { input: t.arg({ type: EmailVerifyInput, required: true }) },
    resolve: async (_root, { input }, context) => done(await verifyEmail(context.root, input)),
  }),
);

builder.mutationField('emailVerificationRequest', (t) =>
  t.field({
    type: DonePayload,
    description: 'Mails a new verification link to the signed-in person (nothing when already verified).',
    authScopes: { kind: 'user' },
    resolve: async (_root, _args, context) => done(await requestEmailVerification(context.db, context.auth.subject!)),
  }),
);
