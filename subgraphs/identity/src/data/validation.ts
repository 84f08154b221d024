import { z } from 'zod';
import { type IdentityError, identityError } from './errors.ts';
import { passwordWeakness } from './passwords.ts';

export const SLUG = /^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$/;
const email = z.email();

/** Field checks shared by sign-up and member invitations; each problem is reported on its field. */
export function checkPerson(input: { email: string; password?: string | null; name?: string | null }, path: string[]) {
  const errors: IdentityError[] = [];
  if (!email.safeParse(input.email).success || input.email.length > 254) {
    errors.push(identityError('INVALID_EMAIL', 'Enter a valid email address', [...path, 'email']));
  }
  if (input.password != null) {
    const weakness = passwordWeakness(input.password);
    if (weakness) errors.push(identityError('WEAK_PASSWORD', `Password ${weakness}`, [...path, 'password']));
  }
  if (input.name != null && (input.name.trim().length === 0 || input.name.length > 200)) {
    errors.push(identityError('INVALID_INPUT', 'Name must be 1 to 200 characters', [...path, 'name']));
  }
  return errors;
}

export function checkTenantFields(input: { name: string; slug: string }): IdentityError[] {
  const errors: IdentityError[] = [];
  if (!SLUG.test(input.slug)) {
    errors.push(
      identityError(
        'INVALID_SLUG',
        'Slug must be 3 to 48 lower-case letters, digits or dashes, starting and ending with a letter or digit',
        ['input', 'slug'],
      ),
    );
  }
  if (input.name.trim().length === 0 || input.name.length > 200) {
    errors.push(identityError('INVALID_INPUT', 'Name must be 1 to 200 characters', ['input', 'name']));
  }
  return errors;
}
