import { badUserInput } from '../errors.ts';

/** Opaque global ids: base64url("Type:localId"). Clients treat them as strings; entities federate on them. */
export function encodeGlobalId(type: string, localId: string): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}

export function decodeGlobalId(globalId: string): { type: string; id: string } | null {
  let decoded: string;
  try {
    decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  } catch {
    return null;
  }
  const separator = decoded.indexOf(':');
  if (separator <= 0 || separator === decoded.length - 1) return null;
  return { type: decoded.slice(0, separator), id: decoded.slice(separator + 1) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The local uuid behind a global id of the expected type, or null when the id is malformed or of
 * another type: an id from another tenant or type simply finds nothing, it never errors differently.
 */
export function localUuid(globalId: string, expectedType: string): string | null {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.type !== expectedType || !UUID.test(decoded.id)) return null;
  return decoded.id.toLowerCase();
}

/** As `localUuid`, but a malformed id in an input is the caller's mistake: a BAD_USER_INPUT error. */
export function requireLocalUuid(globalId: string, expectedType: string, field: string[]): string {
  const id = localUuid(globalId, expectedType);
  if (!id) throw badUserInput(`not a valid ${expectedType} id`, field);
  return id;
}
