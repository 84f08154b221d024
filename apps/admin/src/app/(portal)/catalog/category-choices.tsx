import { CheckboxGroup } from '../../../components/checkbox-group.tsx';
import { type CategoryNode, treeOrder } from './category-tree.ts';

/** The product forms' "Categories" checkboxes (`categoryIds`), the tree indented in its order. */
export function CategoryChoices({
  categories,
  checked,
  error,
}: {
  categories: readonly CategoryNode[];
  checked: readonly string[];
  error: string | undefined;
}) {
  return (
    <CheckboxGroup
      name="categoryIds"
      legend="Categories"
      choices={treeOrder(categories).map(({ category, depth }) => ({
        value: category.id,
        label: category.name,
        depth,
      }))}
      checked={checked}
      error={error}
    />
  );
}
