import { isCurrencyCode, MAX_UNIT_AMOUNT, parseDecimalAmount } from '@ucos/kit';
import { type CatalogError, catalogError } from '../errors.ts';
import { HANDLE, PRODUCT_STATUSES, type ProductStatus, SKU } from '../validation.ts';

/**
 * One import row: one variant, grouped into products by `handle`.
 * Columns: handle, title, description, status, sku, option1Name, option1Value … option3Name,
 * option3Value, priceAmount (decimal, "19.99"), priceCurrency, priceList (name), weightGrams,
 * barcode, categoryPath ("Apparel/T-Shirts"), attributes ("material=cotton;fit=slim"), and
 * `cf.<key>` per custom field (its canonical string, checked against the definition when written;
 * an empty cell leaves the value as it is).
 */
export interface ImportRow {
  handle: string;
  title: string | null;
  description: string | null;
  status: ProductStatus | null;
  sku: string;
  options: { name: string; value: string }[];
  price: { amount: number; currency: string; list: string } | null;
  weightGrams: number | null;
  barcode: string | null;
  categoryPath: string[] | null;
  attributes: { name: string; value: string }[] | null;
  customFields: { key: string; value: string }[];
}

/** The prefix of a custom field's column: `cf.material`. */
export const CUSTOM_FIELD_COLUMN = 'cf.';

const text = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const string = String(value).trim();
  return string === '' ? null : string;
};

/** Validates a record into a row, or every problem of the row at once (field = the column). */
export function parseRow(fields: Record<string, unknown>): { row: ImportRow } | { errors: CatalogError[] } {
  const errors: CatalogError[] = [];
  const problem = (code: CatalogError['code'], column: string, message: string) =>
    errors.push(catalogError(code, message, [column]));

  const handle = text(fields.handle);
  if (!handle || !HANDLE.test(handle))
    problem('INVALID_ROW', 'handle', 'a handle is lower-case letters, digits, dashes');
  const sku = text(fields.sku);
  if (!sku || !SKU.test(sku)) problem('INVALID_ROW', 'sku', 'a SKU is 1-64 letters, digits, . _ / or -');
  const status = text(fields.status)?.toUpperCase() ?? null;
  if (status && !(PRODUCT_STATUSES as readonly string[]).includes(status)) {
    problem('INVALID_ROW', 'status', `status is one of ${PRODUCT_STATUSES.join(', ')}`);
  }
  const options: ImportRow['options'] = [];
  for (const n of [1, 2, 3]) {
    const name = text(fields[`option${n}Name`]);
    const value = text(fields[`option${n}Value`]);
    if (name && value) options.push({ name, value });
    else if (name || value) problem('INVALID_ROW', `option${n}Value`, `option${n}Name and option${n}Value go together`);
  }
  let weightGrams: number | null = null;
  const weight = text(fields.weightGrams);
  if (weight !== null) {
    weightGrams = Number(weight);
    // the column is a 4-byte integer: a larger number would fail the whole import in the database
    if (!Number.isInteger(weightGrams) || weightGrams < 0 || weightGrams > 2_147_483_647) {
      problem('INVALID_ROW', 'weightGrams', 'weightGrams is a non-negative integer up to 2147483647');
    }
  }
  let price: ImportRow['price'] = null;
  const amountText = text(fields.priceAmount);
  const currency = text(fields.priceCurrency);
  if (amountText !== null || currency !== null) {
    if (!currency || !isCurrencyCode(currency)) {
      problem('INVALID_CURRENCY', 'priceCurrency', 'priceCurrency is an ISO 4217 code such as EUR');
    } else {
      const amount = amountText === null ? null : parseDecimalAmount(amountText, currency);
      if (amount === null || amount < 0 || amount > MAX_UNIT_AMOUNT) {
        problem('INVALID_AMOUNT', 'priceAmount', `priceAmount is a non-negative decimal with ${currency}'s precision`);
      } else {
        price = { amount, currency, list: text(fields.priceList) ?? `Default ${currency}` };
      }
    }
  }
  const path = text(fields.categoryPath);
  const categoryPath = path
    ? path
        .split('/')
        .map((part) => part.trim())
        .filter(Boolean)
    : null;
  let attributes: ImportRow['attributes'] = null;
  const attributeText = text(fields.attributes);
  if (attributeText) {
    attributes = [];
    for (const pair of attributeText.split(';')) {
      const [name, value] = pair.split('=').map((part) => part.trim());
      if (name && value) attributes.push({ name, value });
      else if (pair.trim()) problem('INVALID_ROW', 'attributes', 'attributes look like name=value;name=value');
    }
  }
  const customFields: ImportRow['customFields'] = [];
  for (const [column, value] of Object.entries(fields)) {
    if (!column.startsWith(CUSTOM_FIELD_COLUMN)) continue;
    const cell = value === null || value === undefined ? '' : String(value).trim();
    if (cell !== '') customFields.push({ key: column.slice(CUSTOM_FIELD_COLUMN.length), value: cell });
  }
  if (errors.length) return { errors };
  return {
    row: {
      handle: handle!,
      title: text(fields.title),
      description: text(fields.description),
      status: status as ProductStatus | null,
      sku: sku!,
      options,
      price,
      weightGrams,
      barcode: text(fields.barcode),
      categoryPath,
      attributes,
      customFields,
    },
  };
}
