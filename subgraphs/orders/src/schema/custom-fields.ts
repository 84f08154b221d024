import { localUuid } from '@ucos/kit';
import { customFieldDefinitionFields, customFieldsOn } from '@ucos/kit/graphql/custom-fields-schema';
import { builder } from '../builder.ts';
import type { OrdersContext } from '../context.ts';
import { isStaff } from '../data/access.ts';
import { customFields, updateCustomerCustomFields, updateOrderCustomFields } from '../data/custom-fields.ts';
import type { CustomerRow, OrderRow } from '../data/rows.ts';
import { MANAGE, recordMutations } from './common.ts';
import { CustomFieldValueInput, customFieldTypesOfOrders as types } from './custom-field-types.ts';
import { CustomerRef } from './customer.ts';
import { dbOf } from './loaders.ts';
import { OrderRef } from './order.ts';

/**
 * Custom fields on customers and orders (issue 15 §3) through the kit: the definitions' query and
 * mutations per entity (`customerCustomFieldDefinitions`, `orderCustomFieldDefinitionCreate`, …),
 * `customFields`/`customField(key)` on Customer and Order, and the staff mutations that set values.
 * Shoppers set STOREFRONT fields on their own profile (`customerUpdate`) and at checkout.
 */

/** Staff and services see ADMIN fields too; a shopper or a storefront key only STOREFRONT ones. */
const seesEverything = (context: OrdersContext) =>
  context.auth.kind === 'service' || isStaff(context.auth, 'orders:read');

const common = { store: customFields, db: dbOf, seesEverything };
const read = { tenant: true } as const;

customFieldDefinitionFields<OrdersContext>(builder, types, {
  ...common,
  entity: 'CUSTOMER',
  prefix: 'customer',
  readScopes: read,
  writeScopes: MANAGE,
});
customFieldDefinitionFields<OrdersContext>(builder, types, {
  ...common,
  entity: 'ORDER',
  prefix: 'order',
  readScopes: read,
  writeScopes: MANAGE,
});

customFieldsOn<OrdersContext, CustomerRow>(builder, types, CustomerRef, {
  ...common,
  entity: 'CUSTOMER',
  values: (customer) => customer.customFields,
});
customFieldsOn<OrdersContext, OrderRow>(builder, types, OrderRef, {
  ...common,
  entity: 'ORDER',
  values: (order) => order.customFields,
});

const CUSTOM_FIELD_WRITE_CODES = [
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_CUSTOM_FIELD',
  'INVALID_CUSTOM_FIELD_VALUE',
  'CUSTOM_FIELD_REQUIRED',
] as const;

const CustomerCustomFieldsUpdateInput = builder.inputType('CustomerCustomFieldsUpdateInput', {
  fields: (t) => ({
    customerId: t.id({ required: true }),
    version: t.int({ description: 'The version you last saw: a stale one is a CONFLICT' }),
    customFields: t.field({
      type: [CustomFieldValueInput],
      required: true,
      description: 'The values to set; a null or "" value removes one; fields not named keep theirs',
    }),
  }),
});

recordMutations({ field: 'customer', type: CustomerRef, authScopes: MANAGE })('customerCustomFieldsUpdate', {
  input: CustomerCustomFieldsUpdateInput,
  codes: CUSTOM_FIELD_WRITE_CODES,
  description: "Staff set a customer's custom field values (any field; errors on input.customFields.<key>)",
  run: (context, input) =>
    updateCustomerCustomFields(dbOf(context), localUuid(input.customerId, 'Customer', ['input', 'customerId']), input),
});

const OrderCustomFieldsUpdateInput = builder.inputType('OrderCustomFieldsUpdateInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    version: t.int({ description: 'The version you last saw: a stale one is a CONFLICT' }),
    customFields: t.field({
      type: [CustomFieldValueInput],
      required: true,
      description: 'The values to set; a null or "" value removes one; fields not named keep theirs',
    }),
  }),
});

recordMutations({ field: 'order', type: OrderRef, authScopes: MANAGE })('orderCustomFieldsUpdate', {
  input: OrderCustomFieldsUpdateInput,
  codes: CUSTOM_FIELD_WRITE_CODES,
  description: "Staff set an order's custom field values (any field; errors on input.customFields.<key>)",
  run: (context, input) =>
    updateOrderCustomFields(dbOf(context), localUuid(input.orderId, 'Order', ['input', 'orderId']), input),
});
