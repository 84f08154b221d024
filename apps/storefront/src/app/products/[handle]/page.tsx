import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProductImage } from '../../../components/product-image.tsx';
import { graphql } from '../../../generated/gql.ts';
import { currency } from '../../../lib/config.ts';
import { gql } from '../../../lib/gateway.ts';
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
  const image = product.media[0];
  return (
    <article className="detail">
      <div
        className="media"
        style={image?.width && image.height ? { aspectRatio: `${image.width} / ${image.height}` } : undefined}
      >
        {image ? (
          <ProductImage
            url={image.url}
            alt={image.alt ?? product.title}
            width={image.width ?? 800}
            height={image.height ?? 800}
          />
        ) : null}
      </div>
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
      </div>
    </article>
  );
}
