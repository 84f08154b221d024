import { ok, type PayloadError, Rejection, type UniqueErrors } from '@ucos/kit';
import type { CustomFieldValue, CustomFieldValueInput } from '@ucos/kit/custom-fields';
import { type CatalogDatabase, type CatalogTx, orm, type Sql } from '../db.ts';
import { customFieldDefinitions, entityCustomFields } from './custom-fields-store.ts';
import type { CatalogResult } from './errors.ts';
import { type CatalogErrorCode, reject } from './errors.ts';
import type { VariantRow } from './rows.ts';
import { Problems } from './validation.ts';
import { visibleTo } from './visibility.ts';

export type { VariantRow } from './rows.ts';

// a JSON column's shape: a type alias (not an interface), so Prisma takes it as JSON input
export type OptionValue = {
  name: string;
  value: string;
};

export interface VariantInput {
  sku: string;
  title?: string | null;
  optionValues?: OptionValue[] | null;
  weightGrams?: number | null;
  barcode?: string | null;
  position?: number | null;
  /** one of TAX_CLASSES; omitted: 'standard' on create, unchanged on update */
  taxClass?: string | null;
  /** values of the tenant's VARIANT custom fields (canonical strings) */
  customFields?: CustomFieldValueInput[] | null;
}

/** The classes a variant can be taxed by: each tax zone has a rate per class. */
export const TAX_CLASSES = ['standard', 'reduced', 'zero', 'exempt'] as const;

export const VARIANT_COLUMNS = `v.id, v.product_id as "productId", v.sku, v.title, v.option_values as "optionValues",
  v.weight_grams as "weightGrams", v.barcode, v.position, v.tax_class as "taxClass", v.custom_fields as "customFields", v.version, v.created_at as "createdAt",
  v.updated_at as "updatedAt"`;

/** Storefront callers see variants of ACTIVE products only. */
const visibleVariants = (activeOnly: boolean) =>
  activeOnly ? `join products p on p.tenant_id = v.tenant_id and p.id = v.product_id and ${visibleTo(true)}` : '';

// hand SQL: the variant and SKU look-ups and a page's variants are the storefront's and checkout's hot path
export async function variantsByIds(sql: Sql, ids: readonly string[], activeOnly: boolean): Promise<VariantRow[]> {
  const { rows } = await sql.query<VariantRow>(
    `select ${VARIANT_COLUMNS} from variants v ${visibleVariants(activeOnly)} where v.id = any($1::uuid[])`,
    [ids],
  );
  return rows;
}

export async function variantsBySkus(sql: Sql, skus: readonly string[], activeOnly: boolean): Promise<VariantRow[]> {
  const { rows } = await sql.query<VariantRow>(
    `select ${VARIANT_COLUMNS} from variants v ${visibleVariants(activeOnly)} where v.sku = any($1::text[])`,
    [skus],
  );
  return rows;
}

/** Every variant of a batch of products, in display order: one statement for a whole page. */
export async function variantsOfProducts(sql: Sql, productIds: readonly string[]): Promise<VariantRow[]> {
  const { rows } = await sql.query<VariantRow>(
    `select ${VARIANT_COLUMNS} from variants v where v.product_id = any($1::uuid[]) order by v.position, v.sku`,
    [productIds],
  );
  return rows;
}

export function validateVariant(input: Partial<VariantInput>, problems: Problems, field: (string | number)[]): void {
  if (input.taxClass != null) {
    problems.check(
      (TAX_CLASSES as readonly string[]).includes(input.taxClass),
      `not a tax class (one of ${TAX_CLASSES.join(', ')})`,
      [...field, 'taxClass'],
    );
  }
  if (input.barcode) problems.check(/^[0-9A-Za-z-]{1,64}$/.test(input.barcode), 'not a barcode', [...field, 'barcode']);
  for (const [index, option] of (input.optionValues ?? []).entries()) {
    problems.text(option.name, [...field, 'optionValues', index, 'name'], 100);
    problems.text(option.value, [...field, 'optionValues', index, 'value'], 255);
  }
}

/** Inserts variants in one statement and announces each one. */
export async function insertVariants(
  sql: Sql,
  tx: CatalogTx,
  productId: string,
  inputs: VariantInput[],
  /** where a variant's custom field errors go: productCreate's `input.variants.<i>.customFields.<key>` */
  customFieldsPath: (index: number) => string[] = (index) => ['input', 'variants', String(index), 'customFields'],
): Promise<VariantRow[]> {
  if (inputs.length === 0) return [];
  const definitions = await customFieldDefinitions(sql, 'VARIANT');
  const customFields: Record<string, CustomFieldValue>[] = [];
  const refused: PayloadError<CatalogErrorCode>[] = [];
  for (const [index, input] of inputs.entries()) {
    try {
      customFields.push(
        await entityCustomFields(sql, 'VARIANT', input.customFields, null, customFieldsPath(index), definitions),
      );
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      refused.push(...(error.errors as PayloadError<CatalogErrorCode>[]));
    }
  }
  if (refused.length > 0) throw new Rejection(refused);
  // hand SQL: every variant of a product in one statement (jsonb_to_recordset), returning their rows
  const { rows } = await sql.query<VariantRow>(
    `insert into variants as v (tenant_id, product_id, sku, title, option_values, weight_grams, barcode, position, tax_class,
       custom_fields)
     select $1, $2, x.sku, x.title, x.option_values, x.weight_grams, x.barcode, x.position, x.tax_class, x.custom_fields
     from jsonb_to_recordset($3::jsonb) as x(sku text, title text, option_values jsonb, weight_grams int, barcode text,
       position int, tax_class text, custom_fields jsonb)
     returning ${VARIANT_COLUMNS}`,
    [
      tx.tenantId,
      productId,
      JSON.stringify(
        inputs.map((input, index) => ({
          sku: input.sku,
          title: input.title ?? '',
          option_values: input.optionValues ?? [],
          weight_grams: input.weightGrams ?? null,
          barcode: input.barcode ?? null,
          position: input.position ?? index,
          tax_class: input.taxClass ?? 'standard',
          custom_fields: customFields[index],
        })),
      ),
    ],
  );
  for (const variant of rows) {
    await tx.emit('catalog.variant.created', variant.id, {
      variantId: variant.id,
      productId,
      sku: variant.sku,
    });
  }
  return rows;
}

