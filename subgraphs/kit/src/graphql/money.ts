/**
 * Money is integer minor units plus an ISO 4217 currency, never a float. The exponent table covers
 * the currencies whose minor unit is not 2; everything else uses 2.
 */
const NON_STANDARD_EXPONENTS: Record<string, number> = {
  BHD: 3,
  BIF: 0,
  CLF: 4,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  IQD: 3,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  PYG: 0,
  RWF: 0,
  TND: 3,
  UGX: 0,
  UYI: 0,
  UYW: 4,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
};

export const CURRENCY_CODE = /^[A-Z]{3}$/;

export interface Money {
  amount: number;
  currency: string;
}

export function fractionDigits(currency: string): number {
  return NON_STANDARD_EXPONENTS[currency] ?? 2;
}

export type MoneyProblem = 'INVALID_CURRENCY' | 'INVALID_AMOUNT';

/** Validates a money input; the amount must be a safe integer of minor units. */
export function checkMoney(money: Money): MoneyProblem | null {
  if (!CURRENCY_CODE.test(money.currency)) return 'INVALID_CURRENCY';
  if (!Number.isSafeInteger(money.amount)) return 'INVALID_AMOUNT';
  return null;
}

/** Parses a decimal string ("12.34") into minor units, refusing more precision than the currency has. */
export function parseDecimalAmount(decimal: string, currency: string): number | null {
  const digits = fractionDigits(currency);
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match) return null;
  const [, sign, whole = '0', fraction = ''] = match;
  if (fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return null;
  return sign ? -minor : minor;
}

export function formatMinorUnits(money: Money): string {
  const digits = fractionDigits(money.currency);
  const negative = money.amount < 0;
  const absolute = Math.abs(money.amount)
    .toString()
    .padStart(digits + 1, '0');
  const whole = digits ? absolute.slice(0, -digits) : absolute;
  const fraction = digits ? `.${absolute.slice(-digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}
