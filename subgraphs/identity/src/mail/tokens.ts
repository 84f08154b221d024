import { randomBytes } from 'node:crypto';
import { sha256 } from '../data/tokens.ts';

const secret = () => randomBytes(32).toString('base64url');

/**
 * An invitation token names its tenant and invitation (`inv_<tenant>_<id>_<secret>`) so that
 * accepting it runs in that tenant's RLS scope; only the secret's hash is stored.
 */
export function newInvitationToken(tenantId: string, invitationId: string): { token: string; hash: string } {
  const value = secret();
  return { token: `inv_${tenantId}_${invitationId}_${value}`, hash: sha256(value) };
}

const INVITATION_TOKEN = /^inv_([0-9a-f-]{36})_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/;

export function parseInvitationToken(token: string): { tenantId: string; id: string; hash: string } | null {
  const match = INVITATION_TOKEN.exec(token);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return { tenantId: match[1], id: match[2], hash: sha256(match[3]) };
}

/** Verification (`vfy_…`) and reset (`rst_…`) tokens: looked up by hash only. */
export function newAccountToken(purpose: 'verify_email' | 'reset_password'): { token: string; hash: string } {
  const value = secret();
  return { token: `${purpose === 'verify_email' ? 'vfy' : 'rst'}_${value}`, hash: sha256(value) };
}

const ACCOUNT_TOKEN = { verify_email: /^vfy_([A-Za-z0-9_-]{43})$/, reset_password: /^rst_([A-Za-z0-9_-]{43})$/ };

/** The stored hash of a well-formed token, or null (a malformed one is simply invalid). */
export function accountTokenHash(purpose: 'verify_email' | 'reset_password', token: string): string | null {
  const value = ACCOUNT_TOKEN[purpose].exec(token)?.[1];
  return value ? sha256(value) : null;
}
