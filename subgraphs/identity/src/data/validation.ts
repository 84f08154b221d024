import { type IdentityError, identityError } from './errors.ts';
import { passwordWeakness } from './passwords.ts';

/**
 * Field checks shared by sign-up and customer registration that no shared input rule covers; each
 * problem is reported on its field. Emails and slugs are checked at the schema edge (kit rules).
 */
export function checkPerson(input: { password?: string | null; name?: string | null }, path: string[]) {
  const errors: IdentityError[] = [];
  if (input.password != null) {
    const weakness = passwordWeakness(input.password);
    if (weakness) errors.push(identityError('WEAK_PASSWORD', `Password ${weakness}`, [...path, 'password']));
  }
  if (input.name != null && (input.name.trim().length === 0 || input.name.length > 200)) {
    errors.push(identityError('INVALID_INPUT', 'Name must be 1 to 200 characters', [...path, 'name']));
  }
  return errors;
}

export function checkTenantFields(input: { name: string }): IdentityError[] {
  if (input.name.trim().length === 0 || input.name.length > 200) {
    return [identityError('INVALID_INPUT', 'Name must be 1 to 200 characters', ['input', 'name'])];
  }
  return [];
}
