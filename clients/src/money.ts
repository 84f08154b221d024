/** Money as the API sends it: integer minor units + ISO currency + digits. */
export interface MoneyValue {
  amount: number;
  currency: string;
  fractionDigits: number;
}

/** 1999 EUR (2 digits) → "€19.99"; formatting only, never arithmetic on floats. */
export function formatMoney(money: MoneyValue | null | undefined, locale = 'en-US'): string {
  if (!money) return '—';
  const major = money.amount / 10 ** money.fractionDigits;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: money.fractionDigits,
    maximumFractionDigits: money.fractionDigits,
  }).format(major);
}

/** "19.99" with `digits` 2 → 1999; null when the text is not such a decimal. */
export function parseMinorUnits(text: string, digits: number): number | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match || (match[2]?.length ?? 0) > digits) return null;
  return Number(match[1]) * 10 ** digits + Number((match[2] ?? '').padEnd(digits, '0') || 0);
}
