import { randomUUID } from 'node:crypto';
import {
  byIdQuery,
  CURSOR_KEYS,
  connectionType,
  encodeGlobalId,
  inputMutation,
  localUuid,
  maxLength,
  nodeEntity,
  optionalLocalUuid,
  pageOf,
  rules,
} from '@ucos/kit';
import { invoicePdf } from '@ucos/notifications/invoice-pdf';
import { z } from 'zod';
import { builder } from '../builder.ts';
import {
  type InvoiceLineRow,
  type InvoiceRow,
  type InvoiceSettingsRow,
  invoiceById,
  issueManualCreditNote,
  listInvoices,
  readInvoiceSettings,
  toDocument,
  updateInvoiceSettings,
} from '../data/invoices.ts';
import type { InvoiceDocument } from '../events/out/finance-events.ts';
import { filterDays } from './dates.ts';
import { canRead, dbOf, managers, readers, writers } from './types.ts';

export const InvoiceKindEnum = builder.enumType('FinanceInvoiceKind', {
  values: {
    INVOICE: { value: 'invoice', description: "An order's invoice (INV series)" },
    CREDIT_NOTE: { value: 'credit_note', description: 'A credit against an invoice (CN series)' },
  } as const,
});

export const InvoiceTriggerEnum = builder.enumType('FinanceInvoiceTrigger', {
  values: {
    CAPTURE: { value: 'capture', description: "Issued when the order's payment is captured" },
    SHIPMENT: { value: 'shipment', description: 'Issued for the whole order at its first shipment' },
  } as const,
});

const AddressRef = builder
  .objectRef<NonNullable<InvoiceDocument['buyer']['address']>>('FinanceInvoiceAddress')
  .implement({
    fields: (t) => ({
      name: t.exposeString('name'),
      line1: t.exposeString('line1'),
      line2: t.string({ nullable: true, resolve: (address) => address.line2 ?? null }),
      city: t.exposeString('city'),
      postalCode: t.exposeString('postalCode'),
      country: t.exposeString('country'),
    }),
  });

const SellerRef = builder.objectRef<InvoiceDocument['seller']>('FinanceInvoiceSeller').implement({
  description: 'The seller as printed on the document when it was issued',
  fields: (t) => ({
    name: t.exposeString('name'),
    legalName: t.exposeString('legalName'),
    address: t.exposeString('address'),
    taxId: t.exposeString('taxId'),
  }),
});

const BuyerRef = builder.objectRef<InvoiceDocument['buyer']>('FinanceInvoiceBuyer').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    taxId: t.string({
      nullable: true,
      description: "The business buyer's tax id given at checkout",
      resolve: (buyer) => buyer.taxId ?? null,
    }),
    address: t.field({ type: AddressRef, nullable: true, resolve: (buyer) => buyer.address ?? null }),
  }),
});

const InvoiceLineRef = builder.objectRef<InvoiceLineRow>('FinanceInvoiceLine').implement({
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo'),
    sku: t.exposeString('sku'),
    title: t.exposeString('title'),
    quantity: t.exposeInt('quantity'),
    unitAmount: t.expose('unitAmount', { type: 'MinorUnits', description: 'Net, before tax' }),
    lineAmount: t.expose('lineAmount', { type: 'MinorUnits', description: 'quantity × unitAmount, net' }),
    taxRateBps: t.exposeInt('taxRateBps', { description: 'Tax rate in basis points (1900 = 19 %)' }),
  }),
});

const TaxBreakdownRef = builder.objectRef<InvoiceDocument['taxBreakdown'][number]>('FinanceInvoiceTaxRate').implement({
  description: "One tax rate's taxable base and tax",
  fields: (t) => ({
    rateBps: t.exposeInt('rateBps', {
      description: 'The rate in basis points, rounded (see ratePpm for the exact rate)',
    }),
    ratePpm: t.int({
      nullable: true,
      description: 'The exact rate in parts per million (190000 = 19 %); null on documents from before tax zones',
      resolve: (rate) => rate.ratePpm ?? null,
    }),
    name: t.string({
      nullable: true,
      description: 'The rate as the shopper was shown it ("VAT 19%"); null on documents from before tax zones',
      resolve: (rate) => rate.name ?? null,
    }),
    baseAmount: t.expose('baseAmount', { type: 'MinorUnits' }),
    taxAmount: t.expose('taxAmount', { type: 'MinorUnits' }),
  }),
});

export const InvoiceRef = builder.objectRef<InvoiceRow>('FinanceInvoice');

