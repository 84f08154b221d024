import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs, categoryTrail } from '../../../components/breadcrumbs.tsx';
import { graphql } from '../../../generated/gql.ts';
import { pricesIncludeTax } from '../../../lib/config.ts';
import { currency } from '../../../lib/currency.ts';
import { featureEnabled, STOREFRONT_FLAGS } from '../../../lib/feature-flags.ts';
import { gql } from '../../../lib/gateway.ts';
import { routeParam } from '../../../lib/route-param.ts';
import { Gallery } from './gallery.tsx';
import { RecentlyViewed } from './recently-viewed.tsx';
import { SubscriptionOffer } from './subscription-offer.tsx';
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
    categories {
      id
      name
      parent {
        id
      }
    }
  }
`);

/** A custom field's value as a shopper reads it: yes/no for a boolean, the canonical string otherwise. */

type Props = { params: Promise<{ handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { productByHandle } = await gql(Product, { handle: routeParam((await params).handle) }, { as: 'either' });
  return { title: productByHandle?.title ?? (await getTranslations('Product'))('title') };
}

export default async function ProductPage({ params }: Props) {
  const [{ productByHandle: product, categories }, t, recentlyViewed] = await Promise.all([
    gql(Product, { handle: routeParam((await params).handle) }, { as: 'either' }),
    getTranslations('Product'),
    featureEnabled(STOREFRONT_FLAGS.recentlyViewed),
  ]);
  if (!product) notFound();
  // the API gives a storefront only the fields its tenant made public; those without a value are left out
  const shown = product.customFields.filter((field) => field.value !== null && field.value !== '');
  const first = product.categories[0];
  const trail = first ? categoryTrail(categories, first.id) : [];
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('home'), href: '/' },
          ...trail.map((crumb) => ({ label: crumb.name, href: `/search?category=${encodeURIComponent(crumb.id)}` })),
          { label: product.title },
        ]}
      />
      <article className="detail">
        <Gallery images={product.media} title={product.title} />
        <div>
          <h1>{product.title}</h1>
          <p className="muted">{product.categories.map((category) => category.name).join(' · ')}</p>
          <VariantPicker variants={product.variants} currency={await currency()} taxIncluded={pricesIncludeTax()} />
          <SubscriptionOffer variants={product.variants} />
          <h2>{t('details')}</h2>
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
                  <dd style={{ margin: 0 }}>
                    {field.type === 'BOOLEAN' ? t(field.value === 'true' ? 'yes' : 'no') : field.value}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </div>
      </article>
      {recentlyViewed ? (
        <RecentlyViewed current={{ handle: routeParam((await params).handle), title: product.title }} />
      ) : null}
    </>
  );
}
