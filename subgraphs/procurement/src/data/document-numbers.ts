import { one, type Sql } from '../db.ts';

/**
 * The next number of a document kind in the tenant: `PO-000001`, `GR-000001`, `BILL-000001`. The
 * counter row stays locked to the commit, so numbers are unique and a rolled-back document leaves no gap.
 * An upsert that increments: hand SQL.
 */
export async function nextDocumentNumber(sql: Sql, tenantId: string, kind: 'PO' | 'GR' | 'BILL'): Promise<string> {
  const row = await one<{ value: string }>(
    sql,
    `insert into procurement.document_counters (tenant_id, kind, last_value) values ($1, $2, 1)
     on conflict (tenant_id, kind) do update set last_value = document_counters.last_value + 1
     returning last_value::text as value`,
    [tenantId, kind],
  );
  return `${kind}-${(row?.value ?? '1').padStart(6, '0')}`;
}
