'use server';
import { fieldErrors } from '@ucos/clients';
import type { FormState } from '@ucos/ui/form';
import { graphql } from '../../generated/gql.ts';
import { mutate } from '../../lib/gateway.ts';

const Resend = graphql(`
  mutation PortalLayout_VerificationRequest {
    emailVerificationRequest {
      done
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function resendVerification(_: FormState, _form: FormData): Promise<FormState> {
  const { emailVerificationRequest } = await mutate(Resend, {}, '/');
  if (emailVerificationRequest.errors.length) return { errors: fieldErrors(emailVerificationRequest.errors) };
  return { ok: true, message: 'A new link is on its way.' };
}
