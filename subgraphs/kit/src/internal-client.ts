import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  BrokenCircuitError,
  type CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  ExponentialBackoff,
  handleWhen,
  type IPolicy,
  noop,
  retry,
  wrap,
} from 'cockatiel';
import { type DocumentNode, Kind, type OperationTypeNode, print } from 'graphql';

export type { TypedDocumentNode } from '@graphql-typed-document-node/core';

import type { AuthContext } from './auth-context.ts';
import { AppError, ErrorCode } from './errors.ts';
import { currentCause } from './events/causation.ts';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from './internal-token.ts';
import type { Logger } from './logger.ts';
import { currentServiceTls, type ServiceTls, serviceFetch } from './tls.ts';
import { injectTraceHeaders, inSpan, SpanKind } from './tracing.ts';

export interface InternalCallOptions {
  /** the calling service, recorded as the subject of the token */
  caller: string;
  /** the tenant the call acts for: always the caller's own request tenant */
  tenantId: string;
  /** the scopes the callee's fields require */
  scopes: string[];
  /**
   * default: the chain the call is made in (the caller's request id, or the event chain a consumer
   * handles), so the callee's logs and events name the same request
   */
  requestId?: string;
  /**
   * A mutation is retried only when the caller says so, and only for a mutation the callee
   * de-duplicates (it carries an idempotency key): a retried attempt whose first try did land must
   * change nothing. Queries are always retried (they change nothing). Ignored for queries.
   */
  idempotent?: boolean;
}

export interface InternalClient {
  /** the callee's circuit: `closed` (calls go through), `open` (calls fail at once; it turns `half-open` on the first call after the pause), `half-open` (one probe call is in flight) */
  readonly circuit: 'closed' | 'open' | 'half-open' | 'isolated';
  request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    options: InternalCallOptions,
  ): Promise<TResult>;
}

export interface InternalRetryOptions {
  /** attempts in all, the first included; 1 turns retries off (default 3) */
  attempts?: number;
  /** the first backoff delay; it doubles (with jitter) per attempt (default 50 ms) */
  initialDelayMs?: number;
  /** the longest backoff delay (default 1,000 ms) */
  maxDelayMs?: number;
}

export interface InternalBreakerOptions {
  /** consecutive failed attempts that open the circuit (default 5) */
  failures?: number;
  /** how long an open circuit fails fast before one probe call is let through (default 10,000 ms) */
  halfOpenAfterMs?: number;
}

export interface InternalClientOptions {
  /** the called service's name: the only thing a client learns when the call fails */
  service: string;
  /** per attempt (default 10,000 ms): a callee that hangs fails the attempt, which may be retried */
  timeoutMs?: number;
  retry?: InternalRetryOptions;
  breaker?: InternalBreakerOptions;
  /** where the failure's details (address, upstream message) go instead of the client */
  logger?: Logger;
  /**
   * the certificate presented to an `https` callee and the CAs its certificate must chain to
   * (default: the process's, `useServiceTls`); `null`: plain fetch
   */
  tls?: ServiceTls | null;
}

/**
 * The callee could not answer: the network failed, the attempt timed out, or it answered 5xx. These
 * are the failures a retry may cure and the circuit counts. An answer the callee gave on purpose
 * (a GraphQL error, a 4xx) is neither retried nor counted: asking again gets the same answer, and
 * the callee is up.
 */
class CalleeUnavailable extends Error {
  readonly detail: Record<string, unknown>;
  constructor(detail: Record<string, unknown>) {
    super('callee unavailable');
    this.detail = detail;
  }
}

const isUnavailable = (error: unknown) => error instanceof CalleeUnavailable;

const operationTypes = new WeakMap<DocumentNode, { text: string; operation: OperationTypeNode }>();

/** The document's text and operation type, computed once per document (documents are module constants). */
function describe(document: DocumentNode) {
  let described = operationTypes.get(document);
  if (!described) {
    const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1 || !operations[0]) throw new Error('an internal call sends exactly one operation');
    described = { text: print(document), operation: operations[0].operation };
    operationTypes.set(document, described);
  }
  return described;
}

const CIRCUIT_NAMES: Record<CircuitState, InternalClient['circuit']> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
};

