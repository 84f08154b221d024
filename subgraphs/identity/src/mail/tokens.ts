import { createHmac, hkdfSync } from 'node:crypto';
import { sha256 } from '../data/tokens.ts';

/**
 * Mailed tokens are derived from the event that mails them: HMAC(key, purpose and event id), the key
 * derived from identity's own signing key (no other service holds it). The consumer stores the
 * token's hash and commits before the mail leaves, so the link works the moment it arrives; a retry
 * of the same event derives the same token, so a retry never mints a second valid link.
 */
export type MailTokenKey = Buffer;

export function mailTokenKey(signingKeyJwk: string): MailTokenKey {
  return Buffer.from(hkdfSync('sha256', signingKeyJwk, 'ucos-identity', 'mailed account tokens v1', 32));
}

export type TokenPurpose = 'invitation' | 'verify_email' | 'reset_password' | 'customer_sign_up' | 'customer_reset';

const secret = (key: MailTokenKey, purpose: TokenPurpose, eventId: string) =>
  createHmac('sha256', key).update(`${purpose}\u0000${eventId}`).digest('base64url');

/**
 * An invitation token names its tenant and invitation (`inv_<tenant>_<id>_<secret>`) so that
 * accepting it runs in that tenant's RLS scope; only the secret's hash is stored.
 */
export function invitationToken(
  key: MailTokenKey,
  eventId: string,
  tenantId: string,
  invitationId: string,
): { token: string; hash: string } {
  const value = secret(key, 'invitation', eventId);
  return { token: `inv_${tenantId}_${invitationId}_${value}`, hash: sha256(value) };
}

const INVITATION_TOKEN = /^inv_([0-9a-f-]{36})_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/;

export function parseInvitationToken(token: string): { tenantId: string; id: string; hash: string } | null {
  const match = INVITATION_TOKEN.exec(token);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return { tenantId: match[1], id: match[2], hash: sha256(match[3]) };
}

/** Looked up by hash only: staff verification (`vfy_`) and reset (`rst_`), shopper sign-up (`csu_`) and reset (`crs_`). */
export type AccountTokenPurpose = Exclude<TokenPurpose, 'invitation'>;

const PREFIX: Record<AccountTokenPurpose, string> = {
  verify_email: 'vfy',
  reset_password: 'rst',
  customer_sign_up: 'csu',
  customer_reset: 'crs',
};

export function accountToken(
  key: MailTokenKey,
  eventId: string,
  purpose: AccountTokenPurpose,
): { token: string; hash: string } {
  const value = secret(key, purpose, eventId);
  return { token: `${PREFIX[purpose]}_${value}`, hash: sha256(value) };
}

/** The stored hash of a well-formed token, or null (a malformed one is simply invalid). */
export function accountTokenHash(purpose: AccountTokenPurpose, token: string): string | null {
  const match = new RegExp(`^${PREFIX[purpose]}_([A-Za-z0-9_-]{43})$`).exec(token);
  return match?.[1] ? sha256(match[1]) : null;
}
