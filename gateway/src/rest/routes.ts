import { readFileSync } from 'node:fs';
import {
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  validate,
} from 'graphql';

/** The committed route table: named operations annotated with `# @route` (see the file's header). */
export const OPERATIONS_PATH = new URL('../../rest/operations.graphql', import.meta.url);

export type RestMethod = 'GET' | 'POST';

export interface RestRoute {
  method: RestMethod;
  /** the OpenAPI form, `/rest/v1/products/{id}` */
  path: string;
  /** the names in the path, in order; each is a variable of the operation */
  pathParameters: string[];
  pattern: RegExp;
  operationName: string;
  operation: OperationDefinitionNode;
  /** the operation alone, as it is sent to GraphQL */
  document: string;
  /** the one root field whose value is the answer's body */
  rootField: string;
  /**
   * The type a root field of an interface (`node(id:)`) is narrowed to by its one inline fragment:
   * an answer of another type is no record of this route (404).
   */
  rootType?: string;
  /** a storefront publishable key (or a shopper) may call it */
  storefront: boolean;
  summary: string;
}

export class RouteTableError extends Error {}

const ROUTE = /^#\s*@route\s+(\S+)\s+(\S+)\s*$/;
const STOREFRONT = /^#\s*@storefront\s*$/;
const PATH = /^\/rest\/v1(\/(?:[a-z0-9-]+|\{[_A-Za-z][_0-9A-Za-z]*\}))+$/;

/**
 * Reads the route table: every operation must carry one `# @route`, be named, select one root field
 * and use every path parameter as a variable; two routes may not share a method and path.
 */
export function parseRoutes(source: string): RestRoute[] {
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch (error) {
    throw new RouteTableError(`the REST operations do not parse: ${(error as Error).message}`);
  }
  const routes: RestRoute[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) {
      throw new RouteTableError('the REST operations may only hold operations (no fragments)');
    }
    routes.push(routeOf(definition, commentBlockBefore(source, definition.loc?.start ?? 0)));
  }
  const seen = new Set<string>();
  for (const route of routes) {
    const key = `${route.method} ${route.pattern.source}`;
    if (seen.has(key)) throw new RouteTableError(`two operations answer ${route.method} ${route.path}`);
    seen.add(key);
  }
  return routes;
}

/** The comment lines directly above an operation (the file header, after a blank line, is not its). */
function commentBlockBefore(source: string, start: number): string[] {
  const lines = source.slice(0, start).split('\n');
  const block: string[] = [];
  for (let index = lines.length - 2; index >= 0; index--) {
    const line = lines[index]!.trim();
    if (!line.startsWith('#')) break;
    block.unshift(line);
  }
  return block;
}

function routeOf(operation: OperationDefinitionNode, comments: string[]): RestRoute {
  const name = operation.name?.value;
  if (!name) throw new RouteTableError('every REST operation needs a name');
  const routeLines = comments.map((line) => ROUTE.exec(line)).filter((match) => match !== null);
  if (routeLines.length !== 1) throw new RouteTableError(`${name}: needs exactly one "# @route <METHOD> <path>"`);
  const [, method, path] = routeLines[0]!;
  if (method !== 'GET' && method !== 'POST') throw new RouteTableError(`${name}: method ${method} is not GET or POST`);
  if (!path || !PATH.test(path)) throw new RouteTableError(`${name}: path ${path} is not /rest/v1/<segments>`);
  if (operation.operation === 'subscription') throw new RouteTableError(`${name}: subscriptions have no REST form`);
  if (operation.operation === 'mutation' && method !== 'POST') throw new RouteTableError(`${name}: a mutation is POST`);
  if (operation.operation === 'query' && method !== 'GET') throw new RouteTableError(`${name}: a query is GET`);
  const roots = operation.selectionSet.selections;
  if (roots.length !== 1 || roots[0]?.kind !== Kind.FIELD || roots[0].alias) {
    throw new RouteTableError(`${name}: must select exactly one root field, without an alias`);
  }
  const rootType = narrowedType(name, roots[0]);
  const variables = new Set(operation.variableDefinitions?.map((definition) => definition.variable.name.value));
  const pathParameters = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  for (const parameter of pathParameters) {
    if (!variables.has(parameter)) throw new RouteTableError(`${name}: path parameter {${parameter}} is no variable`);
  }
  const pattern = new RegExp(
    `^${path.replace(/\{[^}]+\}/g, '([^/]+)').replace(/[-/]/g, (character) => `\\${character}`)}$`,
  );
  return {
    method,
    path,
    pathParameters,
    pattern,
    operationName: name,
    operation,
    document: print(operation),
    rootField: roots[0].name.value,
    ...(rootType ? { rootType } : {}),
    storefront: comments.some((line) => STOREFRONT.test(line)),
    summary: comments
      .filter((line) => !line.replace(/^#\s*/, '').startsWith('@'))
      .map((line) => line.replace(/^#\s*/, ''))
      .join(' ')
      .trim(),
  };
}

/**
 * A root selecting only `__typename` and one `... on T` fragment answers records of T alone. Its
 * `__typename` must be selected: it is how the plugin tells a T from another type's empty object.
 */
function narrowedType(name: string, root: FieldNode): string | undefined {
  const selections = root.selectionSet?.selections ?? [];
  const fragments = selections.filter((selection) => selection.kind === Kind.INLINE_FRAGMENT);
  if (fragments.length === 0) return undefined;
  const others = selections.filter((selection) => selection.kind !== Kind.INLINE_FRAGMENT);
  const typename = others.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename');
  if (fragments.length !== 1 || !fragments[0]?.typeCondition || others.length !== 1 || !typename) {
    throw new RouteTableError(`${name}: a root narrowed by a fragment selects "__typename" and one "... on <Type>"`);
  }
  return fragments[0].typeCondition.name.value;
}

/**
 * The routes whose operation is valid against this schema, and why the others are not: a gateway
 * serving another supergraph (third-party subgraphs) still serves the routes it can.
 */
export function routesValidAgainst(
  schema: GraphQLSchema,
  routes: readonly RestRoute[],
): { valid: RestRoute[]; invalid: { route: RestRoute; errors: string[] }[] } {
  const valid: RestRoute[] = [];
  const invalid: { route: RestRoute; errors: string[] }[] = [];
  for (const route of routes) {
    const errors = validate(schema, parse(route.document));
    if (errors.length === 0) valid.push(route);
    else invalid.push({ route, errors: errors.map((error) => error.message) });
  }
  return { valid, invalid };
}

/** The route answering a request, with its path parameters decoded. */
export function matchRoute(
  routes: readonly RestRoute[],
  method: string,
  pathname: string,
): { route: RestRoute; pathValues: Record<string, string> } | { allowed: RestMethod[] } | null {
  const allowed: RestMethod[] = [];
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    const pathValues: Record<string, string> = {};
    route.pathParameters.forEach((name, index) => {
      pathValues[name] = decodeURIComponent(match[index + 1]!);
    });
    return { route, pathValues };
  }
  return allowed.length > 0 ? { allowed } : null;
}

export function readRouteTable(path: URL | string = OPERATIONS_PATH): RestRoute[] {
  return parseRoutes(readFileSync(path, 'utf8'));
}
