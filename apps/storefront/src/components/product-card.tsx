import { formatMoney } from '@ucos/clients';
import { ProductImage } from '@ucos/ui/product-image';
import Link from 'next/link';
import { type FragmentType, graphql, readFragment } from '../generated/index.ts';

export const ProductCardFragment = graphql(`
  fragment ProductCard_product on Product {
    handle
    title
    inStock
    media {
      url
      alt
    }
    variants {
      id
      price(currency: $currency) {
        amount
        currency
        fractionDigits
      }
    }
  }
`);

/** A product tile; the image sits in a fixed square, so nothing moves when it loads (or does not). */
export function ProductCard(props: { product: FragmentType<typeof ProductCardFragment> }) {
  const product = readFragment(ProductCardFragment, props.product);
  const image = product.media[0];
  const from = product.variants
    .map((variant) => variant.price)
    .filter((price) => price !== null)
    .sort((a, b) => a.amount - b.amount)[0];
  return (
    <Link className="card" href={`/products/${encodeURIComponent(product.handle)}`}>
      <span className="media">
        {image ? (
          <ProductImage
            url={image.url}
            alt={image.alt ?? ''}
            width={400}
            height={400}
            sizes="(max-width: 700px) 50vw, 280px"
            lazy
          />
        ) : null}
      </span>
      <h3>{product.title}</h3>
      <span className="price">{from ? `from ${formatMoney(from)}` : 'Price on request'}</span>{' '}
      {product.inStock ? null : <span className="stock-out">· sold out</span>}
    </Link>
  );
}
