/** A carrier integration: rates for a parcel, and a label (tracking number) for a shipment. */
export interface Rate {
  carrier: string;
  service: string;
  amount: number;
  currency: string;
  estimatedDays: number;
}

export interface LabelRequest {
  shipmentId: string;
  weightGrams: number | null;
  destinationCountry: string | null;
  /** a tracking number the warehouse typed in (manual carrier) */
  trackingNumber: string | null;
}

export interface CarrierAdapter {
  readonly name: string;
  rates(weightGrams: number, destinationCountry: string): Rate[];
  createLabel(request: LabelRequest): Promise<{ trackingNumber: string }>;
}

export interface RateRow {
  service: string;
  maxGrams: number;
  amount: number;
  currency: string;
  days: number;
  /** ISO alpha-2 codes this row applies to; absent = everywhere else */
  countries?: string[];
}

export const DEFAULT_MANUAL_RATES: RateRow[] = [
  {
    service: 'standard',
    maxGrams: 2_000,
    amount: 499,
    currency: 'EUR',
    days: 3,
    countries: ['DE', 'AT', 'FR', 'NL', 'BE'],
  },
  {
    service: 'standard',
    maxGrams: 10_000,
    amount: 899,
    currency: 'EUR',
    days: 3,
    countries: ['DE', 'AT', 'FR', 'NL', 'BE'],
  },
  {
    service: 'express',
    maxGrams: 10_000,
    amount: 1_499,
    currency: 'EUR',
    days: 1,
    countries: ['DE', 'AT', 'FR', 'NL', 'BE'],
  },
  { service: 'international', maxGrams: 2_000, amount: 1_499, currency: 'EUR', days: 7 },
  { service: 'international', maxGrams: 20_000, amount: 2_999, currency: 'EUR', days: 7 },
];

/**
 * The built-in carrier: staff hand the parcel over themselves and type the tracking number (or get a
 * generated one). Rates come from a table: per service, the cheapest row whose weight limit fits and
 * whose countries include the destination (rows without countries apply where no specific row does).
 */
export function manualCarrier(table: RateRow[] = DEFAULT_MANUAL_RATES): CarrierAdapter {
  return {
    name: 'manual',
    rates(weightGrams, destinationCountry) {
      const country = destinationCountry.toUpperCase();
      const specific = table.filter((row) => row.countries?.includes(country));
      const rows = specific.length ? specific : table.filter((row) => !row.countries);
      const best = new Map<string, RateRow>();
      for (const row of rows) {
        if (weightGrams > row.maxGrams) continue;
        const current = best.get(row.service);
        if (!current || row.amount < current.amount) best.set(row.service, row);
      }
      return [...best.values()]
        .map((row) => ({
          carrier: 'manual',
          service: row.service,
          amount: row.amount,
          currency: row.currency,
          estimatedDays: row.days,
        }))
        .sort((a, b) => a.amount - b.amount);
    },
    async createLabel(request) {
      return { trackingNumber: request.trackingNumber ?? `MAN-${request.shipmentId.slice(0, 8).toUpperCase()}` };
    },
  };
}

export function parseRateTable(json: string | undefined): RateRow[] {
  if (!json) return DEFAULT_MANUAL_RATES;
  const rows = JSON.parse(json) as RateRow[];
  if (!Array.isArray(rows) || rows.some((row) => !row.service || !Number.isSafeInteger(row.amount))) {
    throw new Error('MANUAL_CARRIER_RATES must be a JSON array of { service, maxGrams, amount, currency, days }');
  }
  return rows;
}
