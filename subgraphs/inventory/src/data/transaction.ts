import type { InventoryDb, Sql } from '../db.ts';
import type { InventoryResult } from './errors.ts';

class BusinessFailure extends Error {
  readonly result: InventoryResult<never>;
  constructor(result: InventoryResult<never>) {
    super('business failure: rolled back');
    this.result = result;
  }
}

/**
 * Runs `work` in one tenant transaction and commits only when it succeeds: a business failure
 * rolls back everything it wrote (no partial writes, no idempotency key kept), then is returned as data.
 */
export async function inTransaction<T>(
  db: InventoryDb,
  work: (sql: Sql) => Promise<InventoryResult<T>>,
): Promise<InventoryResult<T>> {
  try {
    return await db.run(async (sql) => {
      const result = await work(sql);
      if (!result.ok) throw new BusinessFailure(result);
      return result;
    });
  } catch (error) {
    if (error instanceof BusinessFailure) return error.result;
    throw error;
  }
}
