/**
 * The pure rules of the new-product form: the handle from the title, the variant matrix of the
 * options (Size × Colour), the SKU suggested for each combination and the price list a new product's
 * prices go on by default. No React, no I/O: `apps/admin/test/matrix.test.ts` covers them.
 */

export interface OptionDraft {
  name: string;
  values: readonly string[];
}

export interface OptionValue {
  name: string;
  value: string;
}

export interface MatrixRow {
  /** stable across re-renders of the same combination: "Size=S|Colour=Red" ("default" without options) */
  key: string;
  /** "S / Red"; "Default" for a product without options */
  title: string;
  optionValues: OptionValue[];
}

const HANDLE_MAX = 100;
const SKU_MAX = 64;

/** "Crème Brûlée Mug (350 ml)" → "creme-brulee-mug-350-ml": what the API's handle rule accepts. */
export function handleOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, HANDLE_MAX)
    .replace(/-+$/, '');
}

/** "S, M ,L,,M" → ["S", "M", "L"]: trimmed, blanks and repeats dropped, order kept. */
export function valuesOf(text: string): string[] {
  return [...new Set(text.split(',').map((value) => value.trim()))].filter(Boolean);
}

/** Options that take part in the matrix: named, with at least one value. */
export function usableOptions(options: readonly OptionDraft[]): OptionDraft[] {
  return options
    .map((option) => ({
      name: option.name.trim(),
      values: [...new Set(option.values.map((v) => v.trim()))].filter(Boolean),
    }))
    .filter((option) => option.name && option.values.length > 0);
}

/**
 * Every combination of the options' values, first option slowest (S/Red, S/Blue, M/Red, …); one
 * "Default" row when there are none.
 */
export function variantMatrix(options: readonly OptionDraft[]): MatrixRow[] {
  const usable = usableOptions(options);
  if (usable.length === 0) return [{ key: 'default', title: 'Default', optionValues: [] }];
  let combinations: OptionValue[][] = [[]];
  for (const option of usable) {
    combinations = combinations.flatMap((combination) =>
      option.values.map((value) => [...combination, { name: option.name, value }]),
    );
  }
  return combinations.map((optionValues) => ({
    key: optionValues.map((entry) => `${entry.name}=${entry.value}`).join('|'),
    title: optionValues.map((entry) => entry.value).join(' / '),
    optionValues,
  }));
}

/** "basic-tee" + S/Red → "BASIC-TEE-S-RED": letters, digits and dashes only, at most 64 characters. */
export function suggestSku(handle: string, optionValues: readonly OptionValue[]): string {
  const part = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const sku = [handle, ...optionValues.map((entry) => entry.value)]
    .map(part)
    .filter(Boolean)
    .join('-')
    .slice(0, SKU_MAX)
    .replace(/-+$/, '');
  return sku;
}

export interface PriceListChoice {
  id: string;
  name: string;
  currency: string;
  customerGroup?: string | null;
  priority?: number;
  active?: boolean;
}

/**
 * The list a new product's prices go on unless the merchant picks another: the public (no customer
 * group) active list with the highest priority — the shop's retail prices, never a group's
 * (wholesale) list, whatever its priority. Any list when there is no public one; null without lists.
 */
export function defaultPriceList<List extends PriceListChoice>(lists: readonly List[]): List | null {
  const rank = (list: List) => [list.customerGroup ? 1 : 0, list.active === false ? 1 : 0, -(list.priority ?? 0)];
  const sorted = [...lists].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let index = 0; index < x.length; index += 1) {
      if (x[index] !== y[index]) return x[index]! - y[index]!;
    }
    return a.name.localeCompare(b.name);
  });
  return sorted[0] ?? null;
}
