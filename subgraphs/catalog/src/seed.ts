import { BULK_STATEMENT_TIMEOUT, deterministicUuid, withTenantClient } from '@ucos/kit';
import type pg from 'pg';
import { seedHandle, seedProductId, seedSku, seedVariantId } from './data/ids.ts';

export { seedHandle, seedProductId, seedSku, seedVariantId };

export interface SeedOptions {
  products: number;
  variantsPerProduct: number;
  /**
   * Public retail lists in other currencies ("Retail USD"), each price the EUR retail price times
   * `percent` / 100, rounded to end in .99 (the demo shop sells in several currencies).
   */
  retailCurrencies?: { currency: string; percent: number }[];
}

export const DEMO_SEED: SeedOptions = { products: 1_000, variantsPerProduct: 5 };

const ROOTS = ['Apparel', 'Footwear', 'Accessories', 'Home'];
const CHILDREN: Record<string, string[]> = {
  Apparel: ['T-Shirts', 'Hoodies', 'Jackets', 'Trousers'],
  Footwear: ['Sneakers', 'Boots', 'Sandals', 'Slippers'],
  Accessories: ['Bags', 'Hats', 'Belts', 'Scarves'],
  Home: ['Mugs', 'Posters', 'Blankets', 'Candles'],
};
const ADJECTIVES = ['Classic', 'Organic', 'Vintage', 'Everyday', 'Premium', 'Recycled', 'Urban', 'Alpine'];
const COLORS = ['black', 'white', 'navy', 'green', 'red', 'grey'];
const MATERIALS = ['cotton', 'wool', 'linen', 'leather', 'recycled polyester'];
const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];

export const RETAIL_LIST = 'Retail EUR';
export const WHOLESALE_LIST = 'Wholesale EUR';
export const WHOLESALE_GROUP = 'wholesale';

/**
 * Seeds a deterministic catalog for one tenant: 20 categories (4 roots x 4 children), `products`
 * products with `variantsPerProduct` variants each, and two EUR price lists: "Retail EUR" (public)
 * and "Wholesale EUR" (customer group "wholesale", priority 10, 80 % of retail from 1 unit and
 * 70 % from 10). Product p is in child category p mod 16; every 50th product is a DRAFT, the rest
 * ACTIVE. Ids come from `seedProductId`/`seedVariantId`; SKUs are `seedSku(p, v)`.
 * Set-based (one INSERT … SELECT per table), idempotent (existing rows are left alone), and run as
 * the application role in the tenant's transaction.
 */
