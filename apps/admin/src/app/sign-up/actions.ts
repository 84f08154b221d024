'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, optional, text } from '@ucos/ui/form';
import { redirect } from 'next/navigation';
import { graphql } from '../../generated/gql.ts';
import { mutate } from '../../lib/gateway.ts';
import { storeSession } from '../../lib/session.ts';

const SignUp = graphql(`
  mutation SignUp_Create($input: TenantCreateInput!) {
    tenantCreate(input: $input) {
      tenant {
        slug
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** The answer is the same for every address: the shop waits for its owner to confirm by mail. */
export async function signUp(_: FormState, form: FormData): Promise<FormState> {
  const values = { name: text(form, 'name'), slug: text(form, 'slug'), ownerEmail: text(form, 'ownerEmail') };
  const input = { ...values, ownerPassword: text(form, 'ownerPassword'), ownerName: optional(form, 'ownerName') };
  const { tenantCreate } = await mutate(SignUp, { input }, '/sign-up');
  if (tenantCreate.errors.length) return { errors: fieldErrors(tenantCreate.errors), values };
  return {
    ok: true,
    message: `Check your mail: we sent a link to ${values.ownerEmail} to finish creating ${values.name}. Until it is used, the shop waits (and is deleted if nobody confirms).`,
  };
}

const Complete = graphql(`
  mutation SignUpComplete_Accept($input: InvitationAcceptInput!) {
    invitationAccept(input: $input) {
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

/** The mailed link with the password chosen at sign-up: the account is created and signed in. */
export async function completeSignUp(_: FormState, form: FormData): Promise<FormState> {
  const input = { token: text(form, 'token'), password: text(form, 'password') };
  const back = `/sign-up/complete?token=${encodeURIComponent(input.token)}`;
  const { invitationAccept } = await mutate(Complete, { input }, back);
  if (!invitationAccept.session) return { errors: fieldErrors(invitationAccept.errors) };
  await storeSession(invitationAccept.session);
  redirect('/');
}
