import { type AuthContext, anonymous } from '@ucos/kit/auth-context';
import type { Logger } from '@ucos/kit/logger';
import type { Plugin } from 'graphql-yoga';
import { type Authenticate, authUnavailable } from './auth.ts';
import { isGraphQLError } from './graphql-error.ts';
import { requestIdOf } from './request-id.ts';

/** What the gateway adds to each request's context; the data sources read `auth` from it. */
export interface GatewayContext {
  auth: AuthContext;
  requestId: string;
}

/**
 * Authenticates before the document is even parsed, so a refused credential costs no parsing and
 * the introspection policy (a validation rule) already knows who is asking. `authenticate: null`
 * (the --no-auth development mode) makes every caller anonymous, whatever it sends.
 */
export function useGatewayAuth(authenticate: Authenticate | null, logger: Logger): Plugin {
  return {
    async onParams({ request, context, setResult }) {
      const requestId = requestIdOf(request);
      try {
        const auth = authenticate ? await authenticate(request.headers, requestId) : anonymous(requestId);
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