const VARIANT_UNIQUE: UniqueErrors<CatalogErrorCode> = {
  variants_tenant_id_sku_key: {
    code: 'DUPLICATE_SKU',
    message: 'Another variant has this SKU',
    field: ['input', 'sku'],
  },
};

export async function createVariant(
  db: CatalogDatabase,
  input: VariantInput & { productId: string },
): Promise<CatalogResult<VariantRow>> {
  const problems = new Problems();
  validateVariant(input, problems, ['input']);
  if (!problems.ok) return { ok: false, errors: problems.list };
  return db.tx(
    async (sql, tx) => {
      // hand SQL: a row lock (for update), which Prisma cannot take
      const product = await sql.query('select 1 from products where id = $1 for update', [input.productId]);
      if (!product.rowCount) reject('NOT_FOUND', 'No such product', ['input', 'productId']);
      await refuseTakenSku(sql, input.sku);
      const position = input.position ?? (await nextVariantPosition(sql, input.productId));
      const [variant] = await insertVariants(sql, tx, input.productId, [{ ...input, position }], () => [
        'input',
        'customFields',
      ]);
      await touchProduct(sql, input.productId);
      return ok(variant!);
    },
    { unique: VARIANT_UNIQUE },
  );
}

/** Whether another variant has this SKU (the unique constraint backs this up against a race). */
async function refuseTakenSku(sql: Sql, sku: string): Promise<void> {
  const taken = await orm(sql, (db) => db.variant.findFirst({ where: { sku }, select: { id: true } }));
  if (taken) reject('DUPLICATE_SKU', `SKU ${sku} is already used`, ['input', 'sku']);
}

/** After the product's last variant (0 for its first). */
async function nextVariantPosition(sql: Sql, productId: string): Promise<number> {
  const last = await orm(sql, (db) => db.variant.aggregate({ where: { productId }, _max: { position: true } }));
  return last._max.position === null ? 0 : last._max.position + 1;
}

/** A variant change is a product change too: its version and updated_at move (listings re-sort, caches expire). */
async function touchProduct(sql: Sql, productId: string): Promise<void> {
  await orm(sql, (db) =>
    db.product.updateMany({
      where: { id: productId },
      data: { version: { increment: 1 }, updatedAt: new Date() },
    }),
  );
}

async function lockVariant(sql: Sql, id: string, version: number): Promise<VariantRow> {
  // hand SQL: a row lock (for update), which Prisma cannot take
  const { rows } = await sql.query<VariantRow>(`select ${VARIANT_COLUMNS} from variants v where id = $1 for update`, [
    id,
  ]);
  const current = rows[0];
  if (!current) return reject('NOT_FOUND', 'No such variant', ['input', 'id']);
  if (current.version !== version) {
    reject('CONFLICT', `The variant changed (version ${current.version}); reload and retry`, ['input', 'version']);
  }
  return current;
}

export async function updateVariant(
  db: CatalogDatabase,
  input: Partial<VariantInput> & { id: string; version: number },
): Promise<CatalogResult<VariantRow>> {
  const problems = new Problems();
  validateVariant(input, problems, ['input']);
  if (!problems.ok) return { ok: false, errors: problems.list };
  return db.tx(
    async (sql, tx) => {
      const current = await lockVariant(sql, input.id, input.version);
      if (input.sku && input.sku !== current.sku) await refuseTakenSku(sql, input.sku);
      const optionValues = input.optionValues ?? current.optionValues;
      const customFields = await entityCustomFields(sql, 'VARIANT', input.customFields, current.customFields);
      const updated = await orm(sql, (db) =>
        db.variant.updateManyAndReturn({
          where: { id: input.id },
          data: {
            sku: input.sku ?? current.sku,
            title: input.title ?? current.title,
            optionValues,
            weightGrams: input.weightGrams === undefined ? current.weightGrams : input.weightGrams,
            barcode: input.barcode === undefined ? current.barcode : input.barcode,
            position: input.position ?? current.position,
            taxClass: input.taxClass ?? current.taxClass,
            customFields,
            version: { increment: 1 },
            updatedAt: new Date(),
          },
          omit: { tenantId: true, optionValues: true, customFields: true },
        }),
      );
      // the row was locked above, so the update found it; the JSON values are what it stored
      const variant: VariantRow = { ...updated[0]!, optionValues, customFields };
      await touchProduct(sql, variant.productId);
      await tx.emit('catalog.variant.updated', variant.id, {
        variantId: variant.id,
        productId: variant.productId,
        sku: variant.sku,
        version: variant.version,
      });
      return ok(variant);
    },
    { unique: VARIANT_UNIQUE },
  );
}

export async function deleteVariant(
  db: CatalogDatabase,
  input: { id: string; version: number },
): Promise<CatalogResult<string>> {
  return db.tx(async (sql, tx) => {
    const current = await lockVariant(sql, input.id, input.version);
    await orm(sql, (db) => db.variant.deleteMany({ where: { id: input.id } }));
    await touchProduct(sql, current.productId);
    await tx.emit('catalog.variant.deleted', input.id, {
      variantId: input.id,
      productId: current.productId,
      sku: current.sku,
    });
    return ok(input.id);
  });
}