export async function seedCatalog(pool: pg.Pool, tenantId: string, options: SeedOptions = DEMO_SEED): Promise<void> {
  const categories = ROOTS.flatMap((root, r) => [
    { id: deterministicUuid('category', tenantId, root), parent: null, name: root, position: r },
    ...(CHILDREN[root] ?? []).map((child, c) => ({
      id: deterministicUuid('category', tenantId, root, child),
      parent: root,
      name: child,
      position: c,
    })),
  ]);
  const leaves = categories.filter((category) => category.parent !== null);
  const productIds: string[] = [];
  const variantIds: string[] = [];
  for (let p = 0; p < options.products; p++) {
    productIds.push(seedProductId(tenantId, p));
    for (let v = 0; v < options.variantsPerProduct; v++) variantIds.push(seedVariantId(tenantId, p, v));
  }
  const retailId = deterministicUuid('price-list', tenantId, RETAIL_LIST);
  const wholesaleId = deterministicUuid('price-list', tenantId, WHOLESALE_LIST);
  const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

  await withTenantClient(pool, tenantId, async (sql) => {
    await sql.query(BULK_STATEMENT_TIMEOUT);
    await sql.query(
      `insert into catalog.categories (tenant_id, id, parent_id, name, slug, path, position)
       select $1, x.id, x.parent_id, x.name, x.slug, x.path, x.position
       from jsonb_to_recordset($2::jsonb) as x(id uuid, parent_id uuid, name text, slug text, path text, position int)
       order by x.path
       on conflict do nothing`,
      [
        tenantId,
        JSON.stringify(
          categories.map((category) => ({
            id: category.id,
            parent_id: category.parent ? deterministicUuid('category', tenantId, category.parent) : null,
            name: category.name,
            slug: slug(category.name),
            path: category.parent ? `${slug(category.parent)}/${slug(category.name)}` : slug(category.name),
            position: category.position,
          })),
        ),
      ],
    );
    // Titles, attributes and options are computed in SQL from the index, so the statement ships only ids.
    await sql.query(
      `insert into catalog.products (tenant_id, id, handle, title, description, status, attributes, options, media, created_at)
       select $1, ids.id, 'product-' || lpad((ids.p)::text, 6, '0'),
         ($3::text[])[1 + ids.p % array_length($3, 1)] || ' ' ||
           split_part(($4::text[])[1 + ids.p % 16], ':', 2) || ' ' || lpad(ids.p::text, 4, '0'),
         'A ' || ($5::text[])[1 + ids.p % array_length($5, 1)] || ' ' ||
           lower(split_part(($4::text[])[1 + ids.p % 16], ':', 2)) || ' in ' ||
           ($6::text[])[1 + ids.p % array_length($6, 1)] || ', made to last.',
         case when ids.p % 50 = 49 then 'DRAFT' else 'ACTIVE' end,
         jsonb_build_array(
           jsonb_build_object('name', 'color', 'value', ($6::text[])[1 + ids.p % array_length($6, 1)]),
           jsonb_build_object('name', 'material', 'value', ($5::text[])[1 + ids.p % array_length($5, 1)])),
         jsonb_build_array(jsonb_build_object('name', 'Size', 'values',
           to_jsonb(($7::text[])[1:least($8, array_length($7, 1))]))),
         jsonb_build_array(jsonb_build_object('url', 'https://img.example.com/p/' || ids.p || '.jpg',
           'alt', null, 'width', 800, 'height', 800, 'position', 0)),
         timestamptz '2026-01-01' + make_interval(secs => ids.p)
       from unnest($2::uuid[]) with ordinality as ids_raw(id, n), lateral (select ids_raw.id, ids_raw.n - 1 as p) ids
       on conflict do nothing`,
      [
        tenantId,
        productIds,
        ADJECTIVES,
        leaves.map((leaf) => `${leaf.id}:${leaf.name.replace(/s$/, '')}`),
        MATERIALS,
        COLORS,
        SIZES,
        options.variantsPerProduct,
      ],
    );
    await sql.query(
      `insert into catalog.product_categories (tenant_id, product_id, category_id)
       select $1, ids.id, split_part(($3::text[])[1 + (ids.n - 1) % 16], ':', 1)::uuid
       from unnest($2::uuid[]) with ordinality as ids(id, n)
       on conflict do nothing`,
      [tenantId, productIds, leaves.map((leaf) => `${leaf.id}:${leaf.name}`)],
    );
    await sql.query(
      `insert into catalog.variants (tenant_id, id, product_id, sku, title, option_values, weight_grams, barcode, position)
       select $1, ids.id, ($3::uuid[])[1 + (ids.n - 1) / $4],
         'SKU-' || lpad(((ids.n - 1) / $4)::text, 6, '0') || '-' || ((ids.n - 1) % $4),
         coalesce(($5::text[])[1 + (ids.n - 1) % $4], 'Size ' || ((ids.n - 1) % $4)),
         jsonb_build_array(jsonb_build_object('name', 'Size', 'value',
           coalesce(($5::text[])[1 + (ids.n - 1) % $4], 'Size ' || ((ids.n - 1) % $4)))),
         200 + ((ids.n - 1) % $4) * 50,
         lpad(ids.n::text, 13, '0'),
         (ids.n - 1) % $4
       from unnest($2::uuid[]) with ordinality as ids(id, n)
       on conflict do nothing`,
      [tenantId, variantIds, productIds, options.variantsPerProduct, SIZES],
    );
    await sql.query(
      `insert into catalog.price_lists (tenant_id, id, name, currency, customer_group, priority)
       values ($1, $2, $4, 'EUR', null, 0), ($1, $3, $5, 'EUR', $6, 10)
       on conflict do nothing`,
      [tenantId, retailId, wholesaleId, RETAIL_LIST, WHOLESALE_LIST, WHOLESALE_GROUP],
    );
    // retail: 9.99 .. 99.99 by product, +1.00 per variant; wholesale 80 % from 1, 70 % from 10
    await sql.query(
      `with base as (
         select ids.id as variant_id, 999 + (((ids.n - 1) / $3) * 37 % 90) * 100 + ((ids.n - 1) % $3) * 100 as retail
         from unnest($2::uuid[]) with ordinality as ids(id, n))
       insert into catalog.prices (tenant_id, price_list_id, variant_id, min_quantity, amount)
       select $1::uuid, $4::uuid, variant_id, 1, retail from base
       union all select $1::uuid, $5::uuid, variant_id, 1, retail * 8 / 10 from base
       union all select $1::uuid, $5::uuid, variant_id, 10, retail * 7 / 10 from base
       on conflict do nothing`,
      [tenantId, variantIds, options.variantsPerProduct, retailId, wholesaleId],
    );
    for (const { currency, percent } of options.retailCurrencies ?? []) {
      const listId = deterministicUuid('price-list', tenantId, `Retail ${currency}`);
      await sql.query(
        `insert into catalog.price_lists (tenant_id, id, name, currency, customer_group, priority)
         values ($1, $2, $3, $4, null, 0) on conflict do nothing`,
        [tenantId, listId, `Retail ${currency}`, currency],
      );
      await sql.query(
        `insert into catalog.prices (tenant_id, price_list_id, variant_id, min_quantity, amount)
         select $1::uuid, $4::uuid, ids.id, 1,
           greatest(99, round((999 + (((ids.n - 1) / $3) * 37 % 90) * 100 + ((ids.n - 1) % $3) * 100) * $5 / 10000.0) * 100 - 1)::int
         from unnest($2::uuid[]) with ordinality as ids(id, n)
         on conflict do nothing`,
        [tenantId, variantIds, options.variantsPerProduct, listId, percent],
      );
    }
  });
}

