import type pg from 'pg';
import { SET_TENANT_SQL } from './tenant-sql.ts';

/**
 * Runs `work` in one transaction whose first statement sets the tenant. Every statement in it,
 * whatever its `where`, sees and writes only that tenant's rows: the database enforces it.
 */
export async function withTenantClient<T>(
  pool: pg.Pool,
  tenantId: string | null,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(SET_TENANT_SQL, [tenantId ?? '']);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
