import type { CURSOR_KEYS, Page } from '@ucos/kit';
import { ok, type UniqueErrors } from '@ucos/kit';
import type { CustomFieldValueInput } from '@ucos/kit/custom-fields';
import { type CatalogDatabase, type CatalogTx, orm, type Sql } from '../db.ts';
import { categoryPathsOf } from './categories-store.ts';
import { productCustomFields } from './custom-fields-store.ts';
import { type CatalogErrorCode, type CatalogResult, catalogFail, reject } from './errors.ts';
import { parseMediaPath, resolvePlatformMedia } from './media-store.ts';
import { offsetOf } from './paging.ts';
import { type InitialPrice, insertInitialPrices } from './prices-store.ts';
import type { ProductRow } from './rows.ts';
import { firstDuplicate, Problems, type ProductStatus } from './validation.ts';
import { insertVariants, type VariantInput, type VariantRow, validateVariant } from './variants-store.ts';
import { visibleTo } from './visibility.ts';

export type { ProductRow } from './rows.ts';

// JSON columns: type aliases (not interfaces), so Prisma takes them as JSON input
export type Attribute = {
  name: string;
  value: string;
};
export type ProductOption = {
  name: string;
  values: string[];
};
export type Media = {
  url: string;
  alt: string | null;
  width: number | null;
  height: number | null;
  position: number;
};

export interface MediaInput {
  url: string;
  alt?: string | null;
  width?: number | null;
  height?: number | null;
  position?: number | null;
}

export const PRODUCT_COLUMNS = `p.id, p.handle, p.title, p.description, p.status, p.attributes, p.options, p.media,
  p.custom_fields as "customFields", p.version, p.created_at as "createdAt", p.updated_at as "updatedAt"`;

/**
 * What a Prisma write reads back: the columns besides status and the JSON ones, which the write
 * itself knows (they are what it stored) and the row types as the code narrows them.
 */
