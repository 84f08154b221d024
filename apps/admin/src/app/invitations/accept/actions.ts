'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, optional, text } from '@ucos/ui/form';
import { redirect } from 'next/navigation';
import { graphql } from '../../../generated/gql.ts';
import { mutate } from '../../../lib/gateway.ts';
import { storeSession } from '../../../lib/session.ts';

const Accept = graphql(`
  mutation InvitationAccept_Accept($input: InvitationAcceptInput!) {
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

/**
 * Accepts with the mailed token: with a password (a new account's, or the existing account's own),
 * or without one as the signed-in owner of the address. Success signs in to the inviting tenant.
 */
export async function acceptInvitation(_: FormState, form: FormData): Promise<FormState> {
  const input = { token: text(form, 'token'), password: optional(form, 'password'), name: optional(form, 'name') };
  const back = `/invitations/accept?token=${encodeURIComponent(input.token)}`;
  const { invitationAccept } = await mutate(Accept, { input }, back);
  if (!invitationAccept.session) return { errors: fieldErrors(invitationAccept.errors) };
  await storeSession(invitationAccept.session);
  redirect('/');
}
