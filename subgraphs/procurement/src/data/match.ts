/**
 * Three-way match of one bill line: the bill (quantity, unit price) against the order line (ordered,
 * cancelled, unit cost) and its receipts (received, and what posted bills already billed), within
 * the tenant's tolerances. Pure: the store reads and locks the rows, this decides.
 */

export type MatchCode = 'QUANTITY_NOT_RECEIVED' | 'QUANTITY_OVER_ORDERED' | 'PRICE_VARIANCE';

export interface MatchReason {
  code: MatchCode;
  message: string;
}

export interface MatchTolerances {
  /** billed above received (and above ordered), in percent */
  quantityPercent: number;
  /** unit price above the order's, in percent of it */
  pricePercent: number;
  /** unit price above the order's, in minor units of the supplier currency */
  priceAmount: number;
}

export interface OrderLineToMatch {
  quantity: number;
  quantityCancelled: number;
  quantityReceived: number;
  /** on posted bills (held ones are not billed yet) */
  quantityBilled: number;
  /** supplier currency minor units */
  unitCost: number;
}

/** `base × (1 + percent/100)` rounded down, in integers (thousandths of a percent, the settings' precision). */
export const withTolerance = (base: number, percent: number) =>
  Math.floor((base * (100_000 + Math.round(percent * 1000))) / 100_000);

/**
 * The unit price variance the tenant accepts over the order's price: the larger of the percent and
 * the absolute tolerance, so either one alone can be set (0 and 0: any higher price is held).
 * A lower price than ordered is never a reason to hold.
 */
export const allowedPriceVariance = (unitCost: number, tolerances: MatchTolerances) =>
  Math.max(Math.floor((unitCost * Math.round(tolerances.pricePercent * 1000)) / 100_000), tolerances.priceAmount);

export function matchBillLine(
  bill: { quantity: number; unitPrice: number },
  line: OrderLineToMatch,
  tolerances: MatchTolerances,
): MatchReason[] {
  const reasons: MatchReason[] = [];
  const billed = line.quantityBilled + bill.quantity;
  const received = withTolerance(line.quantityReceived, tolerances.quantityPercent);
  if (billed > received) {
    reasons.push({
      code: 'QUANTITY_NOT_RECEIVED',
      message: `Billed ${billed} in all (${line.quantityBilled} before this bill), received ${line.quantityReceived}`,
    });
  }
  const open = Math.max(0, line.quantity - line.quantityCancelled);
  if (billed > withTolerance(open, tolerances.quantityPercent)) {
    reasons.push({ code: 'QUANTITY_OVER_ORDERED', message: `Billed ${billed} in all, ordered ${open}` });
  }
  const variance = bill.unitPrice - line.unitCost;
  if (variance > allowedPriceVariance(line.unitCost, tolerances)) {
    reasons.push({
      code: 'PRICE_VARIANCE',
      message: `Unit price ${bill.unitPrice} is ${variance} above the order's ${line.unitCost} (tolerance ${allowedPriceVariance(line.unitCost, tolerances)})`,
    });
  }
  return reasons;
}

const RATE_SCALE = 10n ** 10n;

/** A decimal rate string ("1.0825", "0.9") as an integer of ten-billionths; null when it is not one. */
export function parseRate(rate: string): bigint | null {
  const match = /^(\d{1,10})(?:\.(\d{1,10}))?$/.exec(rate.trim());
  if (!match) return null;
  const scaled = BigInt(match[1] as string) * RATE_SCALE + BigInt((match[2] ?? '').padEnd(10, '0'));
  return scaled > 0n ? scaled : null;
}

/** Supplier-currency minor units in base minor units at `rate`, rounded half up, exactly. */
export function toBase(amount: number, rate: string): number {
  const scaled = parseRate(rate);
  if (scaled === null) throw new Error(`not an exchange rate: ${rate}`);
  const product = BigInt(amount) * scaled;
  return Number((product + RATE_SCALE / 2n) / RATE_SCALE);
}
