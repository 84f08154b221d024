import { GraphQLError } from 'graphql';

/**
 * Codes of unexpected or protocol-level failures. They travel as `extensions.code` on GraphQL errors;
 * business failures (duplicate slug, weak password, conflict) are payload data, see `PayloadError`.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TENANT_REQUIRED: 'TENANT_REQUIRED',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A GraphQL error whose code and message are safe to show a client. Only request-level errors (a
 * missing internal token) carry an HTTP status: a field error must not turn a subgraph's whole answer
 * into a 4xx, which the gateway would read as a transport failure and lose the code.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, httpStatus?: number) {
    super(message, { extensions: { code, ...extra, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}

export const unauthenticated = (message = 'Authentication required', httpStatus?: 401) =>
  new AppError(ErrorCode.UNAUTHENTICATED, message, {}, httpStatus);
export const forbidden = (message = 'Not allowed') => new AppError(ErrorCode.FORBIDDEN, message);
export const badUserInput = (message: string, field?: string[]) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const tenantRequired = () =>
  new AppError(ErrorCode.TENANT_REQUIRED, 'This operation needs a tenant: sign in or send a tenant-scoped key');

/**
 * Errors whose message and code are meant for the client; everything else is masked. Duck-typed on
 * purpose: graphql can be loaded twice (its ESM and CJS builds), which defeats `instanceof`.
 */
export function isClientSafe(error: unknown): error is GraphQLError {
  if (error instanceof AppError) return true;
  if (typeof error !== 'object' || error === null || !('extensions' in error)) return false;
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return typeof code === 'string' && code in ErrorCode && code !== ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * An expected business failure, returned in a mutation payload's `errors` list.
 * `field` is the input path the error is about, so forms can show it next to the right input.
 */
export interface PayloadError<Code extends string = string> {
  code: Code;
  field: string[] | null;
  message: string;
}

export function payloadError<Code extends string>(
  code: Code,
  message: string,
  field: string[] | null = null,
): PayloadError<Code> {
  return { code, message, field };
}

/** A store result: either the value, or the business errors that prevented it. */
export type Result<T, Code extends string = string> =
  | { ok: true; value: T }
  | { ok: false; errors: PayloadError<Code>[] };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <Code extends string>(...errors: PayloadError<Code>[]): Result<never, Code> => ({
  ok: false,
  errors,
});

/**
 * A domain's business-error constructors, typed to its one list of codes (`src/data/errors.ts`):
 * `error(code, message, field?)` is one payload error and `fail(…)` the failed result of one, so a code
 * the domain does not declare does not compile. Each domain names its own code and result types beside it.
 */
export function domainErrors<const Code extends string>(_codes: readonly Code[]) {
  const error = (code: Code, message: string, field: string[] | null = null): PayloadError<Code> =>
    payloadError(code, message, field);
  return {
    error,
    fail: (code: Code, message: string, field: string[] | null = null): Result<never, Code> =>
      fail(error(code, message, field)),
  };
}