InvoiceRef.implement({
  description: 'An issued customer invoice or credit note: numbered without gaps per year, never edited',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('FinanceInvoice', row.id) }),
    kind: t.field({ type: InvoiceKindEnum, resolve: (row) => row.kind }),
    number: t.exposeString('number', { description: '`INV-2026-000001`, `CN-2026-000001`' }),
    sourceType: t.exposeString('sourceType', {
      description: '`order`, `order.refunded`, `return.refunded` or `manual`',
    }),
    creditedInvoiceId: t.id({
      nullable: true,
      description: "A credit note's invoice",
      resolve: (row) => (row.creditedInvoiceId ? encodeGlobalId('FinanceInvoice', row.creditedInvoiceId) : null),
    }),
    creditedInvoiceNumber: t.exposeString('creditedInvoiceNumber', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    orderId: t.id({ resolve: (row) => encodeGlobalId('Order', row.orderId) }),
    orderNumber: t.exposeInt('orderNumber'),
    orderDisplayNumber: t.string({
      description: 'The order number as the shop shows it, with its prefix (`AC-1001`; `#1001` before prefixes)',
      resolve: (row) => row.orderDisplayNumber ?? `#${row.orderNumber}`,
    }),
    taxNote: t.exposeString('taxNote', {
      nullable: true,
      description: 'Printed under the totals, such as the reverse-charge statement',
    }),
    currency: t.exposeString('currency'),
    seller: t.field({ type: SellerRef, resolve: (row) => row.seller }),
    buyer: t.field({ type: BuyerRef, resolve: (row) => row.buyer }),
    lines: t.field({ type: [InvoiceLineRef], resolve: (row) => row.lines }),
    subtotalAmount: t.expose('subtotalAmount', { type: 'MinorUnits', description: 'The lines, net' }),
    discountAmount: t.expose('discountAmount', { type: 'MinorUnits' }),
    shippingAmount: t.expose('shippingAmount', { type: 'MinorUnits', description: 'Net' }),
    taxAmount: t.expose('taxAmount', { type: 'MinorUnits' }),
    totalAmount: t.expose('totalAmount', { type: 'MinorUnits' }),
    taxBreakdown: t.field({ type: [TaxBreakdownRef], resolve: (row) => row.taxBreakdown }),
    creditedAmount: t.expose('creditedAmount', {
      type: 'MinorUnits',
      description: "An invoice's amount its credit notes took back (0 for a credit note)",
    }),
    remainingAmount: t.field({
      type: 'MinorUnits',
      description: 'What is left to credit (0 for a credit note)',
      resolve: (row) => (row.kind === 'invoice' ? row.totalAmount - row.creditedAmount : 0),
    }),
    creditNotes: t.field({
      type: [InvoiceRef],
      description: "An invoice's credit notes, oldest first (at most 100)",
      resolve: async (row, _args, context) => {
        if (row.kind !== 'invoice') return [];
        const notes = await listInvoices(
          dbOf(context),
          { kind: 'credit_note', customerEmail: null, orderId: null, creditedInvoiceId: row.id, from: null, to: null },
          pageOf({ first: 100 }, CURSOR_KEYS.instant),
        );
        return notes.edges.map((edge) => edge.node).reverse();
      },
    }),
    issueDate: t.exposeString('issueDate', { description: "YYYY-MM-DD, in the tenant's time zone" }),
    dueDate: t.exposeString('dueDate', { description: 'YYYY-MM-DD' }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime' }),
  }),
});

nodeEntity(builder, InvoiceRef, 'FinanceInvoice', (id, context) =>
  canRead(context.auth) ? invoiceById(dbOf(context), id) : null,
);

const InvoiceConnection = connectionType(builder, 'FinanceInvoice', InvoiceRef);

const InvoiceFilter = builder.inputType('FinanceInvoiceFilter', {
  fields: (t) => ({
    kind: t.field({ type: InvoiceKindEnum }),
    customerEmail: t.string(maxLength(320, 'The buyer, case-insensitive')),
    orderId: t.id({ description: "The order's id" }),
    from: t.string(maxLength(10, 'Issued on or after, YYYY-MM-DD')),
    to: t.string(maxLength(10, 'Issued on or before, YYYY-MM-DD')),
  }),
});

builder.queryField('financeInvoices', (t) =>
  t.connection(
    {
      type: InvoiceRef,
      description: 'Invoices and credit notes, newest first',
      authScopes: readers,
      args: { filter: t.arg({ type: InvoiceFilter }) },
      resolve: (_root, args, context) => {
        const filter = args.filter ?? {};
        const days = filterDays(filter);
        return listInvoices(
          dbOf(context),
          {
            kind: filter.kind ?? null,
            customerEmail: filter.customerEmail?.trim() || null,
            orderId: optionalLocalUuid(filter.orderId, 'Order', ['filter', 'orderId']),
            creditedInvoiceId: null,
            ...days,
          },
          pageOf(args, CURSOR_KEYS.instant),
        );
      },
    },
    InvoiceConnection,
  ),
);

byIdQuery(builder, 'financeInvoice', {
  type: InvoiceRef,
  typeName: 'FinanceInvoice',
  authScopes: readers,
  load: (context, id) => invoiceById(dbOf(context), id),
});

