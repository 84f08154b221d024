import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Envelope encryption of tenants' integration credentials (AES-256-GCM, node:crypto):
 *
 * - a **master key** comes from the environment (`INTEGRATIONS_MASTER_KEY`, base64 of 32 bytes); it
 *   never encrypts a credential itself, only the data keys. Previous master keys may be listed so a
 *   key rotation of the deployment keeps every stored data key readable until it is re-wrapped.
 * - each tenant has one **data key** (32 random bytes), stored only wrapped (encrypted) by the master
 *   key and bound to the tenant (a wrapped key copied to another tenant does not open);
 * - a credential is encrypted with the tenant's data key, bound to its own context (tenant, kind,
 *   adapter), so a ciphertext moved to another row does not open either.
 *
 * Rotation (`rotateDataKey` in the caller's transaction): a new data key, every credential
 * re-encrypted with it, the new key wrapped by the current master key. `needsRewrap` says when a
 * wrapped key is still under a previous master key.
 */

const WRAP_VERSION = 'k1';
const CIPHER_VERSION = 'c1';

export class EnvelopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvelopeError';
  }
}

export interface MasterKey {
  /** a short fingerprint of the key (sha-256, 8 hex), stored beside what it wrapped */
  readonly id: string;
  readonly key: Buffer;
}

/** The current master key and the previous ones that may still unwrap (never wrap). */
export interface MasterKeyring {
  readonly current: MasterKey;
  readonly previous: readonly MasterKey[];
  /** true when the current key is the development key derived in code */
  readonly development: boolean;
}

const fingerprint = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

export function masterKey(key: Buffer): MasterKey {
  if (key.length !== 32) throw new EnvelopeError(`a master key is 32 bytes, got ${key.length}`);
  return { id: fingerprint(key), key };
}

/** A master key from its base64 text; refuses anything but 32 bytes. */
export function parseMasterKey(text: string, name = 'INTEGRATIONS_MASTER_KEY'): MasterKey {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) throw new EnvelopeError(`${name} must be base64 of 32 bytes`);
  const key = Buffer.from(trimmed, trimmed.includes('-') || trimmed.includes('_') ? 'base64url' : 'base64');
  if (key.length !== 32) throw new EnvelopeError(`${name} must be base64 of 32 bytes (got ${key.length} bytes)`);
  return masterKey(key);
}

/** The key used when none is configured outside production: derived in code, so it protects nothing. */
export const developmentMasterKey = (): MasterKey =>
  masterKey(Buffer.from(hkdfSync('sha256', 'ucos development only', 'ucos-integrations', 'master key v1', 32)));

export interface MasterKeyringOptions {
  /** INTEGRATIONS_MASTER_KEY */
  key?: string | undefined;
  /** INTEGRATIONS_MASTER_KEY_PREVIOUS: comma-separated base64 keys that may still unwrap */
  previous?: string | undefined;
  nodeEnv: string;
  /** told once when the development key is used */
  warn(message: string): void;
}

/**
 * The keyring of a service from its environment. Without a key: refused in production, otherwise the
 * development key with a warning.
 */
export function masterKeyringFromEnv(options: MasterKeyringOptions): MasterKeyring {
  const previous = (options.previous ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => parseMasterKey(part, 'INTEGRATIONS_MASTER_KEY_PREVIOUS'));
  if (options.key?.trim()) return { current: parseMasterKey(options.key), previous, development: false };
  if (options.nodeEnv === 'production') {
    throw new EnvelopeError('INTEGRATIONS_MASTER_KEY is required in production (base64 of 32 random bytes)');
  }
  options.warn(
    'INTEGRATIONS_MASTER_KEY is not set: integration credentials are encrypted with a development key derived in code (refused in production)',
  );
  return { current: developmentMasterKey(), previous, development: true };
}

export const generateDataKey = (): Buffer => randomBytes(32);

function encrypt(key: Buffer, plaintext: Buffer, aad: string): Buffer[] {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [iv, body, cipher.getAuthTag()];
}

