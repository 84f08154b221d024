import {
  type Connection,
  type CURSOR_KEYS,
  ok,
  type Page,
  payloadError,
  toConnection,
  type UnitOfWorkTx,
} from '@ucos/kit';
import { one, type Sql, type TenantDb } from '../db.ts';
import type { ProcurementEvents } from '../events/out/procurement-events.ts';
import { type ProcurementErrorCode, type ProcurementResult, procurementFail } from './errors.ts';
import {
  CONTACT_COLUMNS,
  ITEM_COLUMNS,
  SUPPLIER_COLUMNS,
  type SupplierContactRow,
  type SupplierItemRow,
  type SupplierRow,
} from './rows.ts';

/** At most this many supplier items per `supplierItemsSet` call (imports and demo data page through). */
export const MAX_ITEMS_PER_CALL = 500;

const CODE_TAKEN = payloadError<ProcurementErrorCode>('CODE_TAKEN', 'Another supplier has this code', [
  'input',
  'code',
]);
export const SUPPLIER_UNIQUE = { suppliers_tenant_id_code_key: CODE_TAKEN };

export interface SupplierFilter {
  /** name or code contains it (case-insensitive) */
  query?: string | null;
  active?: boolean | null;
}

type CodeKeyed = SupplierRow & { cursorKey: string };

/** Suppliers ordered by code (unique per tenant), so a page never repeats or skips one. */
export function listSuppliers(
  db: TenantDb,
  filter: SupplierFilter,
  page: Page<typeof CURSOR_KEYS.code>,
): Promise<Connection<CodeKeyed>> {
  const values: unknown[] = [];
  const where: string[] = [];
  const parameter = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  if (filter.query?.trim()) {
    const pattern = parameter(`%${filter.query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(name ilike ${pattern} or code ilike ${pattern})`);
  }
  if (filter.active != null) where.push(`active = ${parameter(filter.active)}`);
  const countWhere = where.length ? ` where ${where.join(' and ')}` : '';
  const countValues = [...values];
  if (page.after) where.push(`code > ${parameter(page.after[0])}`);
  const pageWhere = where.length ? ` where ${where.join(' and ')}` : '';
  const limit = parameter(page.limit + 1);
  return db.run(async (sql) => {
    const total = await one<{ count: number }>(
      sql,
      `select count(*)::int as count from procurement.suppliers${countWhere}`,
      countValues,
    );
    const { rows } = await sql.query<CodeKeyed>(
      `select ${SUPPLIER_COLUMNS}, code as "cursorKey" from procurement.suppliers${pageWhere} order by code limit ${limit}`,
      values,
    );
    return toConnection(rows, page, total?.count ?? 0, (row) => [row.cursorKey] as const);
  });
}

export const supplierById = (db: TenantDb, id: string) =>
  db.run((sql) => one<SupplierRow>(sql, `select ${SUPPLIER_COLUMNS} from procurement.suppliers where id = $1`, [id]));

export async function suppliersByIds(sql: Sql, ids: readonly string[]): Promise<SupplierRow[]> {
  const { rows } = await sql.query<SupplierRow>(
    `select ${SUPPLIER_COLUMNS} from procurement.suppliers where id = any($1::uuid[])`,
    [ids],
  );
  return rows;
}

export interface SupplierInput {
  code?: string | null;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  currency?: string | null;
  paymentTermsDays?: number | null;
  earlyPaymentDiscountPercent?: number | null;
  earlyPaymentDiscountDays?: number | null;
  leadTimeDays?: number | null;
  taxId?: string | null;
  address?: string | null;
  notes?: string | null;
  active?: boolean | null;
}

const emitChanged = (tx: UnitOfWorkTx<ProcurementEvents, string>, row: SupplierRow) =>
  tx.emit('procurement.supplier.changed', row.id, {
    supplierId: row.id,
    name: row.name,
    currency: row.currency,
    paymentTermsDays: row.paymentTermsDays,
  });

export function createSupplier(
  db: TenantDb,
  input: SupplierInput & { code: string; name: string; currency: string },
): Promise<ProcurementResult<SupplierRow>> {
  return db.tx(
    async (sql, tx) => {
      const row = await one<SupplierRow>(
        sql,
        `insert into procurement.suppliers (tenant_id, code, name, email, phone, currency, payment_terms_days,
           early_payment_discount_percent, early_payment_discount_days, lead_time_days, tax_id, address, notes, active)
         values ($1, $2, $3, $4, $5, $6, coalesce($7, 30), coalesce($8, 0), coalesce($9, 0), coalesce($10, 7), $11, $12,
           $13, coalesce($14, true))
         returning ${SUPPLIER_COLUMNS}`,
        [
          tx.tenantId,
          input.code.trim(),
          input.name.trim(),
          input.email ?? null,
          input.phone ?? null,
          input.currency,
          input.paymentTermsDays ?? null,
          input.earlyPaymentDiscountPercent ?? null,
          input.earlyPaymentDiscountDays ?? null,
          input.leadTimeDays ?? null,
          input.taxId ?? null,
          input.address ?? null,
          input.notes ?? null,
          input.active ?? null,
        ],
      );
      const created = row as SupplierRow;
      await emitChanged(tx, created);
      return ok(created);
    },
    { unique: SUPPLIER_UNIQUE },
  );
}

