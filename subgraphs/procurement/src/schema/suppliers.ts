import { byIdQuery, CURSOR_KEYS, inputMutation, localUuid, nodeEntity, ok, rules } from '@ucos/kit';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { type ProcurementResult, procurementFail } from '../data/errors.ts';
import {
  addContact,
  createSupplier,
  listSuppliers,
  MAX_ITEMS_PER_CALL,
  removeContact,
  removeSupplierItem,
  setSupplierItems,
  supplierById,
  updateSupplier,
} from '../data/suppliers.ts';
import { dbOf, filteredList, manage } from './common.ts';
import { CustomFieldValueFilter, CustomFieldValueInput } from './custom-field-types.ts';
import { SupplierContactRef, SupplierItemRef, SupplierRef } from './types.ts';

nodeEntity(builder, SupplierRef, 'Supplier', (id, context) => supplierById(dbOf(context), id));

const SupplierFilter = builder.inputType('SupplierFilter', {
  fields: (t) => ({
    query: t.string({ description: 'Name or code contains it (case-insensitive)' }),
    active: t.boolean(),
    customFields: t.field({
      type: [CustomFieldValueFilter],
      description:
        'Each field’s value is one of its values (every field must match; at most 10, see supplierCustomFieldDefinitions)',
    }),
  }),
});

filteredList('suppliers', {
  type: SupplierRef,
  connection: 'Supplier',
  filter: SupplierFilter,
  cursor: CURSOR_KEYS.code,
  description: "The tenant's suppliers, by code",
  list: (db, filter, page) =>
    listSuppliers(
      db,
      {
        query: filter?.query ?? null,
        active: filter?.active ?? null,
        customFields: filter?.customFields ?? null,
      },
      page,
    ),
});

byIdQuery(builder, 'supplier', {
  type: SupplierRef,
  typeName: 'Supplier',
  authScopes: manage,
  load: (context, id) => supplierById(dbOf(context), id),
});

const percent = rules.rule(z.number().min(0).max(100, 'At most 100 %'), 'INVALID_INPUT');
const days = rules.rule(z.number().int().min(0).max(365, 'At most 365 days'), 'INVALID_INPUT');
const optionalText = (max: number) => rules.text({ max, required: false });
const supplierCode = rules.rule(
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'Letters, digits, . _ - (at most 64)'),
  'INVALID_INPUT',
);

const supplierFields = (required: boolean) =>
  builder.inputType(required ? 'SupplierCreateInput' : 'SupplierUpdateInput', {
    fields: (t) => ({
      ...(required ? {} : { supplierId: t.id({ required: true }), expectedVersion: t.int() }),
      code: t.string({ required, validate: supplierCode }),
      name: t.string({ required, validate: rules.text({ max: 200 }) }),
      email: t.string({ validate: rules.email }),
      phone: t.string({ validate: optionalText(50) }),
      currency: t.string({ required, validate: rules.currency }),
      paymentTermsDays: t.int({ validate: days }),
      earlyPaymentDiscountPercent: t.float({ validate: percent }),
      earlyPaymentDiscountDays: t.int({ validate: days }),
      leadTimeDays: t.int({ validate: days }),
      taxId: t.string({ validate: optionalText(50) }),
      address: t.string({ validate: optionalText(1000) }),
      notes: t.string({ validate: optionalText(1000) }),
      active: t.boolean(),
      customFields: t.field({
        type: [CustomFieldValueInput],
        description: required
          ? 'SUPPLIER custom field values (see supplierCustomFieldDefinitions); defaults apply, required ones need a value'
          : 'SUPPLIER custom field values to set; a null or "" value removes one; fields not named keep theirs',
      }),
    }),
  });

const SupplierCreateInput = supplierFields(true);
const SupplierUpdateInput = supplierFields(false);

const SUPPLIER_CODES = [
  'INVALID_INPUT',
  'INVALID_EMAIL',
  'INVALID_CURRENCY',
  'CODE_TAKEN',
  'UNKNOWN_CUSTOM_FIELD',
  'INVALID_CUSTOM_FIELD_VALUE',
  'CUSTOM_FIELD_REQUIRED',
] as const;

inputMutation(builder, 'supplierCreate', {
  input: SupplierCreateInput,
  payload: { codes: SUPPLIER_CODES, field: 'supplier', type: SupplierRef },
  authScopes: manage,
  run: (context, input) =>
    createSupplier(dbOf(context), input as typeof input & { code: string; name: string; currency: string }),
  fields: (supplier) => ({ supplier }),
});

inputMutation(builder, 'supplierUpdate', {
  input: SupplierUpdateInput,
  payload: { codes: [...SUPPLIER_CODES, 'NOT_FOUND', 'CONFLICT'], field: 'supplier', type: SupplierRef },
  authScopes: manage,
  description: 'Changes the fields given; a null clears email, phone, tax id, address and notes',
  run: (context, input) => {
    const { supplierId, expectedVersion, ...fields } = input as typeof input & {
      supplierId: string;
      expectedVersion?: number | null;
    };
    return updateSupplier(
      dbOf(context),
      localUuid(supplierId, 'Supplier', ['input', 'supplierId']),
      fields,
      expectedVersion,
    );
  },
  fields: (supplier) => ({ supplier }),
});

