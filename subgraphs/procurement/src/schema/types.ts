import { encodeGlobalId, hasScope, referenceUuid } from '@ucos/kit';
import { builder, MoneyRef } from '../builder.ts';
import { availablePurchaseOrderActions, PURCHASE_ORDER_ACTIONS } from '../data/machines.ts';
import {
  type HistoryRow,
  PURCHASE_ORDER_STATUSES,
  type PurchaseOrderLineRow,
  type PurchaseOrderRow,
  type SupplierContactRow,
  type SupplierItemRow,
  type SupplierRow,
} from '../data/rows.ts';
import { manage } from './common.ts';
import {
  contactsLoader,
  historyLoader,
  linesLoader,
  openOrdersLoader,
  supplierItemsLoader,
  supplierLoader,
  variantItemsLoader,
} from './loaders.ts';

const money = (amount: number, currency: string) => ({ amount, currency });

/** catalog's ProductVariant: procurement adds who supplies it */
export const ProductVariantRef = builder.externalRef('ProductVariant', builder.selection<{ id: string }>('id'));

/** inventory's Warehouse: a reference the gateway resolves there (code, name) */
export const WarehouseRef = builder.externalRef(
  'Warehouse',
  builder.keyDirective(builder.selection<{ id: string }>('id'), false),
);
WarehouseRef.implement({ externalFields: (t) => ({ id: t.id() }), fields: () => ({}) });

const variantRef = (variantId: string) => ({ id: encodeGlobalId('ProductVariant', variantId) });
const warehouseRef = (warehouseId: string) => ({ id: encodeGlobalId('Warehouse', warehouseId) });

export const SupplierContactRef = builder.objectRef<SupplierContactRow>('SupplierContact').implement({
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('SupplierContact', row.id) }),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    role: t.exposeString('role', { nullable: true }),
  }),
});

export const SupplierItemRef = builder.objectRef<SupplierItemRow>('SupplierItem');

export const PurchaseOrderRef = builder.objectRef<PurchaseOrderRow>('PurchaseOrder');

export const SupplierRef = builder.objectRef<SupplierRow>('Supplier').implement({
  description: 'Someone the tenant buys from',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('Supplier', row.id) }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true, description: 'Where purchase orders are sent' }),
    phone: t.exposeString('phone', { nullable: true }),
    currency: t.exposeString('currency', { description: 'The currency it bills in (ISO 4217)' }),
    paymentTermsDays: t.exposeInt('paymentTermsDays', {
      description: 'Net days: a bill is due this long after its date',
    }),
    earlyPaymentDiscountPercent: t.exposeFloat('earlyPaymentDiscountPercent'),
    earlyPaymentDiscountDays: t.exposeInt('earlyPaymentDiscountDays'),
    leadTimeDays: t.exposeInt('leadTimeDays', {
      description: 'Days from order to arrival, unless an item says otherwise',
    }),
    taxId: t.exposeString('taxId', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    active: t.exposeBoolean('active'),
    version: t.exposeInt('version'),
    contacts: t.field({
      type: [SupplierContactRef],
      resolve: (row, _args, context) => contactsLoader(context).load(row.id),
    }),
    items: t.field({
      type: [SupplierItemRef],
      description: 'What it sells us, per variant',
      resolve: (row, _args, context) => supplierItemsLoader(context).load(row.id),
    }),
    openPurchaseOrders: t.field({
      type: [PurchaseOrderRef],
      description: 'Its orders that are not received, closed or cancelled yet, newest first',
      resolve: (row, _args, context) => openOrdersLoader(context).load(row.id),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

SupplierItemRef.implement({
  description: 'A variant a supplier sells us, at its cost in the supplier’s currency',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('SupplierItem', row.id) }),
    supplier: t.field({
      type: SupplierRef,
      resolve: async (row, _args, context) => (await supplierLoader(context).load(row.supplierId)) as SupplierRow,
    }),
    variant: t.field({ type: ProductVariantRef, resolve: (row) => variantRef(row.variantId) }),
    variantId: t.id({ resolve: (row) => encodeGlobalId('ProductVariant', row.variantId) }),
    supplierSku: t.exposeString('supplierSku', { nullable: true }),
    unitCost: t.field({
      type: MoneyRef,
      resolve: async (row, _args, context) =>
        money(row.unitCost, (await supplierLoader(context).load(row.supplierId))?.currency ?? 'EUR'),
    }),
    minimumOrderQuantity: t.exposeInt('minimumOrderQuantity'),
    packSize: t.exposeInt('packSize', { description: 'Orders are rounded up to whole packs' }),
    leadTimeDays: t.exposeInt('leadTimeDays', { nullable: true, description: 'Overrides the supplier’s lead time' }),
    preferred: t.exposeBoolean('preferred', { description: 'The supplier replenishment proposes for this variant' }),
  }),
});

ProductVariantRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    supplierItems: t.field({
      type: [SupplierItemRef],
      description: 'Who supplies this variant, the preferred supplier first (procurement)',
      authScopes: manage,
      resolve: (variant, _args, context) => {
        // a reference that is no variant id has no suppliers
        const variantId = referenceUuid(variant.id, 'ProductVariant');
        return variantId ? variantItemsLoader(context).load(variantId) : [];
      },
    }),
  }),
});

export const PurchaseOrderStatusEnum = builder.enumType('PurchaseOrderStatus', {
  values: Object.fromEntries(PURCHASE_ORDER_STATUSES.map((status) => [status, { value: status }])) as Record<
    (typeof PURCHASE_ORDER_STATUSES)[number],
    { value: (typeof PURCHASE_ORDER_STATUSES)[number] }
  >,
});

export const PurchaseOrderActionEnum = builder.enumType('PurchaseOrderAction', {
  description: 'A move the caller may make now; approval is decided in the Tasks inbox (the approval workflow)',
  values: Object.fromEntries(
    Object.keys(PURCHASE_ORDER_ACTIONS).map((action) => [action, { value: action }]),
  ) as Record<keyof typeof PURCHASE_ORDER_ACTIONS, { value: keyof typeof PURCHASE_ORDER_ACTIONS }>,
});

export const PurchaseOrderLineRef = builder
  .objectRef<PurchaseOrderLineRow & { currency: string }>('PurchaseOrderLine')
  .implement({
    fields: (t) => ({
      id: t.id({ resolve: (row) => encodeGlobalId('PurchaseOrderLine', row.id) }),
      position: t.exposeInt('position'),
      variant: t.field({ type: ProductVariantRef, resolve: (row) => variantRef(row.variantId) }),
      variantId: t.id({ resolve: (row) => encodeGlobalId('ProductVariant', row.variantId) }),
      sku: t.exposeString('sku', { description: 'As it was when the line was written' }),
      description: t.exposeString('description'),
      supplierSku: t.exposeString('supplierSku', { nullable: true }),
      warehouse: t.field({ type: WarehouseRef, resolve: (row) => warehouseRef(row.warehouseId) }),
      warehouseId: t.id({ resolve: (row) => encodeGlobalId('Warehouse', row.warehouseId) }),
      quantity: t.exposeInt('quantity', { description: 'Ordered' }),
      quantityReceived: t.exposeInt('quantityReceived'),
      quantityRejected: t.exposeInt('quantityRejected'),
      quantityCancelled: t.exposeInt('quantityCancelled', {
        description: 'Will not arrive (removed, cancelled or closed)',
      }),
      quantityBilled: t.exposeInt('quantityBilled'),
      quantityOpen: t.int({
        description: 'Still to arrive: ordered − received − cancelled, at least 0',
        resolve: (row) => Math.max(0, row.quantity - row.quantityReceived - row.quantityCancelled),
      }),
      unitCost: t.field({ type: MoneyRef, resolve: (row) => money(row.unitCost, row.currency) }),
      taxRate: t.exposeFloat('taxRate', { description: 'Percent' }),
      amount: t.field({
        type: MoneyRef,
        description: '(quantity − cancelled) × unit cost, before tax',
        resolve: (row) => money((row.quantity - row.quantityCancelled) * row.unitCost, row.currency),
      }),
      expectedAt: t.exposeString('expectedAt', { nullable: true, description: 'YYYY-MM-DD' }),
    }),
  });

