import { type DocumentNode, Kind, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';

/** Children of a list field without `first`/`last` are assumed to come this many times. */
const ASSUMED_LIST_SIZE = 10;

/**
 * A request's cost in points: one per field, children multiplied by the page size they ask for
 * (`first`/`last`). Cheap to compute and stable, so a rate limit in points means the same thing for
 * a partner's tiny query and a storefront's listing page.
 */
export function queryCost(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): number {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return 1;
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const seen = new Set<string>();
  const costOf = (selectionSet: SelectionSetNode): number =>
    selectionSet.selections.reduce((total, selection) => {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) return total;
        const pageSize = selection.arguments?.find((arg) => arg.name.value === 'first' || arg.name.value === 'last');
        const multiplier = pageSize ? numberOf(pageSize.value, variables) : selection.selectionSet ? 1 : 1;
        return total + 1 + (selection.selectionSet ? multiplier * costOf(selection.selectionSet) : 0);
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return total + costOf(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(selection.name.value)) return total;
      seen.add(selection.name.value);
      const cost = costOf(fragment);
      seen.delete(selection.name.value);
      return total + cost;
    }, 0);
  return Math.max(1, costOf(operation.selectionSet));
}

function numberOf(value: ValueNode, variables: Record<string, unknown>): number {
  if (value.kind === Kind.INT) return Math.max(1, Number(value.value));
  if (value.kind === Kind.VARIABLE) {
    const resolved = variables[value.name.value];
    return typeof resolved === 'number' && resolved > 0 ? resolved : ASSUMED_LIST_SIZE;
  }
  return ASSUMED_LIST_SIZE;
}
