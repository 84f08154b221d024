import { type AuthContext, anonymous } from '@ucos/kit/auth-context';
import type { Logger } from '@ucos/kit/logger';
import type { Plugin } from 'graphql-yoga';
import { type Authenticate, authUnavailable } from './auth.ts';
import type { ClientAddressResolver } from './client-address.ts';
import { isGraphQLError } from './graphql-error.ts';
import { requestIdOf } from './request-id.ts';

/** What the gateway adds to each request's context; the data sources read `auth` from it. */
export interface GatewayContext {
  auth: AuthContext;
  requestId: string;
  /** the request's price in rate-limit points, once the rate limiter has computed it */
  requestCost?: number;
}

/**
 * Authenticates before the document is even parsed, so a refused credential costs no parsing and
 * the introspection policy (a validation rule) already knows who is asking. `authenticate: null`
 * (the --no-auth development mode) makes every caller anonymous, whatever it sends.
 */
export function useGatewayAuth(
  authenticate: Authenticate | null,
  logger: Logger,
  resolveClientAddress: ClientAddressResolver,
): Plugin {
  return {
    async onParams({ request, context, setResult }) {
      const requestId = requestIdOf(request);
      const clientAddress = resolveClientAddress(socketAddressOf(context), request.headers.get('x-forwarded-for'));
      try {
        const authenticated = authenticate ? await authenticate(request.headers, requestId) : anonymous(requestId);
        // a new object: resolved storefront keys are cached and shared between requests
        const auth: AuthContext = { ...authenticated, clientAddress };
        Object.assign(context, { auth, requestId } satisfies GatewayContext);
      } catch (error) {
        if (!isGraphQLError(error)) logger.error({ err: error, requestId }, 'authentication failed');
        setResult({ errors: [isGraphQLError(error) ? error : authUnavailable()] });
      }
    },
    onResponse({ request, response }) {
      try {
        response.headers.set('x-request-id', requestIdOf(request));
      } catch {
        // some platform responses have immutable headers; the id is a convenience, not a contract
      }
    },
  };
}

/**
 * The peer's address as the server saw it: `clientAddress` from the kit's `serve` (Bun and Node), or
 * the node:http socket when Yoga is mounted as a plain request listener.
 */
function socketAddressOf(context: object): string | null {
  const server = context as { clientAddress?: string | null; req?: { socket?: { remoteAddress?: string } } };
  return server.clientAddress ?? server.req?.socket?.remoteAddress ?? null;
}
