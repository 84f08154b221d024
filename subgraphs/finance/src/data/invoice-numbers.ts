import { one, type Sql } from '../db.ts';
import type { InvoiceCounter as InvoiceCounterModel, Invoice as InvoiceModel } from '../generated/prisma/client.ts';

export type InvoiceSeries = 'INV' | 'CN';

export type AllocatedNumber = Pick<InvoiceModel, 'number' | 'year' | 'sequence'>;

/** `INV-2026-000001`: series, year, six-digit sequence (wider past a million, still sorting by length). */
export const formatInvoiceNumber = (series: InvoiceSeries, year: number, sequence: number) =>
  `${series}-${year}-${String(sequence).padStart(6, '0')}`;

/**
 * The next number of a tenant's series and year, taken inside the issuing transaction: the upsert
 * locks the counter row until that transaction ends, so concurrent issues queue on it and a rolled
 * back issue hands its number back (no gap, no duplicate).
 */
export async function allocateInvoiceNumber(
  sql: Sql,
  tenantId: string,
  series: InvoiceSeries,
  year: number,
): Promise<AllocatedNumber> {
  // an upsert that increments, its row locked to the commit: hand SQL
  const row = await one<Pick<InvoiceCounterModel, 'lastNumber'>>(
    sql,
    `insert into finance.invoice_counters as c (tenant_id, series, year, last_number) values ($1, $2, $3, 1)
     on conflict (tenant_id, series, year) do update set last_number = c.last_number + 1
     returning last_number as "lastNumber"`,
    [tenantId, series, year],
  );
  const sequence = row?.lastNumber ?? 1;
  return { number: formatInvoiceNumber(series, year, sequence), year, sequence };
}
