import {
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** The largest page a connection serves (the kit's `pageOf` refuses more) and what it serves unasked. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
const PAGE_ARGUMENTS = new Set(['first', 'last']);
/** the fields of a connection that come once per item of the page */
const ITEM_FIELDS = new Set(['edges', 'nodes']);
/**
 * Root fields that fetch one object per id in a list argument (`nodes(ids:)`): each id costs like an
 * item of a page, and more ids than a page holds are refused like a page that is too large.
 */
const ID_LIST_ARGUMENTS: Readonly<Record<string, string>> = { 'Query.nodes': 'ids' };

/**
 * Extra points for fields whose work is not proportional to what they return: a search ranks the
 * whole catalog however small the page. Keyed `Type.field`; everything else weighs nothing extra.
 * Aliasing such a field N times costs N times its weight.
 */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  'Query.productSearch': 500,
  'ProductSearchConnection.facets': 200,
  'Query.auditEvents': 50,
  'Query.fulfillmentEvents': 50,
};

export interface PageSizeViolation {
  /** response path of the field, e.g. `products` or `a.variants` */
  path: string;
  argument: string;
  value: unknown;
  /** what is wrong, when it is not a page size out of bounds */
  message?: string;
}

export interface CostReport {
  /** points: one per field, children times the (bounded) page size, plus field weights */
  cost: number;
  /** page-size arguments outside 0..MAX_PAGE_SIZE: the request is refused before anything runs */
  violations: PageSizeViolation[];
}

/**
 * A request's cost in points: one per field, plus the field's weight; a connection's `edges` (or
 * `nodes`) are multiplied by its page size — the `first`/`last` asked for, or DEFAULT_PAGE_SIZE when
 * none is — while its totalCount, pageInfo and facets count once. Without a schema (or a type the
 * schema does not know) every child of a paged field is multiplied.
 * Page sizes above MAX_PAGE_SIZE are reported, never multiplied (the request is refused), so no
 * variable can make a request cost more than its bounded shape. Cheap to compute and stable, so a
 * rate limit in points means the same thing for a partner's tiny query and a storefront's page.
 */
export function analyseCost(
  schema: GraphQLSchema | undefined,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
  weights: Readonly<Record<string, number>> = FIELD_WEIGHTS,
): CostReport {
  const violations: PageSizeViolation[] = [];
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return { cost: 1, violations };
  // a variable left out takes its declared default, which the subgraph would receive
  const values: Record<string, unknown> = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (values[name] === undefined && definition.defaultValue)
      values[name] = argumentValue(definition.defaultValue, {});
  }
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const typeNamed = (name: string | undefined): GraphQLCompositeType | undefined => {
    const type = name ? schema?.getType(name) : undefined;
    return type && isCompositeType(type) ? type : undefined;
  };
  const seen = new Set<string>();

  /**
   * `page`: the page size the enclosing connection asked for; it multiplies only the connection's
   * `edges`/`nodes`, not its totalCount, pageInfo or facets, which are answered once.
   */
  const costOf = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType | undefined,
    path: string,
    page = 1,
  ): number =>
    selectionSet.selections.reduce((total, selection) => {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) return total;
        const responseKey = selection.alias?.value ?? name;
        const fieldPath = path ? `${path}.${responseKey}` : responseKey;
        const definition = fieldOf(parent, name);
        const weight = parent ? (weights[`${parent.name}.${name}`] ?? 0) : 0;
        let multiplier = 1;
        let asked = false;
        for (const argument of selection.arguments ?? []) {
          if (!PAGE_ARGUMENTS.has(argument.name.value)) continue;
          const value = argumentValue(argument.value, values);
          if (value === null || value === undefined) continue;
          asked = true;
          if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
            violations.push({ path: fieldPath, argument: argument.name.value, value });
            multiplier = Math.max(multiplier, MAX_PAGE_SIZE);
          } else {
            multiplier = Math.max(multiplier, value, 1);
          }
        }
        if (!asked && definition?.args.some((arg) => PAGE_ARGUMENTS.has(arg.name))) multiplier = DEFAULT_PAGE_SIZE;
        const idList = parent ? ID_LIST_ARGUMENTS[`${parent.name}.${name}`] : undefined;
        const ids = idList ? selection.arguments?.find((argument) => argument.name.value === idList) : undefined;
        if (ids) {
          const count = listLength(ids.value, values);
          if (count > MAX_PAGE_SIZE) {
            violations.push({
              path: fieldPath,
              argument: idList as string,
              value: count,
              message: `${idList} on ${fieldPath} may hold at most ${MAX_PAGE_SIZE} ids`,
            });
            multiplier = MAX_PAGE_SIZE;
          } else {
            multiplier = Math.max(count, 1);
          }
        }
        const type = typeNamed(definition && getNamedType(definition.type).name);
        const connection = type !== undefined && fieldOf(type, 'edges') !== undefined;
        // the connection's page multiplies its edges; a paged plain list multiplies everything under it
        const own = ITEM_FIELDS.has(name) ? page : 1;
        const children = selection.selectionSet
          ? costOf(selection.selectionSet, type, fieldPath, connection ? multiplier : 1) * (connection ? 1 : multiplier)
          : 0;
        return total + own * (1 + weight + children);
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parent;
        return total + costOf(selection.selectionSet, type, path, page);
      }
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(selection.name.value)) return total;
      seen.add(selection.name.value);
      const cost = costOf(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value), path, page);
      seen.delete(selection.name.value);
      return total + cost;
    }, 0);

  const root = operation.operation === 'mutation' ? schema?.getMutationType() : schema?.getQueryType();
  return { cost: Math.max(1, costOf(operation.selectionSet, root ?? undefined, '')), violations };
}

/** The cost alone, for callers that have already refused out-of-bounds page sizes. */
export function queryCost(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
  schema?: GraphQLSchema,
): number {
  return analyseCost(schema, document, operationName, variables).cost;
}

function fieldOf(parent: GraphQLCompositeType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  return parent.getFields()[name];
}

/** How many items a list argument holds (a literal list or a list variable). */
function listLength(value: ValueNode, variables: Record<string, unknown>): number {
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.VARIABLE) {
    const list = variables[value.name.value];
    return Array.isArray(list) ? list.length : 1;
  }
  return 1;
}

function argumentValue(value: ValueNode, variables: Record<string, unknown>): unknown {
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.NULL) return null;
  if (value.kind === Kind.FLOAT) return Number(value.value);
  return undefined;
}
