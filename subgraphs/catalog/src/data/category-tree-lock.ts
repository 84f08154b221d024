import type { Sql } from '../db.ts';

/**
 * Serialises changes to a tenant's category tree, held until the transaction ends.
 *
 * Paths are materialised, so a write that reads a parent's path (create, the importer) must not
 * interleave with one that rewrites paths (a move or a new slug), and two moves must not
 * interleave either: each could pass its own cycle check and together make a loop (A under B, B
 * under A). Readers of paths take the lock shared (they may run side by side), path rewriters and
 * deletes take it exclusive. Take it before locking any category row, so that waiting on it never
 * deadlocks with a row lock.
 */
export async function lockCategoryTree(sql: Sql, tenantId: string | null, mode: 'shared' | 'exclusive'): Promise<void> {
  const lock = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await sql.query(`select ${lock}(hashtext('catalog.categories'), hashtext($1))`, [tenantId ?? '']);
}
