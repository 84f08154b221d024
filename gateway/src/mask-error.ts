import { ErrorCode } from '@ucos/kit/errors';
import type { GraphQLError } from 'graphql';
import { DEADLINE_EXCEEDED } from './deadline.ts';
import { graphqlError, isGraphQLError } from './graphql-error.ts';
import { LimitCode } from './limits.ts';

/** Codes of the gateway's own request-level errors (protocol, validation, limits, auth). */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  ...Object.values(LimitCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'REQUEST_ENTITY_TOO_LARGE',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'INTROSPECTION_DISABLED',
  DEADLINE_EXCEEDED,
]);

const statusCodes: Record<number, string> = {
  400: 'BAD_REQUEST',
  403: 'FORBIDDEN',
  405: 'BAD_REQUEST',
  413: 'BAD_REQUEST',
};

/**
 * Yoga's default masking hides every subgraph error (the gateway wraps them, so Yoga does not see a
 * GraphQLError), and no masking leaks `{"code":"ECONNREFUSED","address":…}`. So: subgraph errors
 * (they carry `extensions.serviceName`; the subgraph already masked its own internals) and the
 * gateway's own request errors pass; everything else becomes "Unexpected error.".
 */
export function maskError(error: unknown, message: string): Error {
  if (isGraphQLError(error)) {
    const extensions = error.extensions ?? {};
    if (typeof extensions.serviceName === 'string') {
      // a subgraph does not choose the gateway's HTTP status (one failed field is still a 200)
      delete (extensions as Record<string, unknown>).http;
      return error;
    }
    // an error that travelled from a subgraph's HTTP answer carries its URL and body: never shown
    if (!('response' in extensions) && !error.originalError) {
      const code = extensions.code;
      if (typeof code === 'string' && CLIENT_CODES.has(code)) return withoutInternals(error);
      const status = (extensions.http as { status?: number } | undefined)?.status;
      if (typeof code !== 'string' && status && statusCodes[status]) return withCode(error, statusCodes[status]);
    }
  }
  // Yoga logs the original whenever the returned error differs
  return graphqlError(message || 'Unexpected error.', {
    ...(isGraphQLError(error) ? { nodes: error.nodes, path: error.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  });
}

/**
 * Yoga attaches the parser's own error to a bad-JSON answer (`extensions.originalError`: its message,
 * position and an echo of the body). Its presence is also what makes Yoga answer 400 rather than 200
 * to legacy `application/json` clients, so it stays, saying no more than the error itself.
 */
function withoutInternals(error: GraphQLError): GraphQLError {
  const extensions = error.extensions as Record<string, unknown>;
  if (extensions.originalError) extensions.originalError = { name: 'Error', message: error.message };
  return error;
}

/**
 * Yoga's own HTTP-level errors (CSRF, method not allowed, body too large) come without a code. They
 * are made per request, so the code is added in place: a new error would be logged as unexpected.
 */
function withCode(error: GraphQLError, code: string): GraphQLError {
  (error.extensions as Record<string, unknown>).code = code;
  return error;
}
