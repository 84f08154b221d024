/**
 * A dynamic route segment as the API wants it. Next hands the segment over still percent-encoded, but a
 * hand-typed or truncated link can hold a lone `%` ("/products/100%"), which decodeURIComponent throws
 * on: such a segment names nothing, so it is passed on as typed and the page answers 404.
 */
export function routeParam(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a segment is a global id of `type` (base64url of `Type:uuid`, as the API hands them out):
 * the API refuses any other id as bad input, which a shopper's mistyped link should see as 404.
 */
export function isGlobalIdOf(type: string, id: string): boolean {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  return decoded.startsWith(`${type}:`) && UUID.test(decoded.slice(type.length + 1));
}
