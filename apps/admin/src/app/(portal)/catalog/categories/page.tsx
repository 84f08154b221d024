import Link from 'next/link';
import { ActionForm } from '../../../../components/action-form.tsx';
import { graphql } from '../../../../generated/gql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { indented, treeOrder } from '../category-tree.ts';
import { createCategory, deleteCategory, updateCategory } from './actions.ts';

export const metadata = { title: 'Categories' };
const HERE = '/catalog/categories';
const TOP_LEVEL = { value: '', label: '— none (top level) —' };

const Categories = graphql(`
  query CategoriesPage_Tree {
    categories {
      id
      name
      slug
      path
      position
      version
      parent {
        id
      }
    }
    productSearch(first: 0) {
      facets {
        categories {
          id
          count
        }
      }
    }
  }
`);

export default async function CategoriesPage() {
  const viewer = await requireViewer(HERE);
  const { categories, productSearch } = await gql(Categories, {}, HERE);
  const writable = can(viewer.scopes, 'catalog:write');
  const tree = treeOrder(categories);
  const products = new Map(productSearch.facets.categories.map((facet) => [facet.id, facet.count]));
  const options = tree.map(({ category, depth }) => ({ value: category.id, label: indented(category.name, depth) }));
  // a category cannot go under itself or its own subtree: those are not offered (the API refuses them anyway)
  const parentChoices = (moving: { id: string; path: string }) =>
    tree
      .filter(({ category }) => category.id !== moving.id && !category.path.startsWith(`${moving.path}/`))
      .map(({ category, depth }) => ({ value: category.id, label: indented(category.name, depth) }));
  return (
    <>
      <h1>Categories</h1>
      <p className="muted">
        The category tree shoppers browse. A product can sit in several categories: set them on the product’s page. To
        move a category (with everything below it), pick another parent in its edit form.
      </p>
      {tree.length === 0 ? (
        <p className="card">No categories yet.{writable ? ' Create the first one below.' : ''}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Category</th>
              <th>Path</th>
              <th>Position</th>
              <th>Products in it</th>
              {writable ? <th>Change</th> : null}
            </tr>
          </thead>
          <tbody>
            {tree.map(({ category, depth }) => (
              <tr key={category.id}>
                <td style={{ paddingLeft: `${0.5 + depth * 1.5}rem` }}>
                  {depth ? <span aria-hidden="true">└ </span> : null}
                  {category.name}
                </td>
                <td>
                  <code>{category.path}</code>
                </td>
                <td>{category.position}</td>
                <td>
                  <Link
                    href={`/catalog?${new URLSearchParams({ category: category.id })}`}
                    aria-label={`Products in ${category.name}: ${products.get(category.id) ?? 0}`}
                  >
                    {products.get(category.id) ?? 0}
                  </Link>
                </td>
                {writable ? (
                  <td>
                    <details>
                      <summary>Edit {category.name}</summary>
                      <ActionForm
                        label={`Edit category ${category.name}`}
                        action={updateCategory}
                        submit="Save category"
                        idPrefix={`category-${category.id}`}
                        hidden={{ id: category.id, version: category.version }}
                        fields={[
                          { name: 'name', label: 'Name', defaultValue: category.name, required: true },
                          { name: 'slug', label: 'Slug (renames the URLs below it too)', defaultValue: category.slug },
                          {
                            name: 'parentId',
                            label: 'Parent (its subcategories move with it)',
                            defaultValue: category.parent?.id ?? '',
                            options: [TOP_LEVEL, ...parentChoices(category)],
                          },
                          {
                            name: 'position',
                            label: 'Position among its siblings',
                            type: 'number',
                            defaultValue: category.position,
                          },
                        ]}
                      />
                    </details>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {writable ? (
        <div className="grid">
          <section className="card" aria-labelledby="new-category">
            <h2 id="new-category">New category</h2>
            <ActionForm
              label="New category"
              action={createCategory}
              submit="Create category"
              idPrefix="new-category"
              fields={[
                { name: 'name', label: 'Name', required: true },
                { name: 'slug', label: 'Slug (from the name when blank)' },
                {
                  name: 'parentId',
                  label: 'Parent',
                  options: [TOP_LEVEL, ...options],
                },
                { name: 'position', label: 'Position among its siblings', type: 'number' },
              ]}
            />
          </section>
          <section className="card" aria-labelledby="delete-category">
            <h2 id="delete-category">Delete a category</h2>
            {/* one form below the tree rather than a button per row, always there: its message outlives the deleted row */}
            <ActionForm
              label="Delete a category"
              action={deleteCategory}
              submit="Delete category"
              idPrefix="delete-category"
              danger={{
                title: 'Delete the category “{selected}”?',
                selectName: 'id',
                consequences: (
                  <p>
                    Its products leave it (they stay in the catalog) and the storefront’s page for it disappears; links
                    to it stop working. A category with subcategories is refused.
                  </p>
                ),
                confirmLabel: 'Yes, delete category',
                keepLabel: 'Keep category',
              }}
              fields={[
                {
                  name: 'id',
                  label: 'Category (one without subcategories; its products simply leave it)',
                  options: options.length ? options : [{ value: '', label: '— no categories —' }],
                },
              ]}
            />
          </section>
        </div>
      ) : (
        <p className="muted" role="note">
          You can view categories but not change them (your role lacks catalog:write).
        </p>
      )}
    </>
  );
}
