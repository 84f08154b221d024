import { analyseCost } from '@ucos/gateway';
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  parse,
} from 'graphql';
import { type Example, exampleOf } from './examples.ts';
import { describeScopes } from './scopes.ts';

export interface ReferenceArgument {
  name: string;
  type: string;
  description: string | null;
  defaultValue: string | null;
}

export interface ReferenceErrorCode {
  code: string;
  description: string | null;
}

export interface ReferenceOperation {
  kind: 'query' | 'mutation';
  name: string;
  domain: string;
  description: string | null;
  deprecationReason: string | null;
  arguments: ReferenceArgument[];
  returns: string;
  /** who may call it, in words */
  access: string;
  /** the codes its payload's `errors` may carry (mutations), from the payload's error-code enum */
  errorCodes: ReferenceErrorCode[];
  example: Example;
  /** the example's price in rate-limit points, by the gateway's own cost model */
  cost: number;
  /** the REST routes whose operation selects this root field (`gateway/rest/operations.graphql`) */
  rest: { method: string; path: string }[];
}

/** One REST route of the gateway, as the reference lists it: the persisted operation behind it. */
export interface ReferenceRestRoute {
  method: string;
  path: string;
  summary: string;
  /** the root field its operation selects, and where the reference documents it */
  kind: 'query' | 'mutation';
  rootField: string;
  domain: string;
  storefront: boolean;
}

/** What the reference needs of a gateway REST route (`RestRoute` of `@ucos/gateway/rest/routes`). */
export interface RestRouteLike {
  method: string;
  path: string;
  summary: string;
  rootField: string;
  storefront: boolean;
  operation: { operation: string };
}

export interface ReferenceTypeMember {
  name: string;
  type: string | null;
  description: string | null;
  deprecationReason: string | null;
}

export interface ReferenceType {
  name: string;
  kind: 'object' | 'interface' | 'union' | 'enum' | 'input' | 'scalar';
  description: string | null;
  /** the domain whose page lists it: the first subgraph that defines it */
  domain: string;
  members: ReferenceTypeMember[];
}

export interface ApiReference {
  domains: string[];
  operations: ReferenceOperation[];
  types: ReferenceType[];
  rest: ReferenceRestRoute[];
}

type SchemaOfDomain = { name: string; schema: GraphQLSchema };

/**
 * The reference's content: every root field and type of the client-facing API schema, each placed
 * in the domain (subgraph) that defines it, with what the API schema alone cannot say read from
 * the subgraph schemas (who may call a field: its `authScopes`) and the gateway (its cost).
 */
export function referenceOf(
  api: GraphQLSchema,
  subgraphs: SchemaOfDomain[],
  routes: readonly RestRouteLike[] = [],
): ApiReference {
  const kindOf = (route: RestRouteLike): ReferenceOperation['kind'] =>
    route.operation.operation === 'mutation' ? 'mutation' : 'query';
  const operations: ReferenceOperation[] = [];
  for (const kind of ['query', 'mutation'] as const) {
    const root = kind === 'query' ? api.getQueryType() : api.getMutationType();
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const owner = subgraphs.find(({ schema }) => rootOf(schema, kind)?.getFields()[field.name]);
      const ownField = owner ? rootOf(owner.schema, kind)?.getFields()[field.name] : undefined;
      const example = exampleOf(kind, field);
      operations.push({
        kind,
        name: field.name,
        domain: owner && !SHARED_ROOT_FIELDS.has(field.name) ? owner.name : PLATFORM,
        description: field.description ?? null,
        deprecationReason: field.deprecationReason ?? null,
        arguments: field.args.map((arg) => ({
          name: arg.name,
          type: String(arg.type),
          description: arg.description ?? null,
          defaultValue: arg.defaultValue === undefined ? null : JSON.stringify(arg.defaultValue),
        })),
        returns: String(field.type),
        access: describeScopes(pothosAuthScopes(ownField)),
        errorCodes: errorCodesOf(field),
        example,
        cost: analyseCost(api, parse(example.document), undefined, example.variables).cost,
        rest: routes
          .filter((route) => kindOf(route) === kind && route.rootField === field.name)
          .map(({ method, path }) => ({ method, path })),
      });
    }
  }
  const types = Object.values(api.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type))
    .filter((type) => type !== api.getQueryType() && type !== api.getMutationType())
    .map((type) => typeOf(type, subgraphs))
    .sort((a, b) => a.name.localeCompare(b.name));
  const domains = [PLATFORM, ...subgraphs.map(({ name }) => name)];
  const rest = routes.map((route): ReferenceRestRoute => {
    const kind = kindOf(route);
    const documented = operations.find((operation) => operation.kind === kind && operation.name === route.rootField);
    return {
      method: route.method,
      path: route.path,
      summary: route.summary,
      kind,
      rootField: route.rootField,
      domain: documented?.domain ?? PLATFORM,
      storefront: route.storefront,
    };
  });
  return { domains, operations, types, rest };
}