function decrypt(key: Buffer, [iv, body, tag]: Buffer[], aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, iv!);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]);
}

const b64 = (parts: Buffer[]) => parts.map((part) => part.toString('base64url'));
const wrapContext = (tenantId: string) => `ucos integrations data key\u0000${tenantId}`;

/** `k1.<master key id>.<iv>.<wrapped key>.<tag>`: the data key under the current master key, bound to the tenant. */
export function wrapDataKey(keyring: MasterKeyring, dataKey: Buffer, tenantId: string): string {
  if (dataKey.length !== 32) throw new EnvelopeError('a data key is 32 bytes');
  return [WRAP_VERSION, keyring.current.id, ...b64(encrypt(keyring.current.key, dataKey, wrapContext(tenantId)))].join(
    '.',
  );
}

/** The master key id a wrapped data key was wrapped under. */
export function wrappedUnder(wrapped: string): string {
  const [version, id] = wrapped.split('.');
  if (version !== WRAP_VERSION || !id) throw new EnvelopeError('not a wrapped data key');
  return id;
}

/** True when the wrapped key is not under the current master key (rotate to re-wrap it). */
export const needsRewrap = (keyring: MasterKeyring, wrapped: string): boolean =>
  wrappedUnder(wrapped) !== keyring.current.id;

/** The tenant's data key; EnvelopeError when no master key of the ring wrapped it, or it belongs to another tenant. */
export function unwrapDataKey(keyring: MasterKeyring, wrapped: string, tenantId: string): Buffer {
  const [version, id, iv, body, tag, extra] = wrapped.split('.');
  if (version !== WRAP_VERSION || !id || !iv || !body || !tag || extra !== undefined) {
    throw new EnvelopeError('not a wrapped data key');
  }
  const master = [keyring.current, ...keyring.previous].find((candidate) => candidate.id === id);
  if (!master) throw new EnvelopeError(`the data key was wrapped under master key ${id}, which is not configured`);
  try {
    return decrypt(
      master.key,
      [iv, body, tag].map((part) => Buffer.from(part, 'base64url')),
      wrapContext(tenantId),
    );
  } catch {
    throw new EnvelopeError('the wrapped data key does not open with this master key and tenant');
  }
}

/** `c1.<iv>.<ciphertext>.<tag>`: a value under the tenant's data key, bound to `context`. */
export function encryptValue(dataKey: Buffer, plaintext: string, context: string): string {
  return [CIPHER_VERSION, ...b64(encrypt(dataKey, Buffer.from(plaintext, 'utf8'), context))].join('.');
}

export function decryptValue(dataKey: Buffer, ciphertext: string, context: string): string {
  const [version, iv, body, tag, extra] = ciphertext.split('.');
  if (version !== CIPHER_VERSION || !iv || body === undefined || !tag || extra !== undefined) {
    throw new EnvelopeError('not an encrypted value');
  }
  try {
    return decrypt(
      dataKey,
      [iv, body, tag].map((part) => Buffer.from(part, 'base64url')),
      context,
    ).toString('utf8');
  } catch {
    throw new EnvelopeError('the value does not open with this data key and context');
  }
}

/**
 * Re-keys a tenant: a fresh data key wrapped by the current master key, and every ciphertext
 * re-encrypted under it (each with its own context). The old key must still unwrap; nothing is lost.
 */
export function rotateDataKey<Item extends { ciphertext: string; context: string }>(
  keyring: MasterKeyring,
  tenantId: string,
  wrapped: string,
  items: readonly Item[],
): { wrapped: string; items: (Item & { ciphertext: string })[] } {
  const oldKey = unwrapDataKey(keyring, wrapped, tenantId);
  const newKey = generateDataKey();
  return {
    wrapped: wrapDataKey(keyring, newKey, tenantId),
    items: items.map((item) => ({
      ...item,
      ciphertext: encryptValue(newKey, decryptValue(oldKey, item.ciphertext, item.context), item.context),
    })),
  };
}
