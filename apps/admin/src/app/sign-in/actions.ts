'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, optional, text } from '@ucos/ui/form';
import { redirect } from 'next/navigation';
import { graphql } from '../../generated/gql.ts';
import { mutate } from '../../lib/gateway.ts';
import { safeNext, storeSession } from '../../lib/session.ts';

const SignIn = graphql(`
  mutation SignInForm_SessionCreate($input: SessionCreateInput!) {
    sessionCreate(input: $input) {
      session {
        accessToken
        refreshToken
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function signIn(_previous: FormState, form: FormData): Promise<FormState> {
  const values = { email: text(form, 'email'), tenantSlug: text(form, 'tenantSlug') };
  const { sessionCreate } = await mutate(
    SignIn,
    { input: { email: values.email, password: text(form, 'password'), tenantSlug: optional(form, 'tenantSlug') } },
    '/sign-in',
  );
  if (!sessionCreate.session) return { errors: fieldErrors(sessionCreate.errors), values };
  await storeSession(sessionCreate.session);
  redirect(safeNext(text(form, 'next')));
}
