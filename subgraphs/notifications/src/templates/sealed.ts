import { mailLinkContext, SealError, type SealKey, unseal } from '@ucos/kit';

/**
 * The key under which a notification's data keeps values that arrived sealed (identity's one-time
 * links): they stay sealed in the row and are opened only to render the mail, for the tenant and
 * recipient they were sealed for.
 */
export const SEALED = 'sealed';

/** The data a template sees: the sealed values opened and merged in, the sealed entry gone. */
export function openSealed(data: unknown, key: SealKey | null, tenantId: string, recipient: string): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data) || !(SEALED in data)) return data;
  const { [SEALED]: sealed, ...rest } = data as Record<string, unknown>;
  if (!key) throw new SealError('this notification carries a sealed value and the sender has no key');
  if (!sealed || typeof sealed !== 'object') throw new SealError('malformed sealed values');
  const opened: Record<string, string> = {};
  for (const [name, value] of Object.entries(sealed)) {
    if (typeof value !== 'string') throw new SealError(`sealed ${name} is not a string`);
    opened[name] = unseal(key, value, mailLinkContext(tenantId, recipient));
  }
  return { ...rest, ...opened };
}
