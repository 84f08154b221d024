import { graphql } from '../../../../generated/gql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { NewProductForm } from './new-product-form.tsx';

export const metadata = { title: 'New product' };

const Choices = graphql(`
  query ProductNew_Choices {
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
    priceLists {
      id
      name
      currency
      customerGroup
      priority
      active
    }
  }
`);

const Warehouses = graphql(`
  query ProductNew_Warehouses {
    warehouses(first: 100, active: true) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

export default async function NewProductPage() {
  const viewer = await requireViewer('/catalog/new');
  const { categories, priceLists, customFieldDefinitions } = await gql(Choices, {}, '/catalog/new');
  // initial stock only for a role that may adjust it (through inventory's stockAdjust after the create)
  const warehouses = can(viewer.scopes, 'inventory:adjust')
    ? (await gql(Warehouses, {}, '/catalog/new')).warehouses.edges.map(({ node }) => node)
    : null;
  const customFields = customFieldDefinitions.map((field) => ({
    ...field,
    choices: field.validation.values ?? [],
    value: field.defaultValue ?? null,
  }));
  return (
    <>
      <h1>New product</h1>
      <div className="card">
        <NewProductForm
          canWrite={can(viewer.scopes, 'catalog:write')}
          categories={categories}
          priceLists={priceLists}
          warehouses={warehouses}
          customFields={customFields}
        />
      </div>
    </>
  );
}
