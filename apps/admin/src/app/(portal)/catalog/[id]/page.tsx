import { formatMoney } from '@ucos/clients';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../components/action-form.tsx';
import { formLayoutOf } from '../../../../components/ui-schema/form-layout.ts';
import { ExtensionPanels } from '../../../../components/ui-schema/panels.tsx';
import { graphql } from '../../../../generated/gql.ts';
import { gql } from '../../../../lib/gateway.ts';
import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { addVariant, setPrice, setTaxClass } from '../actions.ts';
import { defaultPriceList } from '../new/matrix.ts';
import { ProductForm } from '../product-form.tsx';
import { arrangeProductForm } from '../product-form-layout.ts';
import { ProductImages } from '../product-images.tsx';

export const metadata = { title: 'Product' };

const Product = graphql(`
  query ProductEdit_Product($id: ID!) {
    customFieldDefinitions {
      key
      label
      type
      required
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
    product(id: $id) {
      id
      version
      title
      handle
      description
      status
      media {
        url
        alt
        width
        height
      }
      categories {
        id
      }
      customFields {
        key
        value
      }
      collections {
        id
        title
      }
      variants {
        id
        sku
        title
        taxClass
        version
        prices {
          minQuantity
          priceList {
            name
            customerGroup
          }
          amount {
            amount
            currency
            fractionDigits
          }
        }
        inventory {
          available
          onHand
          reserved
        }
      }
    }
  }
`);

/** The rate orders applies is this class's in the buyer's tax zone (Settings → Tax). */
const TAX_CLASS_FIELD = {
  name: 'taxClass',
  label: 'Tax class',
  options: ['standard', 'reduced', 'zero', 'exempt'].map((value) => ({ value, label: value })),
};

export default async function ProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id: raw } = await params;
  const id = decodeURIComponent(raw);
  const here = `/catalog/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(here);
  const { product, priceLists, categories, customFieldDefinitions } = await gql(Product, { id }, here);
  if (!product) notFound();
  const { saved, stockFailed } = await searchParams;
  const retail = defaultPriceList(priceLists);
  const customFields = customFieldDefinitions.map((field) => ({
    ...field,
    choices: field.validation.values ?? [],
    value: product.customFields.find((candidate) => candidate.key === field.key)?.value ?? null,
  }));
  const arrangement = arrangeProductForm(await formLayoutOf('PRODUCT_FORM', viewer, here), customFields);
  const writable = can(viewer.scopes, 'catalog:write');
  return (
    <>
      <h1>{product.title}</h1>
      {saved ? (
        <p className="success" role="status">
          Product created.
        </p>
      ) : null}
      {stockFailed ? (
        <p className="alert" role="alert">
          The initial stock of {stockFailed} was not booked: adjust it under Inventory.
        </p>
      ) : null}
      <div className="card">
        <ProductForm
          canWrite={writable}
          categories={categories}
          product={{ ...product, categoryIds: product.categories.map((category) => category.id) }}
          customFields={customFields}
          arrangement={arrangement}
        />
      </div>
      <section className="card" aria-labelledby="product-images">
        <h2 id="product-images">Images</h2>
        <ProductImages productId={product.id} version={product.version} images={product.media} canWrite={writable} />
      </section>
      <section className="card" aria-labelledby="product-collections">
        <h2 id="product-collections">In collections</h2>
        {product.collections.length ? (
          <ul>
            {product.collections.map((collection) => (
              <li key={collection.id}>
                <Link href={`/catalog/collections/${encodeURIComponent(collection.id)}`}>{collection.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Not in any collection. Add it from a collection’s page.</p>
        )}
      </section>
      <h2>Variants, prices and stock</h2>
      <table>
        <thead>
          <tr>
            <th>SKU</th>
            <th>Title</th>
            <th>Tax class</th>
            <th>Prices</th>
            <th>Available / on hand / reserved</th>
          </tr>
        </thead>
        <tbody>
          {product.variants.map((variant) => (
            <tr key={variant.id}>
              <td>
                <code>{variant.sku}</code>
              </td>
              <td>{variant.title}</td>
              <td>
                {writable ? (
                  <ActionForm
                    label={`Tax class of ${variant.sku}`}
                    action={setTaxClass}
                    submit="Save"
                    idPrefix={`tax-class-${variant.id}`}
                    hidden={{ productId: product.id, id: variant.id, version: String(variant.version) }}
                    fields={[{ ...TAX_CLASS_FIELD, defaultValue: variant.taxClass }]}
                  />
                ) : (
                  variant.taxClass
                )}
              </td>
              <td>
                {variant.prices.map((price) => (
                  <div key={`${price.priceList.name}-${price.minQuantity}`}>
                    {price.priceList.name}
                    {price.minQuantity > 1 ? ` (from ${price.minQuantity})` : ''}: {formatMoney(price.amount)}
                  </div>
                ))}
              </td>
              <td>
                {variant.inventory.available} / {variant.inventory.onHand} / {variant.inventory.reserved}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {writable ? (
        <div className="grid">
          <section className="card">
            <h2>Add a variant</h2>
            <ActionForm
              label="Add a variant"
              action={addVariant}
              submit="Add variant"
              hidden={{ productId: product.id }}
              fields={[
                { name: 'sku', label: 'SKU', required: true },
                { name: 'title', label: 'Title' },
                { ...TAX_CLASS_FIELD, defaultValue: 'standard' },
              ]}
            />
          </section>
          <section className="card">
            <h2>Set a price</h2>
            <ActionForm
              label="Set a price"
              action={setPrice}
              submit="Save price"
              hidden={{ productId: product.id }}
              fields={[
                {
                  name: 'variantId',
                  label: 'Variant',
                  options: product.variants.map((v) => ({ value: v.id, label: v.sku })),
                },
                {
                  name: 'priceList',
                  label: 'Price list',
                  path: 'priceListId',
                  // the retail (public) list first selected, not the highest-priority group list
                  defaultValue: retail ? `${retail.id}|${retail.currency}` : undefined,
                  options: priceLists.map((list) => ({
                    value: `${list.id}|${list.currency}`,
                    label: `${list.name}${list.customerGroup ? ` (${list.customerGroup})` : ''}`,
                  })),
                },
                { name: 'decimalAmount', label: 'Price (e.g. 19.99)', required: true },
                { name: 'minQuantity', label: 'From quantity', type: 'number', defaultValue: 1 },
              ]}
            />
          </section>
        </div>
      ) : null}
      <ExtensionPanels
        point="PRODUCT_PANEL"
        viewer={viewer}
        host={{
          data: {
            product: {
              ...product,
              customFields: Object.fromEntries(product.customFields.map((field) => [field.key, field.value])),
            },
          },
          id: product.id,
          version: product.version,
          returnTo: here,
        }}
      />
    </>
  );
}
