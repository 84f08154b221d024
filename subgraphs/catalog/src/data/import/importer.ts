import { ok, Rejection } from '@ucos/kit';
import type { CatalogDatabase } from '../../db.ts';
import { applyRow } from './apply-row.ts';
import { type ImportFormat, type ParsedRecord, type RawRecord, recordsOf } from './records.ts';
import { parseRow } from './row.ts';

export interface ImportRowError {
  /** the line of the file the record starts on (1-based; a CSV's header is line 1) */
  row: number;
  code: string;
  field: string[] | null;
  message: string;
}

export interface ImportReport {
  rowsTotal: number;
  created: number;
  updated: number;
  failed: number;
  errors: ImportRowError[];
}

export interface ImportOptions {
  /** the tenant's unit of work: one per batch, committing the batch's good rows and their events */
  unitOfWork: CatalogDatabase;
  format: ImportFormat;
  lines: AsyncIterable<string> | Iterable<string>;
  /** rows per transaction: each row still has its own savepoint */
  batchSize?: number;
  /** called after each committed batch with the rows done so far */
  onProgress?: (report: ImportReport) => void;
  /** row errors kept in the report (all are counted) */
  maxErrors?: number;
  /**
   * rewrites a record before it is validated, or refuses it as that row's error (the tenant's
   * `import.row.transform` plugins: `pluginRowTransform`); runs before the batch's transaction
   */
  transformRecord?: RecordTransform;
}

/** A record rewritten (its cells), or refused with the row's error. */
export type RecordTransform = (
  record: RawRecord,
) => Promise<{ fields: Record<string, unknown> } | { error: ImportRowError }>;

/** A record of a batch: as read, or refused by the transform. */
type BatchRecord = ParsedRecord | { line: number; refused: ImportRowError };

/**
 * Streams records, validates each one, and writes it under its own savepoint inside batch
 * transactions: a bad row is reported (line, code, column, message) and undone alone, the good rows
 * commit. Idempotent on SKU: importing the same file again updates, never duplicates.
 */
export async function importProducts(options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { rowsTotal: 0, created: 0, updated: 0, failed: 0, errors: [] };
  const maxErrors = options.maxErrors ?? 1000;
  const batchSize = options.batchSize ?? 200;
  const fail = (error: ImportRowError) => {
    report.failed++;
    if (report.errors.length < maxErrors) report.errors.push(error);
  };
  let batch: ParsedRecord[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    // plugins run before the transaction: a row's plugin call never holds the batch's locks
    const records = options.transformRecord ? await transformed(batch, options.transformRecord) : batch;
    batch = [];
    await options.unitOfWork.tx(async (sql, tx) => {
      for (const record of records) {
        report.rowsTotal++;
        if ('refused' in record) {
          fail(record.refused);
          continue;
        }
        if ('error' in record) {
          fail({ row: record.line, code: 'INVALID_ROW', field: null, message: record.error });
          continue;
        }
        const parsed = parseRow(record.fields);
        if ('errors' in parsed) {
          report.failed++;
          const room = Math.max(0, maxErrors - report.errors.length);
          report.errors.push(...parsed.errors.slice(0, room).map((error) => ({ row: record.line, ...error })));
          continue;
        }
        await sql.query('savepoint import_row');
        try {
          const outcome = await applyRow(sql, tx, parsed.row);
          await sql.query('release savepoint import_row');
          report[outcome]++;
        } catch (error) {
          await sql.query('rollback to savepoint import_row');
          if (error instanceof Rejection) {
            for (const problem of error.errors) fail({ row: record.line, ...problem });
          } else if (isDataError(error)) {
            fail({ row: record.line, code: 'INVALID_ROW', field: null, message: (error as Error).message });
          } else {
            throw error;
          }
        }
      }
      // the batch commits: a bad row was undone alone and reported
      return ok(null);
    });
    options.onProgress?.(report);
  };
  for await (const record of recordsOf(options.format, options.lines)) {
    batch.push(record);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return report;
}

async function transformed(records: ParsedRecord[], transform: RecordTransform): Promise<BatchRecord[]> {
  const out: BatchRecord[] = [];
  for (const record of records) {
    if ('error' in record) {
      out.push(record);
      continue;
    }
    const result = await transform(record);
    out.push('error' in result ? { line: record.line, refused: result.error } : { ...record, fields: result.fields });
  }
  return out;
}

/** PostgreSQL's data and integrity errors (classes 22, 23): the row's fault, not the import's. */
function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}
