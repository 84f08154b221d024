import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields the operation selects below the field being resolved, at `path` (e.g.
 * `['facets']`), through fragments. `@skip`/`@include` are not evaluated: a field they leave out
 * still counts as selected, so a caller computes at most a little more than needed, never less.
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = sets.flatMap((set) =>
      fieldsOf(set, info).flatMap((field) =>
        field.name.value === name && field.selectionSet ? [field.selectionSet] : [],
      ),
    );
  }
  return new Set(sets.flatMap((set) => fieldsOf(set, info).map((field) => field.name.value)));
}

function fieldsOf(set: SelectionSetNode, info: GraphQLResolveInfo): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [selection];
    if (selection.kind === 'InlineFragment') return fieldsOf(selection.selectionSet, info);
    const fragment = info.fragments[selection.name.value];
    return fragment ? fieldsOf(fragment.selectionSet, info) : [];
  });
}
