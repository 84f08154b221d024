import {
  byIdQuery,
  CURSOR_KEYS,
  connectionType,
  localUuid,
  nodeEntity,
  pageOf,
  payloadType,
  rules,
  toPayload,
} from '@ucos/kit';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { procurementFail } from '../data/errors.ts';
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
import { dbOf, manage } from './common.ts';
import { CustomFieldValueFilter, CustomFieldValueInput } from './custom-field-types.ts';
import { SupplierContactRef, SupplierItemRef, SupplierRef } from './types.ts';

nodeEntity(builder, SupplierRef, 'Supplier', (id, context) => supplierById(dbOf(context), id));

const SupplierConnection = connectionType(builder, 'Supplier', SupplierRef);

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

builder.queryField('suppliers', (t) =>
  t.connection(
    {
      type: SupplierRef,
      description: "The tenant's suppliers, by code",
      authScopes: manage,
      args: { filter: t.arg({ type: SupplierFilter }) },
      resolve: (_root, args, context) =>
        listSuppliers(
          dbOf(context),
          {
            query: args.filter?.query ?? null,
            active: args.filter?.active ?? null,
            customFields: args.filter?.customFields ?? null,
          },
          pageOf(args, CURSOR_KEYS.code),
        ),
    },
    SupplierConnection,
  ),
);

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

const SupplierCreatePayload = payloadType(builder, 'SupplierCreate', {
  codes: SUPPLIER_CODES,
  field: 'supplier',
  type: SupplierRef,
});

builder.mutationField('supplierCreate', (t) =>
  t.field({
    type: SupplierCreatePayload,
    authScopes: manage,
    args: { input: t.arg({ type: SupplierCreateInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await createSupplier(dbOf(context), input as typeof input & { code: string; name: string; currency: string }),
        (supplier) => ({ supplier }),
      ),
  }),
);

const SupplierUpdatePayload = payloadType(builder, 'SupplierUpdate', {
  codes: [...SUPPLIER_CODES, 'NOT_FOUND', 'CONFLICT'] as const,
  field: 'supplier',
  type: SupplierRef,
});

builder.mutationField('supplierUpdate', (t) =>
  t.field({
    type: SupplierUpdatePayload,
    description: 'Changes the fields given; a null clears email, phone, tax id, address and notes',
    authScopes: manage,
    args: { input: t.arg({ type: SupplierUpdateInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { supplierId, expectedVersion, ...fields } = input as typeof input & {
        supplierId: string;
        expectedVersion?: number | null;
      };
      return toPayload(
        await updateSupplier(
          dbOf(context),
          localUuid(supplierId, 'Supplier', ['input', 'supplierId']),
          fields,
          expectedVersion,
        ),
        (supplier) => ({ supplier }),
      );
    },
  }),
);

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

const ContactAddPayload = payloadType(builder, 'SupplierContactAdd', {
  codes: ['INVALID_INPUT', 'INVALID_EMAIL', 'NOT_FOUND'] as const,
  field: 'contact',
  type: SupplierContactRef,
});

builder.mutationField('supplierContactAdd', (t) =>
  t.field({
    type: ContactAddPayload,
    authScopes: manage,
    args: { input: t.arg({ type: ContactAddInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await addContact(dbOf(context), localUuid(input.supplierId, 'Supplier', ['input', 'supplierId']), input),
        (contact) => ({ contact }),
      ),
  }),
);

const ContactRemoveInput = builder.inputType('SupplierContactRemoveInput', {
  fields: (t) => ({ contactId: t.id({ required: true }) }),
});

const ContactRemovePayload = payloadType(builder, 'SupplierContactRemove', {
  codes: ['NOT_FOUND'] as const,
  field: 'removedContactId',
  type: 'ID',
});

builder.mutationField('supplierContactRemove', (t) =>
  t.field({
    type: ContactRemovePayload,
    authScopes: manage,
    args: { input: t.arg({ type: ContactRemoveInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await removeContact(dbOf(context), localUuid(input.contactId, 'SupplierContact', ['input', 'contactId'])),
        () => ({ removedContactId: input.contactId }),
      ),
  }),
);

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

const ItemsSetPayload = payloadType(builder, 'SupplierItemsSet', {
  codes: [
    'INVALID_INPUT',
    'INVALID_AMOUNT',
    'INVALID_QUANTITY',
    'NOT_FOUND',
    'UNKNOWN_VARIANT',
    'TOO_MANY_ITEMS',
  ] as const,
  field: 'items',
  type: SupplierItemRef,
  list: true,
});

builder.mutationField('supplierItemsSet', (t) =>
  t.field({
    type: ItemsSetPayload,
    description: `Sets what a supplier sells us for up to ${MAX_ITEMS_PER_CALL} variants in one step (imports, demo data)`,
    authScopes: manage,
    args: { input: t.arg({ type: ItemsSetInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const supplierId = localUuid(input.supplierId, 'Supplier', ['input', 'supplierId']);
      if (input.items.length > MAX_ITEMS_PER_CALL) {
        return toPayload(
          procurementFail('TOO_MANY_ITEMS', `At most ${MAX_ITEMS_PER_CALL} items per call`, ['input', 'items']),
          () => ({ items: [] }),
        );
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
        return toPayload(
          procurementFail('UNKNOWN_VARIANT', 'The catalog has no such variant', [
            'input',
            'items',
            String(unknown),
            'variantId',
          ]),
          () => ({ items: [] }),
        );
      }
      return toPayload(await setSupplierItems(db, supplierId, items), (rows) => ({ items: rows }));
    },
  }),
);

const ItemRemoveInput = builder.inputType('SupplierItemRemoveInput', {
  fields: (t) => ({ supplierItemId: t.id({ required: true }) }),
});

const ItemRemovePayload = payloadType(builder, 'SupplierItemRemove', {
  codes: ['NOT_FOUND'] as const,
  field: 'removedSupplierItemId',
  type: 'ID',
});

builder.mutationField('supplierItemRemove', (t) =>
  t.field({
    type: ItemRemovePayload,
    authScopes: manage,
    args: { input: t.arg({ type: ItemRemoveInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await removeSupplierItem(
          dbOf(context),
          localUuid(input.supplierItemId, 'SupplierItem', ['input', 'supplierItemId']),
        ),
        () => ({ removedSupplierItemId: input.supplierItemId }),
      ),
  }),
);
