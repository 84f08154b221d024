import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { hasScope, type PrincipalKind } from '../auth-context.ts';
import type { KitContext } from '../context.ts';
import { AppError, ErrorCode, forbidden, unauthenticated } from '../errors.ts';
import { decodeGlobalId, encodeGlobalId } from './global-id.ts';
import { INPUT_VALIDATION_PLUGIN, validationErrorAsBadUserInput } from './input-validation-plugin.ts';
import { PAGE_SIZE_PLUGIN } from './page-size-plugin.ts';
import { TEXT_CAPS_PLUGIN } from './text-caps-plugin.ts';

/** The scopes every subgraph's fields can require (see @pothos/plugin-scope-auth). */
export interface KitAuthScopes {
  /** any verified caller with a tenant: a user, API key or publishable key */
  tenant: boolean;
  /** a signed-in user (not a key) */
  user: boolean;
  /** a permission scope such as `catalog:write`; `*` grants all */
  scope: string;
  /** any one of these permission scopes (a reader of a domain is whoever may read, write or manage it) */
  anyScope: readonly string[];
  kind: PrincipalKind;
}

export interface KitSchemaTypes<Context extends KitContext> {
  Context: Context;
  AuthScopes: KitAuthScopes;
  DefaultFieldNullability: false;
  /** `edges: [XEdge!]!` and `node: X!`, as the platform's connections always were */
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  /** every connection counts what the caller may see, over all pages */
  Connection: { totalCount: number };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    MinorUnits: { Input: number; Output: number | bigint | string };
    ID: { Input: string; Output: string };
  };
}

/**
 * The options every subgraph passes to its own `new SchemaBuilder(...)`: the same plugins (auth
 * before federation, as Pothos requires; Relay connections and global ids; page-size bounds on every
 * `first`/`last`) and the same scope semantics everywhere.
 */
export function kitBuilderOptions<Context extends KitContext>() {
  return {
    plugins: [
      ScopeAuthPlugin,
      DirectivePlugin,
      TEXT_CAPS_PLUGIN,
      // before the validation plugin: field hooks run last-to-first, so the kit sees its argument mappers
      INPUT_VALIDATION_PLUGIN,
      ValidationPlugin,
      RelayPlugin,
      FederationPlugin,
      PAGE_SIZE_PLUGIN,
    ] as (
      | typeof ScopeAuthPlugin
      | typeof DirectivePlugin
      | typeof TEXT_CAPS_PLUGIN
      | typeof INPUT_VALIDATION_PLUGIN
      | typeof ValidationPlugin
      | typeof RelayPlugin
      | typeof FederationPlugin
      | typeof PAGE_SIZE_PLUGIN
    )[],
    validation: { validationError: validationErrorAsBadUserInput },
    defaultFieldNullability: false as const,
    relay: {
      clientMutationId: 'omit' as const,
      cursorType: 'String' as const,
      // `node`/`nodes` are answered once for the whole supergraph (see nodes.ts), not per subgraph
      nodeQueryOptions: false as const,
      nodesQueryOptions: false as const,
      pageInfoTypeOptions: { shareable: true },
      edgesFieldOptions: { nullable: false as const },
      nodeFieldOptions: { nullable: false as const },
      encodeGlobalID: (type: string, id: string | number | bigint) => encodeGlobalId(type, String(id)),
      decodeGlobalID: (globalId: string) => {
        const decoded = decodeGlobalId(globalId);
        if (!decoded) throw new AppError(ErrorCode.BAD_USER_INPUT, `"${globalId.slice(0, 80)}" is not a valid id`);
        return { typename: decoded.type, id: decoded.id };
      },
    },
    scopeAuth: {
      authScopes: (context: Context) => ({
        tenant: context.auth.tenantId !== null,
        user: context.auth.kind === 'user' && context.auth.tenantId !== null,
        scope: (scope: string) => context.auth.tenantId !== null && hasScope(context.auth, scope),
        anyScope: (scopes: readonly string[]) =>
          context.auth.tenantId !== null && scopes.some((scope) => hasScope(context.auth, scope)),
        kind: (kind: PrincipalKind) => context.auth.kind === kind,
      }),
      unauthorizedError: (_parent: unknown, context: Context, _info: unknown, result: { message: string }) =>
        context.auth.kind === 'anonymous'
          ? unauthenticated()
          : context.auth.tenantId === null
            ? new AppError(ErrorCode.TENANT_REQUIRED, 'This field needs a tenant')
            : forbidden(`Missing permission: ${result.message}`),
    },
  };
}
