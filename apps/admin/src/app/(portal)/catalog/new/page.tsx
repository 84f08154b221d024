import { graphql } from '../../../../generated/gql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { ProductForm } from '../product-form.tsx';

export const metadata = { title: 'New product' };

const Categories = graphql(`
  query ProductNew_Categories {
    customFieldDefinitions {
      key
      label
      type
      required
      defaultValue
      validation {
        values
      }
    }
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
  const { categories, customFieldDefinitions } = await gql(Categories, {}, '/catalog/new');
  const customFields = customFieldDefinitions.map((field) => ({
    ...field,
    choices: field.validation.values ?? [],
    value: field.defaultValue ?? null,
  }));
  return (
    <>
      <h1>New product</h1>
      <div className="card">
        <ProductForm
          canWrite={can(viewer.scopes, 'catalog:write')}
          categories={categories}
          customFields={customFields}
        />
      </div>
    </>
  );
}