/** the page for what belongs to the whole supergraph rather than one domain (`node`, `nodes`) */
export const PLATFORM = 'platform';
const SHARED_ROOT_FIELDS = new Set(['node', 'nodes']);

const rootOf = (schema: GraphQLSchema, kind: 'query' | 'mutation') =>
  kind === 'query' ? schema.getQueryType() : schema.getMutationType();

function pothosAuthScopes(field: GraphQLField<unknown, unknown> | undefined): unknown {
  const options = (field?.extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)?.pothosOptions;
  return options?.authScopes;
}

/** A payload's `errors { code }` enum: the business failures the mutation returns as data. */
function errorCodesOf(field: GraphQLField<unknown, unknown>): ReferenceErrorCode[] {
  const payload = getNamedType(field.type);
  if (!isObjectType(payload)) return [];
  const errors = payload.getFields().errors;
  const error = errors ? getNamedType(errors.type) : undefined;
  if (!error || !(isObjectType(error) || isInterfaceType(error))) return [];
  const code = error.getFields().code;
  const codes = code ? getNamedType(code.type) : undefined;
  if (!codes || !isEnumType(codes)) return [];
  return codes.getValues().map((value) => ({ code: value.name, description: value.description ?? null }));
}

function typeOf(type: GraphQLNamedType, subgraphs: SchemaOfDomain[]): ReferenceType {
  const owner = subgraphs.find(({ schema }) => schema.getType(type.name));
  const base = { name: type.name, description: type.description ?? null, domain: owner?.name ?? PLATFORM };
  if (isObjectType(type) || isInterfaceType(type)) {
    return {
      ...base,
      kind: isObjectType(type) ? 'object' : 'interface',
      members: Object.values(type.getFields()).map((field) => ({
        name: field.args.length
          ? `${field.name}(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ')})`
          : field.name,
        type: String(field.type),
        description: field.description ?? null,
        deprecationReason: field.deprecationReason ?? null,
      })),
    };
  }
  if (isInputObjectType(type)) {
    return {
      ...base,
      kind: 'input',
      members: Object.values(type.getFields()).map((field) => ({
        name: field.name,
        type: String(field.type),
        description: field.description ?? null,
        deprecationReason: field.deprecationReason ?? null,
      })),
    };
  }
  if (isEnumType(type)) {
    return {
      ...base,
      kind: 'enum',
      members: type.getValues().map((value) => ({
        name: value.name,
        type: null,
        description: value.description ?? null,
        deprecationReason: value.deprecationReason ?? null,
      })),
    };
  }
  if (isUnionType(type)) {
    return {
      ...base,
      kind: 'union',
      members: type
        .getTypes()
        .map((member) => ({ name: member.name, type: null, description: null, deprecationReason: null })),
    };
  }
  return { ...base, kind: 'scalar', members: [] };
}
