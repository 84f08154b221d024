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

/**
 * ISO 4217 active codes (list one, 2026), the one list every domain checks currencies against. A
 * code is exactly as ISO writes it: `eur` is not EUR, and `ZZZ` is not a currency.
 */
export const ISO_4217_CODES: ReadonlySet<string> = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
    'CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
    'GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD ' +
    'KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO ' +
    'NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD ' +
    'SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV ' +
    'WST XAF XCD XCG XOF XPF XSU YER ZAR ZMW ZWG'
  ).split(' '),
);

export function isCurrencyCode(code: string): boolean {
  return ISO_4217_CODES.has(code);
}

/**
 * The largest amount of minor units anything carries: 2^53 − 1, the largest integer a JSON number
 * holds exactly in every JavaScript client (storage is 64-bit bigint). 90 trillion EUR in cents.
 */
export const MAX_MONEY_AMOUNT = Number.MAX_SAFE_INTEGER;
/**
 * The largest unit price a domain accepts: 2^31 − 1 minor units (21 million EUR; catalog stores
 * prices as 4-byte integers). With at most 10,000 per line a line total stays below 2.2 × 10^13, so
 * only a sum of hundreds of such lines can pass MAX_MONEY_AMOUNT — which orders answers with a
 * business error (AMOUNT_TOO_LARGE) instead of storing an overflowed total.
 */
export const MAX_UNIT_AMOUNT = 2_147_483_647;

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
  if (!isCurrencyCode(money.currency)) return 'INVALID_CURRENCY';
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
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > BigInt(MAX_MONEY_AMOUNT)) return null;
  return sign ? -Number(minor) : Number(minor);
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
