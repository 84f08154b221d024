import { ProductImage } from '@ucos/ui/product-image';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { type FragmentType, graphql, readFragment } from '../generated/index.ts';
import { moneyIn } from '../lib/money.ts';

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

/**
 * A product tile; the image sits in a fixed square, so nothing moves when it loads (or does not).
 * `level` is the heading level of its title: one below the heading of the list it sits in.
 */
export async function ProductCard(props: { product: FragmentType<typeof ProductCardFragment>; level?: 2 | 3 }) {
  const product = readFragment(ProductCardFragment, props.product);
  const [t, locale] = await Promise.all([getTranslations('Product'), getLocale()]);
  const money = moneyIn(locale);
  const image = product.media[0];
  const from = product.variants
    .map((variant) => variant.price)
    .filter((price) => price !== null)
    .sort((a, b) => a.amount - b.amount)[0];
  const Heading = props.level === 2 ? 'h2' : 'h3';
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
      <Heading>{product.title}</Heading>
      <span className="price">{from ? t('from', { price: money(from) }) : t('priceOnRequest')}</span>{' '}
      {product.inStock ? null : <span className="stock-out">· {t('soldOut')}</span>}
    </Link>
  );
}
