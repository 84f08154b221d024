import { Kind, parse } from 'graphql';
import type { ServiceTokenSource } from './service-tokens.ts';

/** What an `action` step asks for: one mutation through the gateway, as the workflow's own service identity. */
export interface ActionRequest {
  tenantId: string;
  definitionId: string;
  /** the scopes the definition declares; the token carries exactly these */
  scopes: readonly string[];
  mutation: string;
  variables: Record<string, unknown>;
  /** run id + step path: the same on every attempt, so the mutation is applied once */
  idempotencyKey: string;
}

export interface ActionPort {
  /** resolves the mutation's `data`; throws `ActionFailure` (permanent or not) on any failure */
  execute(request: ActionRequest): Promise<unknown>;
}

export class ActionFailure extends Error {
  override name = 'ActionFailure';
  /** true when asking again cannot help (a malformed document, a business error answered in the payload) */
  readonly permanent: boolean;
  constructor(message: string, permanent: boolean) {
    super(message);
    this.permanent = permanent;
  }
}

/** Checks the document is one mutation; tells whether it declares `$idempotencyKey`. */
export function inspectMutation(source: string): { declaresIdempotencyKey: boolean } {
  let document: ReturnType<typeof parse>;
  try {
    document = parse(source);
  } catch (error) {
    throw new ActionFailure(`the action's mutation does not parse: ${(error as Error).message}`, true);
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operations[0];
  if (operations.length !== 1 || !operation || operation.operation !== 'mutation') {
    throw new ActionFailure('an action is exactly one GraphQL mutation', true);
  }
  return {
    declaresIdempotencyKey: (operation.variableDefinitions ?? []).some(
      (variable) => variable.variable.name.value === 'idempotencyKey',
    ),
  };
}

export interface GatewayActionsOptions {
  gatewayUrl: string;
  tokens: ServiceTokenSource;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * Sends action mutations to the public gateway with a short-lived access token for
 * `workflow:<definitionId>` and the `Idempotency-Key` header (and `$idempotencyKey`, when declared).
 */
export function gatewayActions(options: GatewayActionsOptions): ActionPort {
  const send = options.fetch ?? fetch;
  return {
    async execute(request) {
      const { declaresIdempotencyKey } = inspectMutation(request.mutation);
      const variables = declaresIdempotencyKey
        ? { ...request.variables, idempotencyKey: request.idempotencyKey }
        : request.variables;
      const token = await options.tokens.tokenFor(request.tenantId, request.definitionId, request.scopes);
      let response: Response;
      try {
        response = await send(options.gatewayUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            authorization: `Bearer ${token}`,
            'idempotency-key': request.idempotencyKey,
          },
          body: JSON.stringify({ query: request.mutation, variables }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch (error) {
        throw new ActionFailure(`the gateway did not answer: ${(error as Error).message}`, false);
      }
      const body = (await response.json().catch(() => null)) as {
        data?: Record<string, unknown> | null;
        errors?: { message: string; extensions?: { code?: string } }[];
      } | null;
      if (body?.errors?.length) {
        const first = body.errors[0]!;
        const code = first.extensions?.code ?? 'ERROR';
        // a refused credential or an unavailable service may pass; a wrong document or missing scope will not
        const transient = response.status >= 500 || code === 'SERVICE_UNAVAILABLE' || code === 'UNAUTHENTICATED';
        throw new ActionFailure(`${code}: ${first.message}`, !transient);
      }
      if (!response.ok || !body?.data) throw new ActionFailure(`the gateway answered ${response.status}`, false);
      for (const [field, value] of Object.entries(body.data)) {
        const errors = (value as { errors?: { code?: string; message?: string }[] } | null)?.errors;
        if (Array.isArray(errors) && errors.length > 0) {
          throw new ActionFailure(`${field}: ${errors[0]!.code ?? 'ERROR'}: ${errors[0]!.message ?? ''}`, true);
        }
      }
      return body.data;
    },
  };
}
