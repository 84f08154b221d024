import type pg from 'pg';

/** An open transaction whose tenant is set: every statement in it is scoped by RLS. */
export type Sql = pg.PoolClient;

/** The first row of a query's result, or null. */
export async function one<T extends pg.QueryResultRow>(sql: Sql, text: string, values: unknown[]): Promise<T | null> {
  const { rows } = await sql.query<T>(text, values);
  return rows[0] ?? null;
}