export const PurchaseOrderHistoryEntryRef = builder.objectRef<HistoryRow>('PurchaseOrderHistoryEntry').implement({
  description: 'One change of a purchase order (one per version)',
  fields: (t) => ({
    version: t.exposeInt('version'),
    action: t.exposeString('action', {
      description: 'created, edited, submitted, approved, rejected, sent, cancelled, closed, …',
    }),
    actorKind: t.exposeString('actorKind'),
    actorId: t.exposeString('actorId', { nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    changes: t.string({ description: 'What changed, as JSON', resolve: (row) => JSON.stringify(row.changes) }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
  }),
});

PurchaseOrderRef.implement({
  description: 'An order to a supplier, in its currency and valued in the base currency at the recorded rate',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('PurchaseOrder', row.id) }),
    number: t.exposeString('number'),
    status: t.field({ type: PurchaseOrderStatusEnum, resolve: (row) => row.status }),
    supplier: t.field({
      type: SupplierRef,
      resolve: async (row, _args, context) => (await supplierLoader(context).load(row.supplierId)) as SupplierRow,
    }),
    currency: t.exposeString('currency', { description: 'The supplier’s' }),
    baseCurrency: t.exposeString('baseCurrency'),
    exchangeRate: t.exposeString('exchangeRate', {
      description: 'Base minor units per supplier minor unit, as recorded on the order (decimal)',
    }),
    subtotal: t.field({ type: MoneyRef, resolve: (row) => money(row.subtotalAmount, row.currency) }),
    tax: t.field({ type: MoneyRef, resolve: (row) => money(row.taxAmount, row.currency) }),
    total: t.field({ type: MoneyRef, resolve: (row) => money(row.totalAmount, row.currency) }),
    baseSubtotal: t.field({ type: MoneyRef, resolve: (row) => money(row.baseSubtotalAmount, row.baseCurrency) }),
    baseTax: t.field({ type: MoneyRef, resolve: (row) => money(row.baseTaxAmount, row.baseCurrency) }),
    baseTotal: t.field({ type: MoneyRef, resolve: (row) => money(row.baseTotalAmount, row.baseCurrency) }),
    expectedAt: t.exposeString('expectedAt', { nullable: true, description: 'YYYY-MM-DD' }),
    warehouse: t.field({
      type: WarehouseRef,
      nullable: true,
      description: 'The default destination of its lines',
      resolve: (row) => (row.warehouseId ? warehouseRef(row.warehouseId) : null),
    }),
    notes: t.exposeString('notes', { nullable: true }),
    version: t.exposeInt('version', { description: 'Grows with every change; edits must name the version they read' }),
    lines: t.field({
      type: [PurchaseOrderLineRef],
      resolve: async (row, _args, context) =>
        (await linesLoader(context).load(row.id)).map((line) => ({ ...line, currency: row.currency })),
    }),
    history: t.field({
      type: [PurchaseOrderHistoryEntryRef],
      description: 'Every change, oldest first',
      resolve: (row, _args, context) => historyLoader(context).load(row.id),
    }),
    availableActions: t.field({
      type: [PurchaseOrderActionEnum],
      description: 'What the caller may do now (empty without procurement:manage)',
      resolve: async (row, _args, context) => {
        if (!hasScope(context.auth, 'procurement:manage')) return [];
        const lines = await linesLoader(context).load(row.id);
        return availablePurchaseOrderActions(
          { status: row.status, anyReceived: lines.some((line) => line.quantityReceived > 0) },
          context.auth,
        );
      },
    }),
    approvedVia: t.exposeString('approvedVia', { nullable: true, description: 'rule or workflow' }),
    rejectionComment: t.exposeString('rejectionComment', {
      nullable: true,
      description: 'Why the last approval sent it back to draft',
    }),
    createdBy: t.exposeString('createdBy', { nullable: true }),
    submittedBy: t.exposeString('submittedBy', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
  }),
});