/**
 * One domain asking another synchronously (orders reserving stock, orders reading prices): a GraphQL
 * call to the other subgraph with a service token for the same tenant. Never a shortcut into the
 * other domain's tables, never without a tenant.
 *
 * Resilience, per client (one client per callee): every attempt has its own timeout; queries and
 * calls marked `idempotent` are retried with exponential backoff when the callee was unavailable;
 * a circuit breaker counts unavailable attempts and, once open, fails every call at once with
 * `SERVICE_UNAVAILABLE` (no request leaves) until a probe after `halfOpenAfterMs` succeeds.
 */
export function createInternalClient(url: string, key: Uint8Array, options: InternalClientOptions): InternalClient {
  const { service, timeoutMs = 10_000, logger } = options;
  const send = serviceFetch(options.tls === undefined ? currentServiceTls() : options.tls);
  const attempts = Math.max(1, options.retry?.attempts ?? 3);
  const breaker: CircuitBreakerPolicy = circuitBreaker(handleWhen(isUnavailable), {
    halfOpenAfter: options.breaker?.halfOpenAfterMs ?? 10_000,
    breaker: new ConsecutiveBreaker(options.breaker?.failures ?? 5),
  });
  const retrying: IPolicy =
    attempts > 1
      ? wrap(
          retry(handleWhen(isUnavailable), {
            maxAttempts: attempts - 1,
            backoff: new ExponentialBackoff({
              initialDelay: options.retry?.initialDelayMs ?? 50,
              maxDelay: options.retry?.maxDelayMs ?? 1_000,
            }),
          }),
          breaker,
        )
      : wrap(noop, breaker);
  breaker.onBreak(() => logger?.warn({ service, url }, 'internal circuit opened: calls fail fast'));
  breaker.onReset(() => logger?.info({ service, url }, 'internal circuit closed again'));

  // the address and the upstream's words stay in the log: a client sees the service name only
  const unavailable = (requestId: string, detail: Record<string, unknown>) => {
    logger?.warn({ service, url, requestId, ...detail }, 'internal call failed');
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, `Service "${service}" is unavailable.`, {
      serviceName: service,
    });
  };

  async function attempt<T>(body: string, auth: AuthContext): Promise<T> {
    let response: Response;
    let payload: {
      data?: T;
      errors?: { message: string; extensions?: { code?: string } }[];
    } | null;
    try {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        [INTERNAL_TOKEN_HEADER]: await signInternalToken(key, auth),
        'x-request-id': auth.requestId,
      };
      response = await inSpan(
        `call ${service}`,
        { kind: SpanKind.CLIENT, attributes: { 'ucos.callee': service } },
        () => {
          injectTraceHeaders(headers);
          return send(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
        },
      );
      if (response.status >= 500) {
        // not read, only released: an unread body holds its connection
        await response.body?.cancel();
        payload = null;
      } else {
        payload = await response.json().catch(() => null);
      }
    } catch (error) {
      throw new CalleeUnavailable({ err: error });
    }
    if (response.status >= 500) throw new CalleeUnavailable({ status: response.status });
    if (!payload?.data || payload.errors?.length) {
      const first = payload?.errors?.[0];
      throw unavailable(auth.requestId, {
        status: response.status,
        upstreamCode: first?.extensions?.code ?? null,
        upstreamMessage: first?.message ?? null,
      });
    }
    return payload.data;
  }

  return {
    get circuit() {
      return CIRCUIT_NAMES[breaker.state];
    },
    async request<TResult, TVariables extends Record<string, unknown>>(
      document: TypedDocumentNode<TResult, TVariables>,
      variables: TVariables,
      call: InternalCallOptions,
    ): Promise<TResult> {
      const { text, operation } = describe(document);
      const auth: AuthContext = {
        kind: 'service',
        subject: call.caller,
        tenantId: call.tenantId,
        roles: [],
        scopes: call.scopes,
        requestId: call.requestId ?? currentCause()?.correlationId ?? crypto.randomUUID(),
      };
      const body = JSON.stringify({ query: text, variables });
      // a query changes nothing; a mutation only when the callee de-duplicates it (see `idempotent`)
      const safeToRepeat = operation === 'query' || call.idempotent === true;
      const policy = safeToRepeat ? retrying : breaker;
      try {
        return await policy.execute(() => attempt<TResult>(body, auth));
      } catch (error) {
        if (error instanceof BrokenCircuitError) throw unavailable(auth.requestId, { circuit: 'open' });
        if (error instanceof CalleeUnavailable) throw unavailable(auth.requestId, error.detail);
        throw error;
      }
    },
  };
}