const UPDATABLE: Record<keyof SupplierInput, string> = {
  code: 'code',
  name: 'name',
  email: 'email',
  phone: 'phone',
  currency: 'currency',
  paymentTermsDays: 'payment_terms_days',
  earlyPaymentDiscountPercent: 'early_payment_discount_percent',
  earlyPaymentDiscountDays: 'early_payment_discount_days',
  leadTimeDays: 'lead_time_days',
  taxId: 'tax_id',
  address: 'address',
  notes: 'notes',
  active: 'active',
};
/** a null clears these; the others keep their value when null or left out */
const NULLABLE = new Set<keyof SupplierInput>(['email', 'phone', 'taxId', 'address', 'notes']);

/** Changes the fields given; `expectedVersion`, when given, must be the stored one (CONFLICT otherwise). */
export function updateSupplier(
  db: TenantDb,
  id: string,
  input: SupplierInput,
  expectedVersion: number | null | undefined,
): Promise<ProcurementResult<SupplierRow>> {
  return db.tx(
    async (sql, tx) => {
      const current = await one<SupplierRow>(
        sql,
        `select ${SUPPLIER_COLUMNS} from procurement.suppliers where id = $1 for update`,
        [id],
      );
      if (!current) return procurementFail('NOT_FOUND', 'No such supplier', ['input', 'supplierId']);
      if (expectedVersion != null && expectedVersion !== current.version) {
        return procurementFail('CONFLICT', 'The supplier was changed by someone else; reload it', [
          'input',
          'expectedVersion',
        ]);
      }
      const sets: string[] = [];
      const values: unknown[] = [id];
      for (const [field, column] of Object.entries(UPDATABLE) as [keyof SupplierInput, string][]) {
        if (!(field in input) || input[field] === undefined) continue;
        const value = input[field];
        if (value === null && !NULLABLE.has(field)) continue;
        values.push(typeof value === 'string' && (field === 'code' || field === 'name') ? value.trim() : value);
        sets.push(`${column} = $${values.length}`);
      }
      if (sets.length === 0) return ok(current);
      const updated = (await one<SupplierRow>(
        sql,
        `update procurement.suppliers set ${sets.join(', ')}, version = version + 1, updated_at = now() where id = $1
         returning ${SUPPLIER_COLUMNS}`,
        values,
      )) as SupplierRow;
      if (
        updated.name !== current.name ||
        updated.currency !== current.currency ||
        updated.paymentTermsDays !== current.paymentTermsDays
      ) {
        await emitChanged(tx, updated);
      }
      return ok(updated);
    },
    { unique: SUPPLIER_UNIQUE },
  );
}

// Contacts

export async function contactsOf(sql: Sql, supplierIds: readonly string[]): Promise<SupplierContactRow[]> {
  const { rows } = await sql.query<SupplierContactRow>(
    `select ${CONTACT_COLUMNS} from procurement.supplier_contacts where supplier_id = any($1::uuid[]) order by created_at, id`,
    [supplierIds],
  );
  return rows;
}

export interface ContactInput {
  name: string;
  email?: string | null;
  phone?: string | null;
  role?: string | null;
}

export function addContact(
  db: TenantDb,
  supplierId: string,
  input: ContactInput,
): Promise<ProcurementResult<SupplierContactRow>> {
  return db.tx(async (sql, tx) => {
    const supplier = await one(sql, 'select id from procurement.suppliers where id = $1', [supplierId]);
    if (!supplier) return procurementFail('NOT_FOUND', 'No such supplier', ['input', 'supplierId']);
    const row = await one<SupplierContactRow>(
      sql,
      `insert into procurement.supplier_contacts (tenant_id, supplier_id, name, email, phone, role) values ($1, $2, $3, $4, $5, $6)
       returning ${CONTACT_COLUMNS}`,
      [tx.tenantId, supplierId, input.name.trim(), input.email ?? null, input.phone ?? null, input.role ?? null],
    );
    return ok(row as SupplierContactRow);
  });
}

export function removeContact(db: TenantDb, contactId: string): Promise<ProcurementResult<string>> {
  return db.tx(async (sql) => {
    const removed = await sql.query('delete from procurement.supplier_contacts where id = $1', [contactId]);
    if (!removed.rowCount) return procurementFail('NOT_FOUND', 'No such contact', ['input', 'contactId']);
    return ok(contactId);
  });
}

// Supplier items

export async function itemsOfSuppliers(sql: Sql, supplierIds: readonly string[]): Promise<SupplierItemRow[]> {
  const { rows } = await sql.query<SupplierItemRow>(
    `select ${ITEM_COLUMNS} from procurement.supplier_items where supplier_id = any($1::uuid[]) order by supplier_id, created_at, id`,
    [supplierIds],
  );
  return rows;
}

