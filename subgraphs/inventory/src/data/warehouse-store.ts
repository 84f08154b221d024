import type { CURSOR_KEYS, Page } from '@ucos/kit';
import { toConnection } from '@ucos/kit';
import type { InventoryDb, Sql } from '../db.ts';
import { type InventoryResult, inventoryError, inventoryFail } from './errors.ts';
import { WAREHOUSE_COLUMNS, type WarehouseRow } from './rows.ts';

const CODE = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

export async function listWarehouses(
  db: InventoryDb,
  page: Page<typeof CURSOR_KEYS.code>,
  filter: { active?: boolean | null },
) {
  return db.run(async (sql) => {
    const active = filter.active ?? null;
    const { rows } = await sql.query<WarehouseRow>(
      `select ${WAREHOUSE_COLUMNS} from warehouses
        where ($1::boolean is null or active = $1) and ($2::text is null or code > $2)
        order by code limit $3`,
      [active, page.after?.[0] ?? null, page.limit + 1],
    );
    const count = await sql.query<{ n: number }>(
      'select count(*)::int as n from warehouses where ($1::boolean is null or active = $1)',
      [active],
    );
    return toConnection(rows, page, count.rows[0]?.n ?? 0, (row) => [row.code]);
  });
}

export function warehousesByIds(db: InventoryDb, ids: readonly string[]): Promise<WarehouseRow[]> {
  return db.run(async (sql) => (await findWarehouses(sql, ids)).rows);
}

/** Within a transaction: the warehouses among `ids` that this tenant has. */
export function findWarehouses(sql: Sql, ids: readonly string[]) {
  return sql.query<WarehouseRow>(`select ${WAREHOUSE_COLUMNS} from warehouses where id = any($1::uuid[])`, [[...ids]]);
}

export async function createWarehouse(
  db: InventoryDb,
  input: { code: string; name: string; active?: boolean | null },
): Promise<InventoryResult<WarehouseRow>> {
  const code = input.code.trim().toUpperCase();
  if (!CODE.test(code)) {
    return inventoryFail('INVALID_INPUT', 'A code has 1-32 letters, digits, - or _', ['input', 'code']);
  }
  const name = input.name.trim();
  return db.tx(
    async (sql, tx) => {
      const { rows } = await sql.query<WarehouseRow>(
        `insert into warehouses (tenant_id, code, name, active) values ($4, $1, $2, $3)
         returning ${WAREHOUSE_COLUMNS}`,
        [code, name, input.active ?? true, tx.tenantId],
      );
      return { ok: true, value: rows[0]! };
    },
    {
      unique: {
        warehouses_tenant_id_code_key: inventoryError('WAREHOUSE_CODE_TAKEN', `A warehouse with code ${code} exists`, [
          'input',
          'code',
        ]),
      },
    },
  );
}

export function updateWarehouse(
  db: InventoryDb,
  input: { id: string; name?: string | null; active?: boolean | null; version: number },
): Promise<InventoryResult<WarehouseRow>> {
  const name = input.name?.trim();
  return db.tx(async (sql) => {
    const { rows } = await sql.query<WarehouseRow>(
      `update warehouses set name = coalesce($2, name), active = coalesce($3, active), version = version + 1
        where id = $1 and version = $4 returning ${WAREHOUSE_COLUMNS}`,
      [input.id, name ?? null, input.active ?? null, input.version],
    );
    if (rows[0]) return { ok: true, value: rows[0] };
    const exists = await findWarehouses(sql, [input.id]);
    return exists.rows.length
      ? inventoryFail('CONFLICT', 'The warehouse changed since you read it: reload and retry', ['input', 'version'])
      : inventoryFail('UNKNOWN_WAREHOUSE', 'No such warehouse', ['input', 'id']);
  });
}
