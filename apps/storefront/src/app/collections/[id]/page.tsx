import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '../../../components/breadcrumbs.tsx';
import { ProductCard } from '../../../components/product-card.tsx';
import { graphql } from '../../../generated/gql.ts';
import { currency } from '../../../lib/currency.ts';
import { gql } from '../../../lib/gateway.ts';
import { isGlobalIdOf, routeParam } from '../../../lib/route-param.ts';

const PAGE_SIZE = 24;

const Collection = graphql(`
  query CollectionPage_Collection($id: ID!, $first: Int!, $after: String, $currency: String!) {
    collection(id: $id) {
      id
      title
      description
      products(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...ProductCard_product
          }
        }
      }
    }
  }
`);

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string }> };

async function load({ params, searchParams }: Props) {
  const [{ id }, { after }] = await Promise.all([params, searchParams]);
  if (!isGlobalIdOf('Collection', routeParam(id))) return { collection: null };
  return gql(
    Collection,
    { id: routeParam(id), first: PAGE_SIZE, after: after ?? null, currency: await currency() },
    { as: 'either' },
  );
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { collection } = await load(props);
  return { title: collection?.title ?? (await getTranslations('Collection'))('title') };
}

/** A collection's products in the merchant's order (the home page links here). */
export default async function CollectionPage(props: Props) {
  const [{ collection }, t] = await Promise.all([load(props), getTranslations('Collection')]);
  if (!collection) notFound();
  const { products } = collection;
  const { id } = await props.params;
  return (
    <>
      <Breadcrumbs items={[{ label: t('home'), href: '/' }, { label: collection.title }]} />
      <h1>{collection.title}</h1>
      {collection.description ? <p>{collection.description}</p> : null}
      <p className="muted">{t('count', { count: products.totalCount })}</p>
      {products.edges.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <section aria-label={t('products')}>
          <ul className="products">
            {products.edges.map(({ node }) => (
              <li key={node.id}>
                <ProductCard product={node} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {products.pageInfo.hasNextPage && products.pageInfo.endCursor ? (
        <nav aria-label={t('pages')}>
          <Link href={`/collections/${id}?after=${encodeURIComponent(products.pageInfo.endCursor)}`}>
            {t('nextPage')}
          </Link>
        </nav>
      ) : null}
    </>
  );
}
