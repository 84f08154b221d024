import type { Target } from './measure.ts';

export interface BenchContext {
  gatewayUrl: string;
  /** subgraph name → its /graphql URL */
  subgraphUrls: Record<string, string>;
  /** headers a storefront sends through the gateway (its publishable key) */
  storefrontHeaders: Record<string, string>;
  /** headers for a direct subgraph call: a signed internal token for the same tenant */
  internalHeaders: () => Promise<Record<string, string>>;
  sample: { productId: string; handle: string; sku: string; searchTerm: string };
}

export interface Operation {
  name: string;
  /** the full operation through the gateway */
  gateway: (context: BenchContext) => Target;
  /** the same operation, or its owning subgraph's part, straight to the subgraph */
  direct?: (context: BenchContext) => Promise<Target>;
  targets: { singleP99?: number; fixedRateP99?: number };
  fixedRate: number;
}

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

export const LISTING = /* GraphQL */ `
  query Bench_Listing {
    products(first: 50) {
      edges { node { id title handle
        variants { id sku title price(currency: "EUR") { amount currency } inventory { available inStock } }
      } }
    }
  }`;

export const LISTING_CATALOG_ONLY = /* GraphQL */ `
  query Bench_ListingCatalog {
    products(first: 50) {
      edges { node { id title handle variants { id sku title price(currency: "EUR") { amount currency } } } }
    }
  }`;

export const DETAIL = /* GraphQL */ `
  query Bench_Detail($handle: String!) {
    productByHandle(handle: $handle) {
      id title description status
      options { name values }
      media { url alt }
      variants { id sku title optionValues { name value } price(currency: "EUR") { amount currency } inventory { available inStock } }
    }
  }`;

export const DETAIL_CATALOG_ONLY = /* GraphQL */ `
  query Bench_DetailCatalog($handle: String!) {
    productByHandle(handle: $handle) {
      id title description status
      options { name values }
      media { url alt }
      variants { id sku title optionValues { name value } price(currency: "EUR") { amount currency } }
    }
  }`;

export const SEARCH = /* GraphQL */ `
  query Bench_Search($term: String!) {
    productSearch(query: $term, first: 20) {
      totalCount
      edges { node { id title handle } }
      facets { categories { id name count } }
    }
  }`;

export const SKU = /* GraphQL */ `
  query Bench_Sku($sku: String!) {
    variantBySku(sku: $sku) { id sku title price(currency: "EUR") { amount currency } inventory { available } }
  }`;

export const SKU_CATALOG_ONLY = /* GraphQL */ `
  query Bench_SkuCatalog($sku: String!) {
    variantBySku(sku: $sku) { id sku title price(currency: "EUR") { amount currency } }
  }`;

const direct =
  (subgraph: string, query: string, variables: (context: BenchContext) => Record<string, unknown> = () => ({})) =>
  async (context: BenchContext): Promise<Target> => ({
    url: context.subgraphUrls[subgraph] ?? '',
    headers: await context.internalHeaders(),
    body: body(query, variables(context)),
  });

export const OPERATIONS: Operation[] = [
  {
    name: 'product listing (50 products, variants, prices, availability)',
    gateway: (context) => ({ url: context.gatewayUrl, headers: context.storefrontHeaders, body: body(LISTING) }),
    direct: direct('catalog', LISTING_CATALOG_ONLY),
    targets: { singleP99: 60, fixedRateP99: 100 },
    fixedRate: 50,
  },
  {
    name: 'product detail',
    gateway: (context) => ({
      url: context.gatewayUrl,
      headers: context.storefrontHeaders,
      body: body(DETAIL, { handle: context.sample.handle }),
    }),
    direct: direct('catalog', DETAIL_CATALOG_ONLY, (context) => ({ handle: context.sample.handle })),
    targets: { fixedRateP99: 100 },
    fixedRate: 50,
  },
  {
    name: 'search with facets',
    gateway: (context) => ({
      url: context.gatewayUrl,
      headers: context.storefrontHeaders,
      body: body(SEARCH, { term: context.sample.searchTerm }),
    }),
    direct: direct('catalog', SEARCH, (context) => ({ term: context.sample.searchTerm })),
    targets: { fixedRateP99: 150 },
    fixedRate: 50,
  },
  {
    name: 'variant lookup by SKU',
    gateway: (context) => ({
      url: context.gatewayUrl,
      headers: context.storefrontHeaders,
      body: body(SKU, { sku: context.sample.sku }),
    }),
    direct: direct('catalog', SKU_CATALOG_ONLY, (context) => ({ sku: context.sample.sku })),
    targets: { singleP99: 25, fixedRateP99: 100 },
    fixedRate: 50,
  },
];