const WRITTEN_FIELDS = {
  id: true,
  handle: true,
  title: true,
  description: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

// hand SQL: the product detail and listing batches, the storefront's hot path (measured: README "Data access")
export async function productsByIds(sql: Sql, ids: readonly string[], activeOnly: boolean): Promise<ProductRow[]> {
  const { rows } = await sql.query<ProductRow>(
    `select ${PRODUCT_COLUMNS} from products p where p.id = any($1::uuid[]) and ${visibleTo(activeOnly)}`,
    [ids],
  );
  return rows;
}

export async function productsByHandles(
  sql: Sql,
  handles: readonly string[],
  activeOnly: boolean,
): Promise<ProductRow[]> {
  const { rows } = await sql.query<ProductRow>(
    `select ${PRODUCT_COLUMNS} from products p where p.handle = any($1::text[]) and ${visibleTo(activeOnly)}`,
    [handles],
  );
  return rows;
}

export const PRODUCT_SORTS = ['NEWEST', 'OLDEST', 'TITLE', 'UPDATED'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

const ORDER_BY: Record<ProductSort, string> = {
  NEWEST: 'p.created_at desc, p.id',
  OLDEST: 'p.created_at, p.id',
  TITLE: 'lower(p.title), p.id',
  UPDATED: 'p.updated_at desc, p.id',
};

export interface ProductFilter {
  status?: ProductStatus | null;
  categoryId?: string | null;
  collectionId?: string | null;
}

/**
 * The page is read by the sort's index and cut by LIMIT; the total is counted only when `countTotal`
 * (0 otherwise), and not at all when the page itself shows it (a last page, or the first and only one).
 */
export async function listProducts(
  db: CatalogDatabase,
  page: Page<typeof CURSOR_KEYS.position>,
  filter: ProductFilter,
  sort: ProductSort,
  activeOnly: boolean,
  countTotal = true,
): Promise<{ rows: ProductRow[]; totalCount: number; offset: number }> {
  const offset = offsetOf(page);
  const where = [visibleTo(activeOnly)];
  const values: unknown[] = [];
  if (filter.status) {
    values.push(filter.status);
    where.push(`p.status = $${values.length}`);
  }
  if (filter.categoryId) {
    values.push(filter.categoryId);
    where.push(`exists (select 1 from product_categories pc join categories c on c.tenant_id = pc.tenant_id
      and c.id = pc.category_id join categories root on root.id = $${values.length}
      where pc.product_id = p.id and (c.path = root.path or c.path like root.path || '/%'))`);
  }
  if (filter.collectionId) {
    values.push(filter.collectionId);
    where.push(`exists (select 1 from collection_products cp
      where cp.collection_id = $${values.length} and cp.product_id = p.id)`);
  }
  const n = values.length;
  // hand SQL: the listing (subtree and collection filters, sort index, page and count) is a hot path
  return db.run(async (sql) => {
    const { rows } = await sql.query<ProductRow>(
      `select ${PRODUCT_COLUMNS} from products p
       where ${where.join(' and ')} order by ${ORDER_BY[sort]} limit $${n + 1} offset $${n + 2}`,
      [...values, page.limit + 1, offset],
    );
    let totalCount = 0;
    if (countTotal) {
      const pageShowsTotal = rows.length <= page.limit && (rows.length > 0 || offset === 0);
      if (pageShowsTotal) totalCount = offset + rows.length;
      else {
        const counted = await sql.query<{ total: number }>(
          `select count(*) as total from products p where ${where.join(' and ')}`,
          values,
        );
        totalCount = counted.rows[0]?.total ?? 0;
      }
    }
    return { rows, totalCount, offset };
  });
}

export interface ProductInput {
  handle: string;
  title: string;
  description?: string | null;
  status?: ProductStatus | null;
  attributes?: Attribute[] | null;
  options?: ProductOption[] | null;
  media?: MediaInput[] | null;
  categoryIds?: string[] | null;
  variants?: (VariantInput & { price?: InitialPrice | null })[] | null;
  /** the list every variant's `price` goes on (tier 1); required when a variant has one */
  priceListId?: string | null;
  /** values of the tenant's custom fields (canonical strings, see @ucos/kit/custom-fields) */
  customFields?: CustomFieldValueInput[] | null;
}

export const PRODUCT_UNIQUE: UniqueErrors<CatalogErrorCode> = {
  products_tenant_id_handle_key: {
    code: 'DUPLICATE_HANDLE',
    message: 'Another product has this handle',
    field: ['input', 'handle'],
  },
  variants_tenant_id_sku_key: {
    code: 'DUPLICATE_SKU',
    message: 'Another variant has this SKU',
    field: ['input', 'variants'],
  },
};

function validateProduct(input: Partial<ProductInput>, problems: Problems): void {
  if (input.description) problems.text(input.description, ['input', 'description'], 20_000, false);
  for (const [index, attribute] of (input.attributes ?? []).entries()) {
    problems.text(attribute.name, ['input', 'attributes', index, 'name'], 100);
    problems.text(attribute.value, ['input', 'attributes', index, 'value'], 500);
  }
  for (const [index, option] of (input.options ?? []).entries()) {
    problems.text(option.name, ['input', 'options', index, 'name'], 100);
    problems.check(option.values.length > 0, 'an option needs values', ['input', 'options', index, 'values']);
  }
  for (const [index, media] of (input.media ?? []).entries()) {
    problems.check(
      /^https?:\/\/\S+$/.test(media.url) || parseMediaPath(media.url) !== null,
      'must be an http(s) URL or the path of an uploaded image (/media/<tenant>/<id>.<ext>)',
      ['input', 'media', index, 'url'],
    );
    problems.nonNegativeInt(media.width, ['input', 'media', index, 'width']);
    problems.nonNegativeInt(media.height, ['input', 'media', index, 'height']);
  }
}

const normalizeMedia = (media: ProductInput['media']): Media[] =>
  (media ?? []).map((item, index) => ({
    url: item.url,
    alt: item.alt ?? null,
    width: item.width ?? null,
    height: item.height ?? null,
    position: item.position ?? index,
  }));

/** SKUs of the input that another variant already has, as DUPLICATE_SKU errors on their field. */
async function rejectTakenSkus(sql: Sql, skus: string[], fieldOf: (index: number) => string[]): Promise<void> {
  if (skus.length === 0) return;
  const rows = await orm(sql, (db) => db.variant.findMany({ where: { sku: { in: skus } }, select: { sku: true } }));
  const taken = new Set(rows.map((row) => row.sku));
  const index = skus.findIndex((sku) => taken.has(sku));
  if (index >= 0) reject('DUPLICATE_SKU', `SKU ${skus[index]} is already used`, fieldOf(index));
}

export async function createProduct(
  db: CatalogDatabase,
  input: ProductInput,
): Promise<CatalogResult<{ product: ProductRow; variants: VariantRow[] }>> {
  const problems = new Problems();
  validateProduct(input, problems);
  const variants = input.variants ?? [];
  for (const [index, variant] of variants.entries()) validateVariant(variant, problems, ['input', 'variants', index]);
  const duplicate = firstDuplicate(variants.map((variant) => variant.sku));
  if (duplicate) {
    problems.add('DUPLICATE_SKU', `SKU ${duplicate.value} appears twice`, [
      'input',
      'variants',
      duplicate.index,
      'sku',
    ]);
  }
  const priced = variants.flatMap((variant, index) => (variant.price ? [{ index, price: variant.price }] : []));
  if (priced.length > 0 && !input.priceListId) {
    problems.add('INVALID_INPUT', 'Choose the price list the variants’ prices go on', ['input', 'priceListId']);
  }
  if (!problems.ok) return { ok: false, errors: problems.list };
  return db.tx(
    async (sql, tx) => {
      await refuseTakenHandle(sql, input.handle);
      await rejectTakenSkus(
        sql,
        variants.map((variant) => variant.sku),
        (index) => ['input', 'variants', String(index), 'sku'],
      );
      const stored = {
        status: input.status ?? 'DRAFT',
        attributes: input.attributes ?? [],
        options: input.options ?? [],
        media: await resolvePlatformMedia(sql, tx.tenantId!, normalizeMedia(input.media)),
        customFields: await productCustomFields(sql, input.customFields, null),
      };
      const inserted = await orm(sql, (db) =>
        db.product.create({
          data: {
            tenantId: tx.tenantId!,
            handle: input.handle,
            title: input.title,
            description: input.description ?? '',
            ...stored,
          },
          select: WRITTEN_FIELDS,
        }),
      );
      const product: ProductRow = { ...inserted, ...stored };
      await setProductCategories(sql, tx, product.id, input.categoryIds ?? [], ['input', 'categoryIds']);
      const created = await insertVariants(sql, tx, product.id, variants);
      if (input.priceListId && priced.length > 0) {
        // SKUs are unique within the input (checked above), so each price finds its variant by SKU
        const idOfSku = new Map(created.map((variant) => [variant.sku, variant.id]));
        const prices = priced.map(({ index, price }) => ({
          variantId: idOfSku.get(variants[index]!.sku)!,
          price,
          field: ['input', 'variants', String(index), 'price'],
        }));
        await insertInitialPrices(sql, tx, input.priceListId, prices);
      }
      await tx.emit('catalog.product.created', product.id, {
        productId: product.id,
        handle: product.handle,
        status: product.status,
        variantIds: created.map((variant) => variant.id),
      });
      return ok({ product, variants: created });
    },
    { unique: PRODUCT_UNIQUE },
  );
}

/** Replaces a product's categories; unknown (or other tenants') category ids are NOT_FOUND. */
async function setProductCategories(
  sql: Sql,
  tx: CatalogTx,
  productId: string,
  categoryIds: string[],
  field: string[],
): Promise<void> {
  await orm(sql, (db) => db.productCategory.deleteMany({ where: { productId } }));
  if (categoryIds.length === 0) return;
  const known = await categoryPathsOf(sql, categoryIds);
  const missing = categoryIds.findIndex((id) => !known.has(id));
  if (missing >= 0) reject('NOT_FOUND', 'No such category', [...field, String(missing)]);
  await orm(sql, (db) =>
    db.productCategory.createMany({
      data: categoryIds.map((categoryId) => ({ tenantId: tx.tenantId!, productId, categoryId })),
      skipDuplicates: true,
    }),
  );
}

export interface ProductUpdateInput extends Partial<Omit<ProductInput, 'variants' | 'status'>> {
  id: string;
  version: number;
}

export async function updateProduct(
  db: CatalogDatabase,
  input: ProductUpdateInput,
): Promise<CatalogResult<ProductRow>> {
  const problems = new Problems();
  validateProduct(input, problems);
  if (!problems.ok) return { ok: false, errors: problems.list };
  return db.tx(
    async (sql, tx) => {
      const current = await lockProduct(sql, input.id, input.version);
      if (input.handle && input.handle !== current.handle) await refuseTakenHandle(sql, input.handle);
      const stored = {
        attributes: input.attributes ?? current.attributes,
        options: input.options ?? current.options,
        media: input.media ? await resolvePlatformMedia(sql, tx.tenantId!, normalizeMedia(input.media)) : current.media,
        customFields: await productCustomFields(sql, input.customFields, current.customFields),
      };
      const updated = await orm(sql, (db) =>
        db.product.updateManyAndReturn({
          where: { id: input.id },
          data: {
            handle: input.handle ?? current.handle,
            title: input.title ?? current.title,
            description: input.description ?? current.description,
            ...stored,
            version: { increment: 1 },
            updatedAt: new Date(),
          },
          select: WRITTEN_FIELDS,
        }),
      );
      if (input.categoryIds) {
        await setProductCategories(sql, tx, input.id, input.categoryIds, ['input', 'categoryIds']);
      }
      // the row was locked above, so the update found it
      const product: ProductRow = { ...updated[0]!, status: current.status, ...stored };
      await tx.emit('catalog.product.updated', product.id, {
        productId: product.id,
        handle: product.handle,
        status: product.status,
        version: product.version,
      });
      return ok(product);
    },
    { unique: PRODUCT_UNIQUE },
  );
}

/** Whether another product has this handle (the unique constraint backs this up against a race). */
async function refuseTakenHandle(sql: Sql, handle: string): Promise<void> {
  const taken = await orm(sql, (db) => db.product.findFirst({ where: { handle }, select: { id: true } }));
  if (taken) reject('DUPLICATE_HANDLE', 'Another product has this handle', ['input', 'handle']);
}

/** Locks the product row and checks the caller's version: a stale one is CONFLICT, not a lost update. */
async function lockProduct(sql: Sql, id: string, version: number): Promise<ProductRow> {
  // hand SQL: a row lock (for update), which Prisma cannot take
  const { rows } = await sql.query<ProductRow>(`select ${PRODUCT_COLUMNS} from products p where id = $1 for update`, [
    id,
  ]);
  const current = rows[0];
  if (!current) return reject('NOT_FOUND', 'No such product', ['input', 'id']);
  if (current.version !== version) {
    reject('CONFLICT', `The product changed (version ${current.version}); reload and retry`, ['input', 'version']);
  }
  return current;
}

export async function setProductStatus(
  db: CatalogDatabase,
  input: { id: string; status: ProductStatus; version: number },
): Promise<CatalogResult<ProductRow>> {
  return db.tx(async (sql, tx) => {
    const current = await lockProduct(sql, input.id, input.version);
    const updated = await orm(sql, (db) =>
      db.product.updateManyAndReturn({
        where: { id: input.id },
        data: { status: input.status, version: { increment: 1 }, updatedAt: new Date() },
        select: WRITTEN_FIELDS,
      }),
    );
    const product: ProductRow = { ...current, ...updated[0]!, status: input.status };
    const type = product.status === 'ARCHIVED' ? 'catalog.product.archived' : 'catalog.product.updated';
    await tx.emit(type, product.id, {
      productId: product.id,
      handle: product.handle,
      status: product.status,
      version: product.version,
    });
    return ok(product);
  });
}

export async function deleteProduct(
  db: CatalogDatabase,
  input: { id: string; version: number },
): Promise<CatalogResult<string>> {
  return db.tx(async (sql, tx) => {
    await lockProduct(sql, input.id, input.version);
    const variants = await orm(sql, (db) =>
      db.variant.findMany({ where: { productId: input.id }, select: { id: true } }),
    );
    await orm(sql, (db) => db.product.deleteMany({ where: { id: input.id } }));
    await tx.emit('catalog.product.deleted', input.id, {
      productId: input.id,
      variantIds: variants.map((row) => row.id),
    });
    return ok(input.id);
  });
}

export const productNotFound = () => catalogFail('NOT_FOUND', 'No such product', ['input', 'id']);
