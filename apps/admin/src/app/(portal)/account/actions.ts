'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../generated/gql.ts';
import { mutate } from '../../../lib/gateway.ts';

const BACK = '/account';

const PasswordChange = graphql(`
  mutation Account_PasswordChange($input: PasswordChangeInput!) {
    passwordChange(input: $input) {
      changed
      endedSessions
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function changePassword(_: FormState, form: FormData): Promise<FormState> {
  const input = { currentPassword: text(form, 'currentPassword'), newPassword: text(form, 'newPassword') };
  if (input.newPassword !== text(form, 'confirmPassword')) {
    return { errors: { confirmPassword: 'The two new passwords differ' } };
  }
  const { passwordChange } = await mutate(PasswordChange, { input }, BACK);
  if (!passwordChange.changed) return { errors: fieldErrors(passwordChange.errors) };
  revalidatePath(BACK);
  const ended = passwordChange.endedSessions;
  return {
    ok: true,
    message: `Password changed. ${ended === 1 ? '1 other session was' : `${ended} other sessions were`} signed out.`,
  };
}

const SessionRevoke = graphql(`
  mutation Account_SessionRevoke($input: SessionRevokeInput!) {
    sessionRevoke(input: $input) {
      revoked
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function revokeSession(_: FormState, form: FormData): Promise<FormState> {
  const { sessionRevoke } = await mutate(SessionRevoke, { input: { id: text(form, 'id') } }, BACK);
  if (!sessionRevoke.revoked) return { errors: fieldErrors(sessionRevoke.errors) };
  revalidatePath(BACK);
  return { ok: true, message: 'Session signed out.' };
}
