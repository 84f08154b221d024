import { type FragmentType, graphql, readFragment } from '../../../generated/index.ts';
import type { Clock } from '../../../lib/time.ts';

/** A colocated, masked fragment: what one row of the product table reads. */
export const ProductRowFragment = graphql(`
  fragment CatalogProductRow_product on Product {
    id
    handle
    title
    status
    version
    createdAt
    media {
      url
    }
    variants {
      sku
    }
    customFields {
      key
      value
    }
  }
`);

/** One row of the product table, plain data for the (client) table. */
export interface ProductListRow {
  id: string;
  version: number;
  title: string;
  handle: string;
  status: string;
  image: string | null;
  skus: string[];
  createdAt: string;
  /** the day it was added, in the shop's time zone ("3 Dec 2026") */
  addedOn: string;
  /** custom field values by key (canonical strings), exported as `cf.<key>` columns like the import takes */
  customFields: Record<string, string>;
}

export function productListRow(fragment: FragmentType<typeof ProductRowFragment>, clock: Clock): ProductListRow {
  const product = readFragment(ProductRowFragment, fragment);
  return {
    id: product.id,
    version: product.version,
    title: product.title,
    handle: product.handle,
    status: product.status,
    image: product.media[0]?.url ?? null,
    skus: product.variants.map((variant) => variant.sku),
    createdAt: String(product.createdAt),
    addedOn: clock.date(product.createdAt),
    customFields: Object.fromEntries(
      product.customFields.flatMap((field) => (field.value === null ? [] : [[field.key, field.value]])),
    ),
  };
}
