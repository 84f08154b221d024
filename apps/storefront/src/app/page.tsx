import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ProductCard } from '../components/product-card.tsx';
import { graphql } from '../generated/gql.ts';
import { currency } from '../lib/currency.ts';
import { gql } from '../lib/gateway.ts';

const Home = graphql(`
  query HomePage_Content($currency: String!) {
    collections(first: 12) {
      edges {
        node {
          id
          handle
          title
        }
      }
    }
    categories(rootsOnly: true) {
      id
      name
    }
    productSearch(first: 8, sort: NEWEST) {
      edges {
        node {
          id
          ...ProductCard_product
        }
      }
    }
  }
`);

export default async function HomePage() {
  const [data, t] = await Promise.all([
    gql(Home, { currency: await currency() }, { as: 'either' }),
    getTranslations('Home'),
  ]);
  return (
    <>
      <h1>{t('welcome')}</h1>
      <section aria-labelledby="collections">
        <h2 id="collections">{t('collections')}</h2>
        <ul className="chips">
          {data.collections.edges.map(({ node }) => (
            <li key={node.id}>
              <Link href={`/collections/${encodeURIComponent(node.id)}`}>{node.title}</Link>
            </li>
          ))}
          {data.categories.map((category) => (
            <li key={category.id}>
              <Link href={`/search?category=${encodeURIComponent(category.id)}`}>{category.name}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="new">
        <h2 id="new">{t('newArrivals')}</h2>
        <ul className="products">
          {data.productSearch.edges.map(({ node }) => (
            <li key={node.id}>
              <ProductCard product={node} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
