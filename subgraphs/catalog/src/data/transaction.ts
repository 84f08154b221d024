import { ok } from '@ucos/kit';
import type { CatalogDatabase, Sql } from '../db.ts';
import { type CatalogErrorCode, type CatalogResult, catalogFail, Rejection, uniqueViolation } from './errors.ts';

/** Which business error a unique constraint stands for, and the input field it is about. */
export type UniqueErrors = Record<string, { code: CatalogErrorCode; message: string; field: string[] }>;

/**
 * Runs a write as one transaction and turns its expected failures into a result: a `Rejection`
 * thrown inside (validation against the database) or a unique violation listed in `unique` rolls
 * everything back and becomes payload errors. Anything else is unexpected and propagates.
 */
export async function inTransaction<T>(
  db: CatalogDatabase,
  work: (sql: Sql) => Promise<T>,
  unique: UniqueErrors = {},
): Promise<CatalogResult<T>> {
  try {
    return ok(await db.run(work));
  } catch (error) {
    if (error instanceof Rejection) return { ok: false, errors: error.errors };
    const constraint = uniqueViolation(error);
    const known = constraint === null ? undefined : unique[constraint];
    if (known) return catalogFail(known.code, known.message, known.field);
    throw error;
  }
}
