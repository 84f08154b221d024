import {
  type Connection,
  type CURSOR_KEYS,
  ok,
  type Page,
  payloadError,
  toConnection,
  type UnitOfWorkTx,
} from '@ucos/kit';
import { type CustomFieldFilter, customFieldConditions } from '@ucos/kit/custom-field-filters';
import type { CustomFieldValueInput } from '@ucos/kit/custom-fields';
import { customFieldStore } from '@ucos/kit/custom-fields-store';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { ProcurementEvents } from '../events/out/procurement-events.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { type ProcurementErrorCode, type ProcurementResult, procurementFail } from './errors.ts';
import {
  ITEM_COLUMNS,
  SUPPLIER_COLUMNS,
  type SupplierContactRow,
  type SupplierItemRow,
  type SupplierRow,
  supplierItemRow,
  supplierRow,
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
  /** each field's value (stored, or else its default) is one of its values */
  customFields?: readonly CustomFieldFilter[] | null;
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
  // a code-keyed page with an escaped, case-insensitive pattern: hand SQL says exactly that
  return db.run(async (sql) => {
    for (const [clause, value] of await customFieldConditions(
      supplierCustomFields,
      sql,
      'SUPPLIER',
      filter.customFields,
    )) {
      where.push(clause.replace('?', parameter(value)));
    }
    const countWhere = where.length ? ` where ${where.join(' and ')}` : '';
    const countValues = [...values];
    if (page.after) where.push(`code > ${parameter(page.after[0])}`);
    const pageWhere = where.length ? ` where ${where.join(' and ')}` : '';
    const limit = parameter(page.limit + 1);
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

export const supplierById = (db: TenantDb, id: string): Promise<SupplierRow | null> =>
  db.run(async (sql) => {
    const row = await orm(sql, (prisma) => prisma.supplier.findFirst({ where: { id } }));
    return row ? supplierRow(row) : null;
  });

export async function suppliersByIds(sql: Sql, ids: readonly string[]): Promise<SupplierRow[]> {
  const rows = await orm(sql, (prisma) => prisma.supplier.findMany({ where: { id: { in: [...ids] } } }));
  return rows.map(supplierRow);
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
  /** SUPPLIER custom field values; on update, null or "" removes one and fields not named keep theirs */
  customFields?: readonly CustomFieldValueInput[] | null;
}

/**
 * Custom fields on suppliers (issue 15 §3): definitions of entity SUPPLIER in
 * `procurement.custom_field_definitions` (migration 0013), values in `suppliers.custom_fields`; the
 * statements on definitions and the rules on values are the kit's.
 */
export const supplierCustomFields = customFieldStore('procurement');

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
      // a field left out (or null) takes the column's default
      const customFields = await supplierCustomFields.values(sql, 'SUPPLIER', input.customFields, null);
      const created = supplierRow(
        await orm(sql, (prisma) =>
          prisma.supplier.create({
            data: {
              tenantId: tx.tenantId,
              code: input.code.trim(),
              name: input.name.trim(),
              email: input.email ?? null,
              phone: input.phone ?? null,
              currency: input.currency,
              paymentTermsDays: input.paymentTermsDays ?? undefined,
              earlyPaymentDiscountPercent: input.earlyPaymentDiscountPercent ?? undefined,
              earlyPaymentDiscountDays: input.earlyPaymentDiscountDays ?? undefined,
              leadTimeDays: input.leadTimeDays ?? undefined,
              taxId: input.taxId ?? null,
              address: input.address ?? null,
              notes: input.notes ?? null,
              active: input.active ?? undefined,
              customFields,
            },
          }),
        ),
      );
      await emitChanged(tx, created);
      return ok(created);
    },
    { unique: SUPPLIER_UNIQUE },
  );
}