/** The seed's expected retail price (minor units) of product p's variant v, for tests and the bench. */
export const seedRetailPrice = (p: number, v: number) => 999 + ((p * 37) % 90) * 100 + v * 100;

/**
 * Seeds the in-stock read model with the availability inventory's seed wrote (handed over by the
 * launcher, never read from inventory's tables): what thousands of `inventory.stock.changed` events
 * would have left. Later events overwrite these rows as usual.
 */
export async function seedAvailability(
  pool: pg.Pool,
  tenantId: string,
  totals: { variantId: string; available: number }[],
): Promise<void> {
  await withTenantClient(pool, tenantId, async (sql) => {
    await sql.query(BULK_STATEMENT_TIMEOUT);
    return sql.query(
      `insert into catalog.variant_availability (tenant_id, variant_id, available, updated_at)
       select $1::uuid, t.variant_id, t.available, 'epoch'::timestamptz
         from unnest($2::uuid[], $3::int[]) as t(variant_id, available)
       on conflict do nothing`,
      [tenantId, totals.map((total) => total.variantId), totals.map((total) => total.available)],
    );
  });
}

/** An image already stored by the media store (its public path and its dimensions). */
export interface SeedImage {
  url: string;
  width: number;
  height: number;
}

/**
 * Points the seeded products' media at stored images: product p shows `galleries[p % galleries.length]`
 * (a gallery of images, the first one on cards), its title as the alt text. Only products whose media
 * is not already a stored image are changed (their version goes up), so running it again changes
 * nothing. One statement, in the tenant's transaction as the application role; returns how many
 * products it changed.
 */
export async function seedProductImages(pool: pg.Pool, tenantId: string, galleries: SeedImage[][]): Promise<number> {
  if (galleries.length === 0) return 0;
  return withTenantClient(pool, tenantId, async (sql) => {
    await sql.query(BULK_STATEMENT_TIMEOUT);
    // the seed's handles carry the product's index: product-000042 is p = 42
    const { rowCount } = await sql.query(
      `update catalog.products p
       set media = (
             select jsonb_agg(jsonb_build_object('url', image->>'url', 'alt', p.title,
                      'width', (image->>'width')::int, 'height', (image->>'height')::int, 'position', g.n - 1)
                    order by g.n)
             from jsonb_array_elements($1::jsonb -> (substring(p.handle from 9)::int % $2)) with ordinality as g(image, n)),
           version = p.version + 1,
           updated_at = now()
       where p.handle ~ '^product-[0-9]{6}$' and coalesce(p.media->0->>'url', '') not like '/media/%'`,
      [JSON.stringify(galleries), galleries.length],
    );
    return rowCount ?? 0;
  });
}
