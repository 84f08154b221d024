import type { Sql } from '../db.ts';

/**
 * The next number of a document kind for the tenant (GR-000001, BILL-000001). The counter row stays
 * locked until the commit, so two documents never share a number and a rolled-back one leaves no gap.
 */
export async function nextDocumentNumber(sql: Sql, tenantId: string, kind: 'GR' | 'BILL'): Promise<string> {
  const { rows } = await sql.query<{ last_value: string }>(
    `insert into procurement.document_counters (tenant_id, kind, last_value) values ($1, $2, 1)
     on conflict (tenant_id, kind) do update set last_value = document_counters.last_value + 1
     returning last_value::text`,
    [tenantId, kind],
  );
  return `${kind}-${(rows[0]?.last_value ?? '1').padStart(6, '0')}`;
}
