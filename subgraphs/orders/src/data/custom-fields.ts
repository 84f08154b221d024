import { ok, Rejection } from '@ucos/kit';
import type { CustomFieldValue, CustomFieldValueInput } from '@ucos/kit/custom-fields';
import { customFieldStore } from '@ucos/kit/custom-fields-store';
import { one, type Sql, type TenantDb } from '../db.ts';
import { CUSTOMER_COLUMNS, ensureCustomer } from './customers.ts';
import { type OrdersError, type OrdersResult, ordersFail } from './errors.ts';
import { type CustomerRow, ORDER_COLUMNS, type OrderRow } from './rows.ts';

/**
 * Custom fields on customers and orders (issue 15 §3): definitions of entity CUSTOMER and ORDER in
 * `orders.custom_field_definitions` (migration 0034), values in `customers.custom_fields` and
 * `orders.custom_fields`. The statements on definitions and the rules on values are the kit's.
 */
export const customFields = customFieldStore('orders');

/** A shopper writes only the fields the shop shows them (STOREFRONT); staff write every field. */
const storefrontOnly = (definition: { visibility: string }) => definition.visibility === 'STOREFRONT';

export interface CustomFieldsWrite {
  /** the version the caller last saw; a stale one is a CONFLICT (omitted: not checked) */
  version?: number | null;
  customFields: readonly CustomFieldValueInput[];
  /** a shopper (their own profile): STOREFRONT fields only */
  storefront?: boolean;
}

/** Sets (or, with null or "", removes) custom field values of a customer; creates the profile on first use. */
export function updateCustomerCustomFields(
  db: TenantDb,
  customerId: string,
  input: CustomFieldsWrite,
): Promise<OrdersResult<CustomerRow>> {
  return db.tx(async (sql) => {
    // a row lock: two writes of one customer's fields merge in turn, neither loses the other's keys
    const current =
      (await one<CustomerRow>(sql, `select ${CUSTOMER_COLUMNS} from orders.customers where id = $1 for update`, [
        customerId,
      ])) ?? (input.storefront ? await ensureCustomer(sql, db.tenantId, customerId) : null);
    if (!current) return ordersFail('NOT_FOUND', 'No such customer', ['input', 'customerId']);
    if (input.version != null && input.version !== current.version) {
      return ordersFail('CONFLICT', `The customer changed (version ${current.version}); reload and retry`, [
        'input',
        'version',
      ]);
    }
    const values = await customFields.values(sql, 'CUSTOMER', input.customFields, current.customFields, {
      ...(input.storefront ? { only: storefrontOnly } : {}),
    });
    const updated = await one<CustomerRow>(
      sql,
      `update orders.customers set custom_fields = $2::jsonb, version = version + 1 where id = $1
       returning ${CUSTOMER_COLUMNS}`,
      [customerId, JSON.stringify(values)],
    );
    return ok(updated!);
  });
}

/** Staff set (or remove) custom field values of an order. */
export function updateOrderCustomFields(
  db: TenantDb,
  orderId: string,
  input: CustomFieldsWrite,
): Promise<OrdersResult<OrderRow>> {
  return db.tx(async (sql) => {
    // hand SQL: a row lock (for update) on the order, as every order change takes
    const current = await one<OrderRow>(sql, `select ${ORDER_COLUMNS} from orders.orders where id = $1 for update`, [
      orderId,
    ]);
    if (!current) return ordersFail('NOT_FOUND', 'No such order', ['input', 'orderId']);
    if (input.version != null && input.version !== current.version) {
      return ordersFail('CONFLICT', `The order changed (version ${current.version}); reload and retry`, [
        'input',
        'version',
      ]);
    }
    const values = await customFields.values(sql, 'ORDER', input.customFields, current.customFields);
    const updated = await one<OrderRow>(
      sql,
      `update orders.orders set custom_fields = $2::jsonb, version = version + 1, updated_at = now() where id = $1
       returning ${ORDER_COLUMNS}`,
      [orderId, JSON.stringify(values)],
    );
    return ok(updated!);
  });
}

/**
 * The ORDER fields a checkout sends, checked before anything is claimed, reserved or charged, so a
 * refused value stores nothing: only STOREFRONT definitions may be set by the shopper; the required
 * STOREFRONT ones need a value (or a default). Null when the checkout sends none and none is needed.
 */
export async function checkoutCustomFields(
  sql: Sql,
  inputs: readonly CustomFieldValueInput[] | null | undefined,
): Promise<Record<string, CustomFieldValue>> {
  return customFields.values(sql, 'ORDER', inputs ?? [], null, { only: storefrontOnly });
}

/**
 * `checkoutCustomFields` as a result, read before the checkout's transaction: the values an order
 * would store (the shopper's, and the defaults), or the refusal, before anything is stored.
 */
export async function checkoutCustomFieldsChecked(
  sql: Sql,
  inputs: readonly CustomFieldValueInput[] | null | undefined,
): Promise<OrdersResult<Record<string, CustomFieldValue>>> {
  try {
    return ok(await checkoutCustomFields(sql, inputs));
  } catch (error) {
    if (error instanceof Rejection) return { ok: false, errors: error.errors as OrdersError[] };
    throw error;
  }
}

/**
 * Stores the new order's custom fields in the checkout's transaction and returns them (the order
 * event carries them). Values the shopper sent are checked again here, against the definitions as
 * they are now; without any, the defaults `checked` found before the transaction are stored, with no
 * statement when the shop has none.
 */
export async function storeCheckoutCustomFields(
  sql: Sql,
  orderId: string,
  inputs: readonly CustomFieldValueInput[] | null | undefined,
  checked: Readonly<Record<string, CustomFieldValue>>,
): Promise<Readonly<Record<string, CustomFieldValue>>> {
  const values = inputs?.length ? await checkoutCustomFields(sql, inputs) : checked;
  if (Object.keys(values).length === 0) return values;
  await sql.query(`update orders.orders set custom_fields = $2::jsonb where id = $1`, [
    orderId,
    JSON.stringify(values),
  ]);
  return values;
}
