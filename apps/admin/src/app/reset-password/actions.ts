'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, text } from '@ucos/ui/form';
import { graphql } from '../../generated/gql.ts';
import { mutate } from '../../lib/gateway.ts';

const Request = graphql(`
  mutation ResetPassword_Request($input: PasswordResetRequestInput!) {
    passwordResetRequest(input: $input) {
      done
      errors {
        code
        field
        message
      }
    }
  }
`);

/** The answer is the same whether or not the address has an account. */
export async function requestReset(_: FormState, form: FormData): Promise<FormState> {
  const email = text(form, 'email');
  const { passwordResetRequest } = await mutate(Request, { input: { email } }, '/reset-password');
  if (passwordResetRequest.errors.length)
    return { errors: fieldErrors(passwordResetRequest.errors), values: { email } };
  return { ok: true, message: 'If this address has an account, a link to reset its password is on its way.' };
}

const Complete = graphql(`
  mutation ResetPassword_Complete($input: PasswordResetCompleteInput!) {
    passwordResetComplete(input: $input) {
      done
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function completeReset(_: FormState, form: FormData): Promise<FormState> {
  const input = { token: text(form, 'token'), newPassword: text(form, 'newPassword') };
  const { passwordResetComplete } = await mutate(Complete, { input }, '/reset-password');
  if (passwordResetComplete.errors.length) return { errors: fieldErrors(passwordResetComplete.errors) };
  return { ok: true, message: 'Your password is changed and every session signed out. Sign in with the new one.' };
}
