import { rules } from '@ucos/kit';
import { type CatalogError, catalogError } from './errors.ts';

export const HANDLE = rules.HANDLE_PATTERN;
export const SKU = rules.SKU_PATTERN;
export const PRODUCT_STATUSES = ['DRAFT', 'ACTIVE', 'ARCHIVED'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/** Collects input errors so a form gets all of them at once. */
export class Problems {
  readonly list: CatalogError[] = [];

  add(code: CatalogError['code'], message: string, field: (string | number)[]): void {
    this.list.push(catalogError(code, message, field.map(String)));
  }

  check(condition: boolean, message: string, field: (string | number)[]): void {
    if (!condition) this.add('INVALID_INPUT', message, field);
  }

  text(value: string | null | undefined, field: (string | number)[], max: number, required = true): void {
    if (value === null || value === undefined) {
      if (required) this.add('INVALID_INPUT', 'is required', field);
      return;
    }
    if (required && value.trim() === '') this.add('INVALID_INPUT', 'must not be blank', field);
    if (value.length > max) this.add('INVALID_INPUT', `must be at most ${max} characters`, field);
  }

  sku(value: string, field: (string | number)[]): void {
    if (!SKU.test(value)) this.add('INVALID_INPUT', 'a SKU is 1-64 letters, digits, . _ / or -', field);
  }

  nonNegativeInt(value: number | null | undefined, field: (string | number)[]): void {
    if (value !== null && value !== undefined && (!Number.isInteger(value) || value < 0)) {
      this.add('INVALID_INPUT', 'must be a non-negative integer', field);
    }
  }

  get ok(): boolean {
    return this.list.length === 0;
  }
}

/** The first value that occurs twice, with both indexes, for "duplicate in this input" errors. */
export function firstDuplicate(values: string[]): { value: string; index: number } | null {
  const seen = new Set<string>();
  for (const [index, value] of values.entries()) {
    if (seen.has(value)) return { value, index };
    seen.add(value);
  }
  return null;
}
