import { graphql } from '../../../../generated/gql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { ProductForm } from '../product-form.tsx';

export const metadata = { title: 'New product' };

const Categories = graphql(`
  query ProductNew_Categories {
    categories {
      id
      name
      position
      parent {
        id
      }
    }
  }
`);

export default async function NewProductPage() {
  const viewer = await requireViewer('/catalog/new');
  const { categories } = await gql(Categories, {}, '/catalog/new');
  return (
    <>
      <h1>New product</h1>
      <div className="card">
        <ProductForm canWrite={can(viewer.scopes, 'catalog:write')} categories={categories} />
      </div>
    </>
  );
}
