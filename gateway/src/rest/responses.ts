import { ErrorCode } from '@ucos/kit/errors';
import { DEADLINE_EXCEEDED } from '../deadline.ts';
import { LimitCode } from '../limits.ts';
import { BUDGET_HEADERS } from '../rate-limit.ts';
import { TrustedDocumentCode } from '../trusted-documents.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** An RFC 9457 problem: `type` names the error code, so clients can branch on it as on GraphQL's. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** the GraphQL error code it stands for (`NOT_FOUND`, `RATE_LIMITED`, …) */
  code: string;
  instance?: string;
  requestId?: string;
  /** a mutation's typed errors, or the fields a request's input got wrong */
  errors?: unknown[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The HTTP status of each GraphQL error code a REST call can meet; any other code is a 500. */
const STATUS_OF_CODE: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.TENANT_REQUIRED]: 403,
  [TrustedDocumentCode.only]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  VERSION_CONFLICT: 409,
  [ErrorCode.BAD_USER_INPUT]: 422,
  GRAPHQL_VALIDATION_FAILED: 422,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [DEADLINE_EXCEEDED]: 504,
  BAD_REQUEST: 400,
  REQUEST_ENTITY_TOO_LARGE: 413,
  ...Object.fromEntries(Object.values(LimitCode).map((code) => [code, 400])),
};

export function statusOfCode(code: string): number {
  return STATUS_OF_CODE[code] ?? 500;
}

export function problemOf(
  status: number,
  code: string,
  detail: string,
  extensions: Partial<Problem> & Record<string, unknown> = {},
): Problem {
  return {
    type: `urn:ucos:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...extensions,
  };
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...headers },
  });
}

interface GraphQLErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/**
 * The problem for a GraphQL answer's errors: the first error with the most telling status decides
 * (a 429 or 401 over a field's 404), its message is the detail; every error is listed.
 */
export function problemFromErrors(errors: readonly GraphQLErrorShape[]): Problem {
  const ranked = errors
    .map((error) => ({
      error,
      status: statusOfCode(String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR)),
    }))
    .sort((a, b) => rank(a.status) - rank(b.status));
  const { error, status } = ranked[0]!;
  const code = String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  const budget = error.extensions?.budget;
  return problemOf(status, code, error.message, {
    errors: errors.map(({ message, path, extensions }) => ({
      message,
      ...(path ? { path } : {}),
      ...(extensions?.code ? { code: extensions.code } : {}),
      ...(extensions?.field ? { field: extensions.field } : {}),
    })),
    ...(budget ? { budget } : {}),
  });
}

/** Whose status wins when errors disagree: refusals of the whole request first, a server fault last. */
function rank(status: number): number {
  const order = [429, 401, 403, 503, 504, 400, 413, 422, 409, 404];
  const index = order.indexOf(status);
  return index === -1 ? order.length : index;
}

interface PayloadError {
  code?: unknown;
  message?: unknown;
  field?: unknown;
}

/**
 * A mutation's typed errors (its payload's `errors`) as a problem: a missing record 404, a changed
 * version or state 409, anything else the input's fault, 422.
 */
export function problemFromPayloadErrors(errors: readonly PayloadError[]): Problem {
  const codes = errors.map((error) => String(error.code ?? ''));
  const status = codes.some((code) => code === 'NOT_FOUND' || code.endsWith('_NOT_FOUND'))
    ? 404
    : codes.some((code) => /CONFLICT|INVALID_TRANSITION|INVALID_STATE/.test(code))
      ? 409
      : 422;
  const first = errors[0] ?? {};
  return problemOf(status, codes[0] || ErrorCode.BAD_USER_INPUT, String(first.message ?? 'The request was refused'), {
    errors: [...errors],
  });
}

/** What a REST answer keeps of the GraphQL answer's headers. */
export const FORWARDED_HEADERS = ['x-request-id', 'retry-after', 'www-authenticate', ...BUDGET_HEADERS];
