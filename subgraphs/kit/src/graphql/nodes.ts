import type { ObjectRef } from '@pothos/core';
import { type AuthContext, hasScope, type PrincipalKind } from '../auth-context.ts';
import type { KitContext } from '../context.ts';
import { badUserInput, forbidden, unauthenticated } from '../errors.ts';
import type { KitSchemaTypes } from './builder.ts';
import { decodeGlobalId, encodeGlobalId, isUuid, referenceUuid } from './global-id.ts';
import type { KitBuilder } from './types.ts';

/**
 * Who may fetch a type by id, in the kit's scope language (see `KitAuthScopes`): the same rule as
 * the type's own root field (`product(id:)`, `order(id:)`), so `node(id:)` opens nothing new.
 */
export interface NodeReadRule {
  tenant?: boolean;
  user?: boolean;
  scope?: string;
  anyScope?: readonly string[];
  kind?: PrincipalKind;
  $any?: Omit<NodeReadRule, '$any'>;
}

export interface NodeTypeConfig {
  /** the subgraph that owns the type and resolves it through `_entities` */
  owner:
    | 'identity'
    | 'catalog'
    | 'inventory'
    | 'orders'
    | 'fulfillment'
    | 'workflows'
    | 'webhooks'
    | 'notifications'
    | 'procurement'
    | 'finance';
  read: NodeReadRule;
}

const CATALOG_READ = { scope: 'catalog:read', $any: { scope: 'catalog:browse' } } as const;

/**
 * Every type `node(id:)` answers for: the global id's type name, its owning subgraph and who may
 * read it. A type listed here is an entity keyed on `id` in its owner (`nodeEntity`) and implements
 * `Node` in the supergraph (the router subgraph declares it, see `addNodeRouter`).
 */
export const NODE_TYPES = {
  User: { owner: 'identity', read: { scope: 'identity:users' } },
  Tenant: { owner: 'identity', read: { tenant: true } },
  Role: { owner: 'identity', read: { scope: 'identity:roles', $any: { user: true } } },
  Invitation: { owner: 'identity', read: { scope: 'identity:users' } },
  ApiKey: { owner: 'identity', read: { scope: 'identity:api_keys' } },
  Product: { owner: 'catalog', read: CATALOG_READ },
  ProductVariant: { owner: 'catalog', read: CATALOG_READ },
  Collection: { owner: 'catalog', read: CATALOG_READ },
  Category: { owner: 'catalog', read: CATALOG_READ },
  PriceList: { owner: 'catalog', read: CATALOG_READ },
  Warehouse: { owner: 'inventory', read: { scope: 'inventory:read' } },
  Reservation: { owner: 'inventory', read: { scope: 'inventory:read' } },
  Order: { owner: 'orders', read: { scope: 'orders:read', $any: { kind: 'customer' } } },
  Customer: { owner: 'orders', read: { scope: 'orders:read' } },
  Company: { owner: 'orders', read: { scope: 'orders:read' } },
  Cart: { owner: 'orders', read: { scope: 'cart:own', $any: { kind: 'customer' } } },
  ShippingZone: { owner: 'orders', read: { scope: 'orders:read' } },
  GiftCard: { owner: 'orders', read: { scope: 'orders:read' } },
  CustomerSubscription: { owner: 'orders', read: { scope: 'orders:read', $any: { kind: 'customer' } } },
  Shipment: { owner: 'fulfillment', read: { scope: 'fulfillment:manage' } },
  Return: { owner: 'fulfillment', read: { scope: 'fulfillment:manage' } },
  Supplier: { owner: 'procurement', read: { scope: 'procurement:manage' } },
  PurchaseOrder: { owner: 'procurement', read: { scope: 'procurement:manage' } },
  Receipt: { owner: 'procurement', read: { scope: 'procurement:manage' } },
  SupplierBill: { owner: 'procurement', read: { scope: 'procurement:manage' } },
  FinanceInvoice: { owner: 'finance', read: { anyScope: ['finance:read', 'finance:write', 'finance:manage'] } },
} as const satisfies Record<string, NodeTypeConfig>;

export type NodeTypeName = keyof typeof NODE_TYPES;

/** At most this many ids per `nodes(ids:)` (the gateway's cost model counts them as a page). */
export const MAX_NODES = 100;

const isNodeType = (type: string): type is NodeTypeName => Object.hasOwn(NODE_TYPES, type);

/** The kit's scope semantics (as `kitBuilderOptions`), for a rule checked outside a field's `authScopes`. */
function satisfies(auth: AuthContext, rule: Omit<NodeReadRule, '$any'>): boolean {
  const checks: boolean[] = [];
  if (rule.tenant) checks.push(auth.tenantId !== null);
  if (rule.user) checks.push(auth.kind === 'user' && auth.tenantId !== null);
  if (rule.scope) checks.push(auth.tenantId !== null && hasScope(auth, rule.scope));
  if (rule.anyScope) checks.push(auth.tenantId !== null && rule.anyScope.some((scope) => hasScope(auth, scope)));
  if (rule.kind) checks.push(auth.kind === rule.kind);
  return checks.length > 0 && checks.every(Boolean);
}

