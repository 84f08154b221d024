/**
 * A field's `authScopes` (the kit's scope-auth options: `scope`, `tenant`, `user`, `kind`, combined
 * with `$any` / `$all`) in words a reader of the reference understands. A function is decided per
 * call from the caller and the arguments, so the reference can only say that.
 */
export function describeScopes(authScopes: unknown): string {
  if (authScopes === undefined || authScopes === null) return 'public: no credential needed';
  if (typeof authScopes === 'function') return 'decided per request from the caller and the arguments';
  if (typeof authScopes !== 'object') return String(authScopes);
  const parts = Object.entries(authScopes as Record<string, unknown>).map(([key, value]) => describeOne(key, value));
  return parts.join(' and ');
}

function describeOne(key: string, value: unknown): string {
  switch (key) {
    case '$any':
      return `one of: ${Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => describeOne(k, v))
        .join(', or ')}`;
    case '$all':
      return `all of: ${Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => describeOne(k, v))
        .join(', and ')}`;
    case 'scope':
      return `scope \`${String(value)}\``;
    case 'anyScope':
      return `any of the scopes ${(value as string[]).map((scope) => `\`${scope}\``).join(', ')}`;
    case 'tenant':
      return 'any caller of the shop (staff, API key, shopper or publishable key)';
    case 'user':
      return 'a signed-in staff member';
    case 'kind':
      return value === 'customer' ? 'a signed-in shopper' : value === 'user' ? 'a staff member' : `a ${String(value)}`;
    default:
      return `${key}: ${JSON.stringify(value)}`;
  }
}
