export interface CategoryNode {
  id: string;
  name: string;
  position: number;
  parent?: { id: string } | null;
}

/**
 * The category tree in the order a shopper's navigation shows it: each parent followed by its
 * children, siblings by position then name, each with its depth (0 = top level). The API lists
 * categories by path, which ignores positions.
 */
export function treeOrder<T extends CategoryNode>(categories: readonly T[]): { category: T; depth: number }[] {
  const children = new Map<string | null, T[]>();
  const known = new Set(categories.map((category) => category.id));
  for (const category of categories) {
    // a parent missing from the list would hide its subtree: show it at the top instead
    const parent = category.parent && known.has(category.parent.id) ? category.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), category]);
  }
  const ordered: { category: T; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    const siblings = [...(children.get(parent) ?? [])].sort(
      (a, b) => a.position - b.position || a.name.localeCompare(b.name),
    );
    for (const category of siblings) {
      ordered.push({ category, depth });
      walk(category.id, depth + 1);
    }
  };
  walk(null, 0);
  return ordered;
}

/** A category's name indented by its depth, for a select's options. */
export const indented = (name: string, depth: number) => `${'\u2003'.repeat(depth)}${depth ? '└ ' : ''}${name}`;