export async function itemsOfVariants(sql: Sql, variantIds: readonly string[]): Promise<SupplierItemRow[]> {
  const { rows } = await sql.query<SupplierItemRow>(
    `select ${ITEM_COLUMNS} from procurement.supplier_items where variant_id = any($1::uuid[])
      order by variant_id, preferred desc, unit_cost, id`,
    [variantIds],
  );
  return rows;
}

/** The preferred supplier item of each variant given (none for a variant without one). */
export async function preferredItems(sql: Sql, variantIds: readonly string[]): Promise<SupplierItemRow[]> {
  const { rows } = await sql.query<SupplierItemRow>(
    `select ${ITEM_COLUMNS} from procurement.supplier_items where preferred and variant_id = any($1::uuid[])`,
    [variantIds],
  );
  return rows;
}

export interface SupplierItemInput {
  variantId: string;
  supplierSku?: string | null;
  unitCost: number;
  minimumOrderQuantity?: number | null;
  packSize?: number | null;
  leadTimeDays?: number | null;
  /** true makes this supplier the variant's preferred one (another's preference is cleared) */
  preferred?: boolean | null;
}

/**
 * Creates or replaces a supplier's items for the variants given, in one statement per kind of work
 * whatever the count (≤ MAX_ITEMS_PER_CALL). Variants must be known to catalog (checked by the
 * caller). A `preferred: true` item takes the preference from any other supplier of that variant.
 */
export function setSupplierItems(
  db: TenantDb,
  supplierId: string,
  items: readonly SupplierItemInput[],
): Promise<ProcurementResult<SupplierItemRow[]>> {
  return db.tx(async (sql, tx) => {
    const supplier = await one(sql, 'select id from procurement.suppliers where id = $1 for update', [supplierId]);
    if (!supplier) return procurementFail('NOT_FOUND', 'No such supplier', ['input', 'supplierId']);
    const seen = new Map<string, number>();
    for (const [index, item] of items.entries()) {
      const first = seen.get(item.variantId);
      if (first !== undefined) {
        return procurementFail('INVALID_INPUT', `The variant is listed twice (also at ${first})`, [
          'input',
          'items',
          String(index),
          'variantId',
        ]);
      }
      seen.set(item.variantId, index);
    }
    const preferredVariants = items.filter((item) => item.preferred === true).map((item) => item.variantId);
    if (preferredVariants.length > 0) {
      // the partial unique index allows one preferred item per variant: clear the others first
      await sql.query(
        `update procurement.supplier_items set preferred = false, updated_at = now()
          where preferred and variant_id = any($1::uuid[]) and supplier_id <> $2`,
        [preferredVariants, supplierId],
      );
    }
    const { rows } = await sql.query<SupplierItemRow>(
      `insert into procurement.supplier_items (tenant_id, supplier_id, variant_id, supplier_sku, unit_cost, minimum_order_quantity,
         pack_size, lead_time_days, preferred)
       select $1, $2, i.variant_id, i.supplier_sku, i.unit_cost, coalesce(i.moq, 1), coalesce(i.pack, 1), i.lead,
              coalesce(i.preferred, false)
         from unnest($3::uuid[], $4::text[], $5::bigint[], $6::int[], $7::int[], $8::int[], $9::boolean[])
              as i(variant_id, supplier_sku, unit_cost, moq, pack, lead, preferred)
       on conflict (tenant_id, supplier_id, variant_id) do update set supplier_sku = excluded.supplier_sku,
         unit_cost = excluded.unit_cost, minimum_order_quantity = excluded.minimum_order_quantity,
         pack_size = excluded.pack_size, lead_time_days = excluded.lead_time_days,
         preferred = case when $10::uuid[] @> array[excluded.variant_id] or supplier_items.preferred is not true
                          then excluded.preferred else supplier_items.preferred end,
         updated_at = now()
       returning ${ITEM_COLUMNS}`,
      [
        tx.tenantId,
        supplierId,
        items.map((item) => item.variantId),
        items.map((item) => item.supplierSku ?? null),
        items.map((item) => item.unitCost),
        items.map((item) => item.minimumOrderQuantity ?? null),
        items.map((item) => item.packSize ?? null),
        items.map((item) => item.leadTimeDays ?? null),
        items.map((item) => item.preferred ?? null),
        items.filter((item) => item.preferred != null).map((item) => item.variantId),
      ],
    );
    return ok(rows);
  });
}

export function removeSupplierItem(db: TenantDb, itemId: string): Promise<ProcurementResult<string>> {
  return db.tx(async (sql) => {
    const removed = await sql.query('delete from procurement.supplier_items where id = $1', [itemId]);
    if (!removed.rowCount) return procurementFail('NOT_FOUND', 'No such supplier item', ['input', 'supplierItemId']);
    return ok(itemId);
  });
}
