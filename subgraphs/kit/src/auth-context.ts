/** Who is calling, as established by the gateway (or by a service acting for a tenant). */
/** `customer` is a signed-in storefront shopper: their own carts and orders only. */
export type PrincipalKind = 'user' | 'customer' | 'api_key' | 'publishable_key' | 'service' | 'anonymous';

export interface AuthContext {
  kind: PrincipalKind;
  /** user id, customer id, api key id, or service name; null for anonymous callers */
  subject: string | null;
  tenantId: string | null;
  roles: string[];
  scopes: string[];
  requestId: string;
  /** the signed-in session (access token `sid`) of a user or customer, so identity can tell "this device" */
  sessionId?: string | null;
  /**
   * The client's network address as the gateway established it (the socket's, or the one a trusted
   * proxy forwarded); absent for calls the platform makes for itself. Identity throttles sign-in by it.
   */
  clientAddress?: string | null;
  /**
   * An API key's rate-limit tier (`basic`, `standard`, `premium`), as identity resolved it: the
   * gateway sizes the key's budget by it. Not forwarded to the subgraphs.
   */
  rateLimitTier?: string;
  /**
   * Where that tier was set: on the key itself, on the key's app (for every key of the app without
   * its own), or nowhere (the default); the gateway names it in the budget it reports.
   */
  rateLimitTierSource?: 'key' | 'app' | 'default';
  /**
   * The app of the caller's key (or of the key a shopper signed in through), and which in-repo app
   * that is when it is a built-in one: the gateway lets the caller run the app's published
   * documents. Not forwarded to the subgraphs.
   */
  appId?: string;
  appBuiltIn?: string;
}

export const ALL_SCOPES = '*';

export function hasScope(auth: AuthContext, scope: string): boolean {
  return auth.scopes.includes(ALL_SCOPES) || auth.scopes.includes(scope);
}

export function anonymous(requestId: string): AuthContext {
  return { kind: 'anonymous', subject: null, tenantId: null, roles: [], scopes: [], requestId };
}
