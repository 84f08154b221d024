import { badUserInput } from '../errors.ts';

/**
 * Opaque global ids: base64url("Type:localId"). The type name makes every id globally unique and
 * lets `node(id:)` route it to the subgraph that owns the type; clients treat ids as strings.
 */
export function encodeGlobalId(type: string, localId: string): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every local id of the platform is a uuid. */
export const isUuid = (value: string) => UUID.test(value);

/** The type name and local id inside a global id, or null when it is not one. */
export function decodeGlobalId(globalId: string): { type: string; id: string } | null {
  if (!BASE64URL.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  // a re-encoding that differs means bytes that were not an id (stray bits, invalid UTF-8)
  if (Buffer.from(decoded, 'utf8').toString('base64url') !== globalId) return null;
  const separator = decoded.indexOf(':');
  if (separator <= 0 || separator === decoded.length - 1) return null;
  const type = decoded.slice(0, separator);
  if (!TYPE_NAME.test(type)) return null;
  return { type, id: decoded.slice(separator + 1) };
}

/**
 * A global id's type and uuid, for an argument or input field (`field` is its path). A malformed
 * id — not base64url, no type name, not a uuid, a type the field does not take — is the caller's
 * mistake: BAD_USER_INPUT saying so. A well-formed id of another tenant passes here and then finds
 * nothing, exactly like an id that does not exist (no oracle).
 */
export function parseGlobalId(
  globalId: string,
  expectedTypes: string | readonly string[],
  field?: string[],
): { type: string; id: string } {
  const types = typeof expectedTypes === 'string' ? [expectedTypes] : expectedTypes;
  const decoded = decodeGlobalId(globalId);
  const named = field ? `${field.join('.')}: ` : '';
  if (!decoded || !UUID.test(decoded.id)) {
    throw badUserInput(`${named}"${globalId.slice(0, 80)}" is not a valid id`, field);
  }
  if (!types.includes(decoded.type)) {
    throw badUserInput(`${named}expected the id of a ${types.join(' or ')}, got a ${decoded.type} id`, field);
  }
  return { type: decoded.type, id: decoded.id.toLowerCase() };
}

/** The local uuid behind a global id of the expected type; a malformed id is BAD_USER_INPUT (see `parseGlobalId`). */
export function localUuid(globalId: string, expectedType: string, field?: string[]): string {
  return parseGlobalId(globalId, expectedType, field).id;
}

/** As `localUuid` for an optional argument: null stays null. */
export function optionalLocalUuid(
  globalId: string | null | undefined,
  expectedType: string,
  field?: string[],
): string | null {
  return globalId == null ? null : localUuid(globalId, expectedType, field);
}

/**
 * The uuid behind an entity reference another subgraph sent (`_entities`), or null when it is not an
 * id of this type: a reference that is not ours finds nothing, it never fails the whole fetch.
 */
export function referenceUuid(globalId: string, expectedType: string): string | null {
  const decoded = decodeGlobalId(globalId);
  return decoded && decoded.type === expectedType && UUID.test(decoded.id) ? decoded.id.toLowerCase() : null;
}
