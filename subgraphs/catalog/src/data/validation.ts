import { rules } from '@ucos/kit';
import { type CatalogError, catalogError } from './errors.ts';

export const HANDLE = rules.HANDLE_PATTERN;
export const SKU = rules.SKU_PATTERN;
export const PRODUCT_STATUSES = ['DRAFT', 'ACTIVE', 'ARCHIVED'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

const textRules = new Map<string, rules.Rule<string>>();
const textRule = (max: number, required: boolean) => {
  const key = `${max}:${required}`;
  const known = textRules.get(key);
  if (known) return known;
  const rule = rules.text({ max, required });
  textRules.set(key, rule);
  return rule;
};

/** Collects input errors so a form gets all of them at once. */
export class Problems {
  readonly list: CatalogError[] = [];

  add(code: CatalogError['code'], message: string, field: (string | number)[]): void {
    this.list.push(catalogError(code, message, field.map(String)));
  }

  check(condition: boolean, message: string, field: (string | number)[]): void {
    if (!condition) this.add('INVALID_INPUT', message, field);
  }

  /** The kit's text rule on a nested value the schema edge does not see field by field. */
  text(value: string | null | undefined, field: (string | number)[], max: number, required = true): void {
    if (value === null || value === undefined) {
      if (required) this.add('INVALID_INPUT', 'is required', field);
      return;
    }
    this.addAll(rules.problemsOf(textRule(max, required), value, field));
  }

  nonNegativeInt(value: number | null | undefined, field: (string | number)[]): void {
    this.addAll(rules.problemsOf(rules.nonNegativeInt, value, field));
  }

  private addAll(problems: rules.InputProblem[]): void {
    for (const problem of problems) this.add(problem.code as CatalogError['code'], problem.message, problem.field);
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
