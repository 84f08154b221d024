'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, text } from '@ucos/ui/form';
import { graphql } from '../../generated/gql.ts';
import { mutate } from '../../lib/gateway.ts';

const Verify = graphql(`
  mutation VerifyEmail_Verify($input: EmailVerifyInput!) {
    emailVerify(input: $input) {
      done
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function verifyEmail(_: FormState, form: FormData): Promise<FormState> {
  const { emailVerify } = await mutate(Verify, { input: { token: text(form, 'token') } }, '/verify-email');
  if (emailVerify.errors.length) return { errors: fieldErrors(emailVerify.errors) };
  return { ok: true, message: 'Your address is verified.' };
}
