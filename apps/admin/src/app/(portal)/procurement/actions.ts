'use server';
import type { FormState } from '@ucos/ui/form';
import { currencyDigits, integer, minorUnits, optional, text } from '@ucos/ui/form';
import { redirect } from 'next/navigation';
import { customFieldValues } from '../../../lib/custom-fields.ts';
import { formResult } from '../../../lib/form-result.ts';
import { gql, mutate } from '../../../lib/gateway.ts';
import {
  CreateFromSuggestions,
  SupplierContactAdd,
  SupplierContactRemove,
  SupplierCreate,
  SupplierCustomFieldsUpdate,
  SupplierItemRemove,
  SupplierItemsSet,
  Transition,
  VariantBySku,
} from './documents.ts';

const orderPath = (id: string) => `/procurement/orders/${encodeURIComponent(id)}`;
const supplierPath = (id: string) => `/procurement/suppliers/${encodeURIComponent(id)}`;

/** One purchase order action from its button (the actions the API offers in `availableActions`). */
export async function purchaseOrderAction(_: FormState, form: FormData): Promise<FormState> {
  const purchaseOrderId = text(form, 'purchaseOrderId');
  const action = text(form, 'action') as keyof typeof Transition;
  const document = Transition[action];
  if (!document) return { message: 'Unknown action.' };
  const back = orderPath(purchaseOrderId);
  const input = {
    purchaseOrderId,
    expectedVersion: integer(form, 'version'),
    comment: optional(form, 'comment'),
  };
  return formResult(
    async () => {
      const data = (await mutate(document as typeof Transition.SUBMIT, { input }, back)) as Record<
        string,
        { errors: { code: string; field: readonly string[] | null; message: string }[] }
      >;
      return Object.values(data)[0]?.errors ?? [];
    },
    'Done.',
    { revalidate: [back, '/procurement'] },
  );
}

export async function createSupplier(_: FormState, form: FormData): Promise<FormState> {
  const input = {
    code: text(form, 'code'),
    name: text(form, 'name'),
    currency: text(form, 'currency').toUpperCase(),
    email: optional(form, 'email'),
    paymentTermsDays: integer(form, 'paymentTermsDays'),
    leadTimeDays: integer(form, 'leadTimeDays'),
  };
  return formResult(
    async () => (await mutate(SupplierCreate, { input }, '/procurement/suppliers')).supplierCreate.errors,
    `Supplier ${input.name} created.`,
    { revalidate: ['/procurement/suppliers'] },
  );
}

/**
 * The selected suggestions become one draft per supplier. Each checkbox carries
 * `variantId|warehouseId|quantity`; rates for suppliers in other currencies come as `rate:<CUR>`.
 */
export async function createFromSuggestions(_: FormState, form: FormData): Promise<FormState> {
  const lines = form
    .getAll('lines')
    .map(String)
    .map((value) => {
      const [variantId = '', warehouseId = '', quantity = '0'] = value.split('|');
      return { variantId, warehouseId, quantity: Number(quantity) };
    });
  if (lines.length === 0) return { message: 'Select at least one suggestion.' };
  const exchangeRates = [...form.keys()]
    .filter((key) => key.startsWith('rate:') && text(form, key))
    .map((key) => ({ currency: key.slice('rate:'.length), rate: text(form, key) }));
  let created: { id: string; number: string }[] = [];
  const state = await formResult(
    async () => {
      const { purchaseOrdersCreateFromSuggestions: answer } = await mutate(
        CreateFromSuggestions,
        { input: { lines, exchangeRates } },
        '/procurement/replenishment',
      );
      created = answer.purchaseOrders;
      return answer.errors;
    },
    () => `Created ${created.map((order) => order.number).join(', ')}.`,
    { revalidate: ['/procurement', '/procurement/replenishment'] },
  );
  if (state.ok && created.length === 1 && created[0]) redirect(orderPath(created[0].id));
  return state;
}

export async function addSupplierContact(_: FormState, form: FormData): Promise<FormState> {
  const supplierId = text(form, 'supplierId');
  const input = {
    supplierId,
    name: text(form, 'name'),
    email: optional(form, 'email'),
    phone: optional(form, 'phone'),
    role: optional(form, 'role'),
  };
  const back = supplierPath(supplierId);
  return formResult(
    async () => (await mutate(SupplierContactAdd, { input }, back)).supplierContactAdd.errors,
    `Contact ${input.name} added.`,
    { revalidate: [back] },
  );
}

export async function removeSupplierContact(_: FormState, form: FormData): Promise<FormState> {
  const back = supplierPath(text(form, 'supplierId'));
  return formResult(
    async () =>
      (await mutate(SupplierContactRemove, { input: { contactId: text(form, 'contactId') } }, back))
        .supplierContactRemove.errors,
    'Contact removed.',
    { revalidate: [back] },
  );
}

/**
 * What the supplier sells for one variant, found by our SKU: created, or replaced when the supplier
 * already sells it. The unit cost is typed in the supplier's currency.
 */
export async function setSupplierItem(_: FormState, form: FormData): Promise<FormState> {
  const supplierId = text(form, 'supplierId');
  const back = supplierPath(supplierId);
  const sku = text(form, 'sku');
  const unitCost = minorUnits(text(form, 'unitCost'), currencyDigits(text(form, 'currency') || 'EUR'));
  const errors: Record<string, string> = {};
  if (!sku) errors.sku = 'Type the SKU of one of our variants.';
  if (unitCost === null) errors.unitCost = 'An amount such as 12.50.';
  const variant = sku ? (await gql(VariantBySku, { sku }, back)).variantBySku : null;
  if (sku && !variant) errors.sku = `No variant has the SKU ${sku}.`;
  if (!variant || unitCost === null || Object.keys(errors).length) return { errors };
  const item = {
    variantId: variant.id,
    supplierSku: optional(form, 'supplierSku'),
    unitCost,
    minimumOrderQuantity: integer(form, 'minimumOrderQuantity') ?? 1,
    packSize: integer(form, 'packSize') ?? 1,
    leadTimeDays: integer(form, 'leadTimeDays'),
    preferred: form.get('preferred') === 'yes' ? true : null,
  };
  return formResult(
    async () =>
      (await mutate(SupplierItemsSet, { input: { supplierId, items: [item] } }, back)).supplierItemsSet.errors,
    `Item ${sku} saved.`,
    { revalidate: [back] },
  );
}

export async function removeSupplierItem(_: FormState, form: FormData): Promise<FormState> {
  const back = supplierPath(text(form, 'supplierId'));
  return formResult(
    async () =>
      (await mutate(SupplierItemRemove, { input: { supplierItemId: text(form, 'supplierItemId') } }, back))
        .supplierItemRemove.errors,
    'Item removed.',
    { revalidate: [back] },
  );
}

/** Saves the custom field values of a supplier's detail page (blank removes a value). */
export async function saveSupplierCustomFields(_: FormState, form: FormData): Promise<FormState> {
  const supplierId = text(form, 'supplierId');
  const input = {
    supplierId,
    expectedVersion: Number(text(form, 'version')),
    customFields: customFieldValues(form),
  };
  const back = supplierPath(supplierId);
  return formResult(
    async () => (await mutate(SupplierCustomFieldsUpdate, { input }, back)).supplierUpdate.errors,
    'Custom fields saved.',
    { revalidate: [back] },
  );
}
