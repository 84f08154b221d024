import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { graphql } from '../../../generated/gql.ts';
import { currency } from '../../../lib/config.ts';
import { gql } from '../../../lib/gateway.ts';
import { Gallery } from './gallery.tsx';
import { VariantPicker } from './variant-picker.tsx';

const Product = graphql(`
  query ProductPage_Product($handle: String!) {
    productByHandle(handle: $handle) {
      id
      title
      description
      attributes {
        name
        value
      }
      customFields {
        key
        label
        type
        value
      }
      media {
        url
        alt
        width
        height
      }
      categories {
        id
        name
      }
      variants {
        id
        sku
        title
      }
    }
  }
`);

/** A custom field's value as a shopper reads it: yes/no for a boolean, the canonical string otherwise. */
const displayed = (type: string, value: string) => (type === 'BOOLEAN' ? (value === 'true' ? 'Yes' : 'No') : value);

type Props = { params: Promise<{ handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { productByHandle } = await gql(
    Product,
    { handle: decodeURIComponent((await params).handle) },
    { as: 'either' },
  );
  return { title: productByHandle?.title ?? 'Product' };
}

export default async function ProductPage({ params }: Props) {
  const { productByHandle: product } = await gql(
    Product,
    { handle: decodeURIComponent((await params).handle) },
    { as: 'either' },
  );
  if (!product) notFound();
  // the API gives a storefront only the fields its tenant made public; those without a value are left out
  const shown = product.customFields.filter((field) => field.value !== null && field.value !== '');
  return (
    <article className="detail">
      <Gallery images={product.media} title={product.title} />
      <div>
        <h1>{product.title}</h1>
        <p className="muted">{product.categories.map((category) => category.name).join(' · ')}</p>
        <VariantPicker variants={product.variants} currency={currency()} />
        <h2>Details</h2>
        <p>{product.description}</p>
        <dl>
          {product.attributes.map((attribute) => (
            <div key={attribute.name} style={{ display: 'flex', gap: 8 }}>
              <dt style={{ fontWeight: 600 }}>{attribute.name}</dt>
              <dd style={{ margin: 0 }}>{attribute.value}</dd>
            </div>
          ))}
        </dl>
        {shown.length ? (
          <dl data-testid="product-custom-fields">
            {shown.map((field) => (
              <div key={field.key} style={{ display: 'flex', gap: 8 }}>
                <dt style={{ fontWeight: 600 }}>{field.label}</dt>
                <dd style={{ margin: 0 }}>{displayed(field.type, field.value!)}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </div>
    </article>
  );
}
