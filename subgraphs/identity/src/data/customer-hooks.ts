import { ok } from '@ucos/kit';
import { type PluginHookRunner, refusalPath } from '@ucos/kit/plugin-hooks';
import { type IdentityResult, identityFail } from './errors.ts';

/** A registration's one name field as the SDK's first and last name: split at the first space. */
function namesOf(name: string | null | undefined): { firstName: string | null; lastName: string | null } {
  const trimmed = name?.trim() ?? '';
  if (!trimmed) return { firstName: null, lastName: null };
  const space = trimmed.indexOf(' ');
  return space < 0
    ? { firstName: trimmed, lastName: null }
    : { firstName: trimmed.slice(0, space), lastName: trimmed.slice(space + 1).trim() };
}

/**
 * The tenant's `customer.register.validate` plugins judge a shopper's registration before anything
 * is stored or mailed. They see only what the shopper entered, never whether the address has an
 * account, so a refusal (PLUGIN_REFUSED with the plugin's message) reveals nothing about accounts.
 */
export async function pluginsOnRegistration(
  plugins: PluginHookRunner,
  tenantId: string,
  input: { email: string; name?: string | null },
): Promise<IdentityResult<true>> {
  const verdict = await plugins.validate(tenantId, 'customer.register.validate', {
    customer: { email: input.email.trim(), ...namesOf(input.name), phone: null, company: null },
  });
  return verdict.allow
    ? ok(true as const)
    : identityFail('PLUGIN_REFUSED', verdict.message, refusalPath(verdict.field));
}
