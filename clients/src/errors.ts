import type { CombinedError } from '@urql/core';

/** The shape every payload's `errors` list has: `{ code field message }`; each mutation declares its codes (docs/architecture/validation-and-errors.md). */
export interface PayloadError {
  code: string;
  field?: readonly string[] | null;
  message: string;
}

/** Field path → message, for a form to show each error next to its input ('' = the whole form). */
export type FieldErrors = Record<string, string>;

/**
 * Payload errors keyed by their input path without the leading `input` segment:
 * `['input', 'variants', '0', 'sku']` → `variants.0.sku`. Errors without a field go under ''.
 */
export function fieldErrors(errors: readonly PayloadError[] | null | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const error of errors ?? []) {
    const path = (error.field ?? []).filter((segment, index) => !(index === 0 && segment === 'input')).join('.');
    out[path] = out[path] ? `${out[path]} ${error.message}` : error.message;
  }
  return out;
}

/** What went wrong with a request, for people: never a stack, never an address. */
export type RequestFailure =
  | { kind: 'unauthenticated'; reason: string | undefined; message: string }
  | { kind: 'forbidden'; message: string }
  | { kind: 'network'; message: string }
  | { kind: 'persisted-only'; message: string }
  | { kind: 'server'; code: string | undefined; message: string };

export function describeError(error: CombinedError): RequestFailure {
  if (error.networkError && error.graphQLErrors.length === 0) {
    return { kind: 'network', message: 'The service could not be reached. Check your connection and retry.' };
  }
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code as string | undefined;
  const message = first?.message ?? error.message;
  if (code === 'UNAUTHENTICATED') {
    return { kind: 'unauthenticated', reason: first?.extensions?.reason as string | undefined, message };
  }
  if (code === 'FORBIDDEN') return { kind: 'forbidden', message };
  if (code === 'PERSISTED_QUERY_ONLY') return { kind: 'persisted-only', message };
  return { kind: 'server', code, message };
}

/** Network failures and 5xx/503 answers are worth retrying; refusals and bad input are not. */
export function isRetryable(error: CombinedError): boolean {
  if (error.networkError && error.graphQLErrors.length === 0) return true;
  const code = error.graphQLErrors[0]?.extensions?.code;
  return code === 'SERVICE_UNAVAILABLE' || code === 'RATE_LIMITED';
}
