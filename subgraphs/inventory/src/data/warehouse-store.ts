import type { CURSOR_KEYS, Page } from '@ucos/kit';
import { toConnection } from '@ucos/kit';
import { type InventoryDb, orm, type Sql } from '../db.ts';
import { type InventoryResult, inventoryError, inventoryFail } from './errors.ts';
import type { WarehouseRow } from './rows.ts';

const CODE = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

/** A warehouse's columns (all but the tenant) for Prisma. */
const WAREHOUSE_FIELDS = { id: true, code: true, name: true, active: true, version: true, createdAt: true } as const;

export async function listWarehouses(
  db: InventoryDb,
  page: Page<typeof CURSOR_KEYS.code>,
  filter: { active?: boolean | null },
) {
  const active = filter.active === null || filter.active === undefined ? {} : { active: filter.active };
  const after = page.after ? { code: { gt: page.after[0] } } : {};
  // a tenant has a handful of warehouses: the page and its count, keyset on code, as two plain reads
  return db.run((sql) =>
    orm(sql, async (inventory) => {
      const rows = await inventory.warehouse.findMany({
        where: { ...active, ...after },
        select: WAREHOUSE_FIELDS,
        orderBy: { code: 'asc' },
        take: page.limit + 1,
      });
      const count = await inventory.warehouse.count({ where: active });
      return toConnection(rows, page, count, (row) => [row.code]);
    }),
  );
}

export function warehousesByIds(db: InventoryDb, ids: readonly string[]): Promise<WarehouseRow[]> {
  return db.run((sql) => findWarehouses(sql, ids));
}

/** Within a transaction: the warehouses among `ids` that this tenant has. */
export function findWarehouses(sql: Sql, ids: readonly string[]): Promise<WarehouseRow[]> {
  return orm(sql, (db) => db.warehouse.findMany({ where: { id: { in: [...ids] } }, select: WAREHOUSE_FIELDS }));
}

/** Where stock goes when nobody says: the first active warehouse by code (none: undefined). */
export async function defaultWarehouseId(sql: Sql): Promise<string | undefined> {
  const first = await orm(sql, (db) =>
    db.warehouse.findFirst({ where: { active: true }, orderBy: { code: 'asc' }, select: { id: true } }),
  );
  return first?.id;
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
      const created = await orm(sql, (db) =>
        db.warehouse.create({
          data: { tenantId: tx.tenantId!, code, name, active: input.active ?? true },
          select: WAREHOUSE_FIELDS,
        }),
      );
      return { ok: true, value: created };
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
    // conditional on the version read: a concurrent change makes it match nothing (no lost update)
    const [updated] = await orm(sql, (db) =>
      db.warehouse.updateManyAndReturn({
        where: { id: input.id, version: input.version },
        data: {
          ...(name === undefined ? {} : { name }),
          ...(input.active === null || input.active === undefined ? {} : { active: input.active }),
          version: { increment: 1 },
        },
        select: WAREHOUSE_FIELDS,
      }),
    );
    if (updated) return { ok: true, value: updated };
    const exists = await findWarehouses(sql, [input.id]);
    return exists.length
      ? inventoryFail('CONFLICT', 'The warehouse changed since you read it: reload and retry', ['input', 'version'])
      : inventoryFail('UNKNOWN_WAREHOUSE', 'No such warehouse', ['input', 'id']);
  });
}