/** Pothos scope-auth's `$any` next to plain scopes: any one of them grants. */
export function mayRead(auth: AuthContext, rule: NodeReadRule): boolean {
  const { $any, ...plain } = rule;
  const alternatives = [
    ...Object.entries(plain).map(([name, value]) => ({ [name]: value })),
    ...Object.entries($any ?? {}).map(([name, value]) => ({ [name]: value })),
  ];
  return alternatives.some((alternative) => satisfies(auth, alternative));
}

/**
 * The type and uuid of an id given to `node`/`nodes`, after the same checks as any id argument:
 * malformed or not a node type is BAD_USER_INPUT; a caller who may not read the type is refused as
 * the type's own root field would refuse them.
 */
export function nodeReference(globalId: string, auth: AuthContext, field: string[]) {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || !isUuid(decoded.id)) {
    throw badUserInput(`${field.join('.')}: "${globalId.slice(0, 80)}" is not a valid id`, field);
  }
  if (!isNodeType(decoded.type)) {
    throw badUserInput(`${field.join('.')}: a ${decoded.type} id cannot be fetched with node`, field);
  }
  if (!mayRead(auth, NODE_TYPES[decoded.type].read)) {
    throw auth.kind === 'anonymous' ? unauthenticated() : forbidden(`Missing permission to read a ${decoded.type}`);
  }
  return { type: decoded.type, uuid: decoded.id.toLowerCase(), globalId: encodeGlobalId(decoded.type, decoded.id) };
}

type KitRef<Context extends KitContext, Shape> = ObjectRef<
  PothosSchemaTypes.ExtendDefaultTypes<KitSchemaTypes<Context>>,
  Shape
>;

/**
 * Makes a type of the owning subgraph an entity keyed on its global `id`, resolved by `load` (by
 * uuid, in the caller's tenant; null when it is not there or not the caller's to see). A
 * representation that is not an id of this type finds nothing. This is how `node(id:)` reaches it.
 */
export function nodeEntity<Context extends KitContext, Shape extends object>(
  builder: KitBuilder<Context>,
  ref: KitRef<Context, Shape>,
  type: NodeTypeName,
  load: (uuid: string, context: Context) => Promise<Shape | null | undefined> | Shape | null | undefined,
) {
  builder.asEntity(ref, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: async ({ id }, context) => {
      const uuid = referenceUuid(id, type);
      return uuid ? ((await load(uuid, context)) ?? null) : null;
    },
  });
}

/**
 * The supergraph's `Node` interface and its `node(id:)` / `nodes(ids:)` fields, added to ONE subgraph
 * (identity). It decodes each id's type name, checks it as above, and answers the types it owns
 * itself through `local`; every other type is a stub `{ id }` entity here, which the gateway
 * completes from the owning subgraph's `_entities` (null there, null in the answer).
 */
export function addNodeRouter<Context extends KitContext>(
  builder: KitBuilder<Context>,
  local: {
    [Type in NodeTypeName]?: { ref: KitRef<Context, object>; load: (uuid: string, context: Context) => unknown };
  },
) {
  const resolve = async (globalId: string, context: Context, field: string[]) => {
    const reference = nodeReference(globalId, context.auth, field);
    const owned = local[reference.type];
    if (!owned) return { __typename: reference.type, id: reference.globalId };
    const row = await owned.load(reference.uuid, context);
    return row == null ? null : { ...(row as object), __typename: reference.type };
  };
  const nodeRef = builder.nodeInterfaceRef();
  builder.asEntity(nodeRef, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: ({ id }, context) => resolve(id, context, ['id']),
  });
  for (const type of Object.keys(NODE_TYPES) as NodeTypeName[]) {
    if (local[type]) continue;
    const stub = builder.objectRef<{ id: string }>(type).implement({
      interfaces: [nodeRef],
      fields: (t) => ({ id: t.exposeID('id') }),
    });
    builder.asEntity(stub, {
      key: builder.selection<{ id: string }>('id'),
      resolveReference: (reference) => reference,
    });
  }
  builder.queryFields((t) => ({
    node: t.field({
      type: nodeRef,
      nullable: true,
      description:
        'Any object by its global id (the id names its type; its subgraph answers). Null when there is no such ' +
        'object for you; a malformed id is BAD_USER_INPUT.',
      args: { id: t.arg.id({ required: true }) },
      resolve: (_root, args, context) => resolve(String(args.id), context, ['id']),
    }),
    nodes: t.field({
      type: [nodeRef],
      nullable: { list: false, items: true },
      description: `Objects by global id, in the order asked (at most ${MAX_NODES}); null for each id with no such object for you.`,
      args: { ids: t.arg.idList({ required: true }) },
      resolve: (_root, args, context) => {
        if (args.ids.length > MAX_NODES) throw badUserInput(`ids: at most ${MAX_NODES} ids`, ['ids']);
        return Promise.all(args.ids.map((id, index) => resolve(String(id), context, ['ids', String(index)])));
      },
    }),
  }));
  return nodeRef;
}