/** A removal answers the global id it was given (the store's work answers the local one). */
async function removal(
  id: string,
  remove: (id: string) => Promise<ProcurementResult<string>>,
): Promise<ProcurementResult<string>> {
  const removed = await remove(id);
  return removed.ok ? ok(id) : removed;
}

// Contacts

const ContactAddInput = builder.inputType('SupplierContactAddInput', {
  fields: (t) => ({
    supplierId: t.id({ required: true }),
    name: t.string({ required: true, validate: rules.text({ max: 200 }) }),
    email: t.string({ validate: rules.email }),
    phone: t.string({ validate: optionalText(50) }),
    role: t.string({ validate: optionalText(100) }),
  }),
});

inputMutation(builder, 'supplierContactAdd', {
  input: ContactAddInput,
  payload: { codes: ['INVALID_INPUT', 'INVALID_EMAIL', 'NOT_FOUND'], field: 'contact', type: SupplierContactRef },
  authScopes: manage,
  run: (context, input) =>
    addContact(dbOf(context), localUuid(input.supplierId, 'Supplier', ['input', 'supplierId']), input),
  fields: (contact) => ({ contact }),
});

const ContactRemoveInput = builder.inputType('SupplierContactRemoveInput', {
  fields: (t) => ({ contactId: t.id({ required: true }) }),
});

inputMutation(builder, 'supplierContactRemove', {
  input: ContactRemoveInput,
  payload: { codes: ['NOT_FOUND'], field: 'removedContactId', type: 'ID' },
  authScopes: manage,
  run: (context, input) =>
    removal(input.contactId, (id) =>
      removeContact(dbOf(context), localUuid(id, 'SupplierContact', ['input', 'contactId'])),
    ),
  fields: (removedContactId) => ({ removedContactId }),
});

// Supplier items

const SupplierItemInput = builder.inputType('SupplierItemInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    supplierSku: t.string({ validate: optionalText(64) }),
    unitCost: t.field({
      type: 'MinorUnits',
      required: true,
      description: 'In the supplier’s currency',
      validate: rules.unitAmount,
    }),
    minimumOrderQuantity: t.int({ validate: rules.quantity({ min: 1, max: 1_000_000 }) }),
    packSize: t.int({ validate: rules.quantity({ min: 1, max: 1_000_000 }) }),
    leadTimeDays: t.int({ validate: days }),
    preferred: t.boolean({
      description: 'true: this supplier becomes the variant’s preferred one; left out: unchanged',
    }),
  }),
});

const ItemsSetInput = builder.inputType('SupplierItemsSetInput', {
  fields: (t) => ({
    supplierId: t.id({ required: true }),
    items: t.field({
      type: [SupplierItemInput],
      required: true,
      description: `Created, or replaced for a variant the supplier already has; at most ${MAX_ITEMS_PER_CALL}`,
    }),
  }),
});

inputMutation(builder, 'supplierItemsSet', {
  input: ItemsSetInput,
  payload: {
    codes: ['INVALID_INPUT', 'INVALID_AMOUNT', 'INVALID_QUANTITY', 'NOT_FOUND', 'UNKNOWN_VARIANT', 'TOO_MANY_ITEMS'],
    field: 'items',
    type: SupplierItemRef,
    list: true,
  },
  description: `Sets what a supplier sells us for up to ${MAX_ITEMS_PER_CALL} variants in one step (imports, demo data)`,
  authScopes: manage,
  run: async (context, input) => {
    const supplierId = localUuid(input.supplierId, 'Supplier', ['input', 'supplierId']);
    if (input.items.length > MAX_ITEMS_PER_CALL) {
      return procurementFail('TOO_MANY_ITEMS', `At most ${MAX_ITEMS_PER_CALL} items per call`, ['input', 'items']);
    }
    const items = input.items.map((item, index) => ({
      ...item,
      variantId: localUuid(item.variantId, 'ProductVariant', ['input', 'items', String(index), 'variantId']),
    }));
    const db = dbOf(context);
    const known = await context.deps.catalog.snapshots(
      db.tenantId,
      items.map((item) => item.variantId),
    );
    const unknown = items.findIndex((item) => !known.has(item.variantId));
    if (unknown >= 0) {
      return procurementFail('UNKNOWN_VARIANT', 'The catalog has no such variant', [
        'input',
        'items',
        String(unknown),
        'variantId',
      ]);
    }
    return setSupplierItems(db, supplierId, items);
  },
  fields: (items) => ({ items }),
});

const ItemRemoveInput = builder.inputType('SupplierItemRemoveInput', {
  fields: (t) => ({ supplierItemId: t.id({ required: true }) }),
});

inputMutation(builder, 'supplierItemRemove', {
  input: ItemRemoveInput,
  payload: { codes: ['NOT_FOUND'], field: 'removedSupplierItemId', type: 'ID' },
  authScopes: manage,
  run: (context, input) =>
    removal(input.supplierItemId, (id) =>
      removeSupplierItem(dbOf(context), localUuid(id, 'SupplierItem', ['input', 'supplierItemId'])),
    ),
  fields: (removedSupplierItemId) => ({ removedSupplierItemId }),
});