const UPDATABLE: readonly (keyof SupplierInput)[] = [
  'code',
  'name',
  'email',
  'phone',
  'currency',
  'paymentTermsDays',
  'earlyPaymentDiscountPercent',
  'earlyPaymentDiscountDays',
  'leadTimeDays',
  'taxId',
  'address',
  'notes',
  'active',
];
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
      // a row lock (for update): the version check and the update see the same row
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
      const changes: Record<string, unknown> = {};
      for (const field of UPDATABLE) {
        if (!(field in input) || input[field] === undefined) continue;
        const value = input[field];
        if (value === null && !NULLABLE.has(field)) continue;
        changes[field] = typeof value === 'string' && (field === 'code' || field === 'name') ? value.trim() : value;
      }
      if (input.customFields != null) {
        changes.customFields = await supplierCustomFields.values(
          sql,
          'SUPPLIER',
          input.customFields,
          current.customFields,
        );
      }
      if (Object.keys(changes).length === 0) return ok(current);
      const updated = supplierRow(
        await orm(sql, (prisma) =>
          prisma.supplier.update({
            where: { tenantId_id: { tenantId: tx.tenantId, id } },
            data: { ...changes, version: { increment: 1 }, updatedAt: new Date() },
          }),
        ),
      );
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
  return orm(sql, (db) =>
    db.supplierContact.findMany({
      where: { supplierId: { in: [...supplierIds] } },
      omit: { tenantId: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
  );
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
    const row = await orm(sql, async (prisma) => {
      const supplier = await prisma.supplier.findFirst({ where: { id: supplierId }, select: { id: true } });
      if (!supplier) return null;
      return prisma.supplierContact.create({
        data: {
          tenantId: tx.tenantId,
          supplierId,
          name: input.name.trim(),
          email: input.email ?? null,
          phone: input.phone ?? null,
          role: input.role ?? null,
        },
        omit: { tenantId: true },
      });
    });
    if (!row) return procurementFail('NOT_FOUND', 'No such supplier', ['input', 'supplierId']);
    return ok(row);
  });
}

/** Deletes the row `remove` names, in a unit of work: its id, or NOT_FOUND on `field` when there was none. */
function removeOne(
  db: TenantDb,
  id: string,
  remove: (prisma: PrismaClient) => Promise<{ count: number }>,
  missing: { message: string; field: string[] },
): Promise<ProcurementResult<string>> {
  return db.tx(async (sql) => {
    const { count } = await orm(sql, remove);
    if (!count) return procurementFail('NOT_FOUND', missing.message, missing.field);
    return ok(id);
  });
}

export const removeContact = (db: TenantDb, contactId: string) =>
  removeOne(db, contactId, (prisma) => prisma.supplierContact.deleteMany({ where: { id: contactId } }), {
    message: 'No such contact',
    field: ['input', 'contactId'],
  });

// Supplier items

export async function itemsOfSuppliers(sql: Sql, supplierIds: readonly string[]): Promise<SupplierItemRow[]> {
  const rows = await orm(sql, (db) =>
    db.supplierItem.findMany({
      where: { supplierId: { in: [...supplierIds] } },
      orderBy: [{ supplierId: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    }),
  );
  return rows.map(supplierItemRow);
}

export async function itemsOfVariants(sql: Sql, variantIds: readonly string[]): Promise<SupplierItemRow[]> {
  const rows = await orm(sql, (db) =>
    db.supplierItem.findMany({
      where: { variantId: { in: [...variantIds] } },
      orderBy: [{ variantId: 'asc' }, { preferred: 'desc' }, { unitCost: 'asc' }, { id: 'asc' }],
    }),
  );
  return rows.map(supplierItemRow);
}

/** The preferred supplier item of each variant given (none for a variant without one). */
export async function preferredItems(sql: Sql, variantIds: readonly string[]): Promise<SupplierItemRow[]> {
  const rows = await orm(sql, (db) =>
    db.supplierItem.findMany({ where: { preferred: true, variantId: { in: [...variantIds] } } }),
  );
  return rows.map(supplierItemRow);
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
    // a row lock (for update): one item set per supplier at a time
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
      await orm(sql, (prisma) =>
        prisma.supplierItem.updateMany({
          where: { preferred: true, variantId: { in: preferredVariants }, supplierId: { not: supplierId } },
          data: { preferred: false, updatedAt: new Date() },
        }),
      );
    }
    // a bulk conditional upsert (unnest, the preference kept unless asked): one statement for up to 500 items
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

export const removeSupplierItem = (db: TenantDb, itemId: string) =>
  removeOne(db, itemId, (prisma) => prisma.supplierItem.deleteMany({ where: { id: itemId } }), {
    message: 'No such supplier item',
    field: ['input', 'supplierItemId'],
  });
