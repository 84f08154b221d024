import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Sealed values: a secret that must travel through places that are not secret (an outbox row, the
 * bus, a dead letter, a stored notification) is encrypted with AES-256-GCM under a key only its
 * sender and its one reader derive, and bound to a context (`aad`: the tenant and recipient, say),
 * so a sealed value copied into another message does not open there.
 *
 * The key is derived (HKDF-SHA256) from a secret both sides already hold and a `purpose`, so each
 * use gets its own key and no new secret has to be distributed.
 */
export type SealKey = Buffer;

const VERSION = 'v1';

export function sealKey(secret: string, purpose: string): SealKey {
  if (secret.length < 32) throw new Error('a sealing secret must be at least 32 characters');
  return Buffer.from(hkdfSync('sha256', secret, 'ucos-sealed', purpose, 32));
}

/** `v1.<iv>.<ciphertext>.<tag>` in base64url. */
export function seal(key: SealKey, plaintext: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, body, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealError';
  }
}

/** The plaintext, or a SealError when the value is malformed, was sealed under another key or context, or was altered. */
export function unseal(key: SealKey, sealed: string, aad: string): string {
  const [version, iv, body, tag, extra] = sealed.split('.');
  if (version !== VERSION || !iv || body === undefined || !tag || extra !== undefined)
    throw new SealError('not a sealed value');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SealError('the sealed value does not open with this key and context');
  }
}

/**
 * The key of mailed one-time links: identity seals a link into the mail event it publishes,
 * notifications opens it only to render the mail. Both hold INTERNAL_TOKEN_SECRET already.
 */
export const mailLinkKey = (internalTokenSecret: string): SealKey => sealKey(internalTokenSecret, 'mailed links v1');

/** A sealed link opens only for the tenant and recipient it was sealed for. */
export const mailLinkContext = (tenantId: string, recipient: string) =>
  `${tenantId}\u0000${recipient.trim().toLowerCase()}`;