builder.queryField('financeInvoicePdf', (t) =>
  t.string({
    nullable: true,
    description:
      'The invoice or credit note as the PDF the customer is mailed, base64-encoded (null: no such document)',
    authScopes: readers,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const db = dbOf(context);
      const row = await invoiceById(db, localUuid(id, 'FinanceInvoice', ['id']));
      if (!row) return null;
      const settings = await readInvoiceSettings(db);
      const document = toDocument(row, settings);
      return (await invoicePdf(document, settings.tenantLocale ?? 'en')).toString('base64');
    },
  }),
);

// ---------------------------------------------------------------------------------------------
// Settings

const InvoiceSettingsRef = builder.objectRef<InvoiceSettingsRow>('FinanceInvoiceSettings').implement({
  description: 'When invoices are issued and what their seller block says (issued documents keep what they said)',
  fields: (t) => ({
    invoiceTrigger: t.field({ type: InvoiceTriggerEnum, resolve: (row) => row.invoiceTrigger }),
    sellerName: t.exposeString('tenantName', { description: "The store's name (identity's tenant settings)" }),
    sellerLegalName: t.exposeString('sellerLegalName'),
    sellerAddress: t.exposeString('sellerAddress', { description: 'Printed as given, one line per line' }),
    sellerTaxId: t.exposeString('sellerTaxId'),
    paymentTermsDays: t.exposeInt('paymentTermsDays', { description: 'Due date = issue date + this' }),
    timeZone: t.exposeString('timeZone', {
      nullable: true,
      description: "The tenant's time zone for issue dates (UTC when unknown)",
    }),
  }),
});

builder.queryField('financeInvoiceSettings', (t) =>
  t.field({
    type: InvoiceSettingsRef,
    authScopes: readers,
    resolve: (_root, _args, context) => readInvoiceSettings(dbOf(context)),
  }),
);

const InvoiceSettingsInput = builder.inputType('FinanceInvoiceSettingsInput', {
  description: 'Left out: unchanged',
  fields: (t) => ({
    invoiceTrigger: t.field({ type: InvoiceTriggerEnum }),
    sellerLegalName: t.string({ validate: rules.text({ max: 200 }) }),
    sellerAddress: t.string({ validate: rules.text({ max: 500 }) }),
    sellerTaxId: t.string({ validate: rules.text({ max: 50 }) }),
    paymentTermsDays: t.int({
      validate: rules.rule(z.number().int().min(0).max(365, 'At most 365 days'), 'INVALID_INPUT'),
    }),
  }),
});

inputMutation(builder, 'financeInvoiceSettingsUpdate', {
  input: InvoiceSettingsInput,
  payload: { codes: ['INVALID_INPUT'], field: 'settings', type: InvoiceSettingsRef },
  authScopes: managers,
  run: (context, input) =>
    updateInvoiceSettings(dbOf(context), {
      invoiceTrigger: input.invoiceTrigger ?? null,
      sellerLegalName: input.sellerLegalName?.trim() ?? null,
      sellerAddress: input.sellerAddress?.trim() ?? null,
      sellerTaxId: input.sellerTaxId?.trim() ?? null,
      paymentTermsDays: input.paymentTermsDays ?? null,
    }),
  fields: (settings) => ({ settings }),
});

// ---------------------------------------------------------------------------------------------
// Credit notes

const CreditLineInput = builder.inputType('FinanceCreditNoteLineInput', {
  fields: (t) => ({
    lineNo: t.int({ required: true, description: "The invoice line's number" }),
    quantity: t.int({ required: true, validate: rules.quantity({ min: 1, max: 100_000 }) }),
  }),
});

const CreditNoteIssueInput = builder.inputType('FinanceCreditNoteIssueInput', {
  description: 'Credit either an amount (gross, split over the invoice tax rates) or quantities of its lines',
  fields: (t) => ({
    invoiceId: t.id({ required: true }),
    amount: t.field({
      type: 'MinorUnits',
      description: 'Gross, in the invoice currency',
      validate: rules.rule(z.number().int().positive('Must be positive'), 'INVALID_AMOUNT'),
    }),
    lines: t.field({ type: [CreditLineInput], validate: rules.rule(z.array(z.unknown()).max(500), 'INVALID_INPUT') }),
    reason: t.string({ required: true, validate: rules.text({ max: 300, required: true }) }),
  }),
});

inputMutation(builder, 'financeCreditNoteIssue', {
  input: CreditNoteIssueInput,
  payload: {
    codes: ['NOT_FOUND', 'EXCEEDS_REMAINING', 'INVALID_INPUT', 'INVALID_AMOUNT', 'INVALID_QUANTITY'],
    field: 'creditNote',
    type: InvoiceRef,
  },
  authScopes: writers,
  run: (context, input) =>
    issueManualCreditNote(dbOf(context), {
      invoiceId: localUuid(input.invoiceId, 'FinanceInvoice', ['input', 'invoiceId']),
      amount: input.amount ?? null,
      lines: input.lines ?? null,
      reason: input.reason.trim(),
      requestId: randomUUID(),
    }),
  fields: (creditNote) => ({ creditNote }),
});
