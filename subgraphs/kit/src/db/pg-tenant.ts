import type pg from 'pg';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `begin` and the tenant in one round trip (a simple-protocol query cannot take parameters, so the
 * tenant is a literal: only a well-formed uuid ever gets here, anything else is refused).
 */
export function openTransactionSql(tenantId: string | null): string {
  if (tenantId !== null && !UUID.test(tenantId)) throw new Error('a tenant id must be a uuid');
  return `begin; select set_config('app.tenant_id', '${tenantId ?? ''}', true)`;
}

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
    await client.query(openTransactionSql(tenantId));
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
