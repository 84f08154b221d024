import type { CustomFieldValue } from '@ucos/kit/custom-fields';
import type {
  BillLine as BillLineModel,
  Bill as BillModel,
  PurchaseOrderHistory as PurchaseOrderHistoryModel,
  PurchaseOrderLine as PurchaseOrderLineModel,
  PurchaseOrder as PurchaseOrderModel,
  ReceiptLine as ReceiptLineModel,
  Receipt as ReceiptModel,
  Settings as SettingsModel,
  SupplierContact as SupplierContactModel,
  SupplierItem as SupplierItemModel,
  Supplier as SupplierModel,
} from '../generated/prisma/client.ts';
import type { MatchReason } from './match.ts';

/**
 * The rows the stores return, typed from the Prisma models (prisma/schema.prisma) without
 * `tenant_id`: amounts and percents read as numbers (`::float8`), states as unions. The SQL column
 * lists next to them say the same.
 */

export type SupplierRow = Omit<SupplierModel, 'tenantId' | 'earlyPaymentDiscountPercent' | 'customFields'> & {
  earlyPaymentDiscountPercent: number;
  /** the tenant's custom fields (migration 0013): `{ key: value }` as the kit stores them */
  customFields: Record<string, CustomFieldValue>;
};

/** A `date` column as Prisma reads it (midnight UTC), as the SQL's `to_char(…, 'YYYY-MM-DD')` says it. */
const isoDay = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);

type SettingsNumbers =
  | 'receiptOverTolerancePercent'
  | 'matchQuantityTolerancePercent'
  | 'matchPriceTolerancePercent'
  | 'matchPriceToleranceAmount';

/** A tenant's purchasing settings; a tenant that never saved any has the defaults (version 0, never updated). */
export type SettingsRow = Omit<SettingsModel, 'tenantId' | 'updatedAt' | SettingsNumbers> &
  Record<SettingsNumbers, number> & { updatedAt: Date | null };

export const settingsRow = ({
  tenantId: _tenantId,
  receiptOverTolerancePercent,
  matchQuantityTolerancePercent,
  matchPriceTolerancePercent,
  matchPriceToleranceAmount,
  ...row
}: SettingsModel): SettingsRow => ({
  ...row,
  receiptOverTolerancePercent: receiptOverTolerancePercent.toNumber(),
  matchQuantityTolerancePercent: matchQuantityTolerancePercent.toNumber(),
  matchPriceTolerancePercent: matchPriceTolerancePercent.toNumber(),
  matchPriceToleranceAmount: Number(matchPriceToleranceAmount),
});

export const SUPPLIER_COLUMNS = `id, code, name, email, phone, currency, payment_terms_days as "paymentTermsDays",
  early_payment_discount_percent::float8 as "earlyPaymentDiscountPercent",
  early_payment_discount_days as "earlyPaymentDiscountDays", lead_time_days as "leadTimeDays", tax_id as "taxId",
  address, notes, active, custom_fields as "customFields", version, created_at as "createdAt", updated_at as "updatedAt"`;

/** A supplier as Prisma reads it (the percent a Decimal), as the stores return it. */
export const supplierRow = ({
  tenantId: _tenantId,
  earlyPaymentDiscountPercent,
  customFields,
  ...row
}: SupplierModel): SupplierRow => ({
  ...row,
  earlyPaymentDiscountPercent: earlyPaymentDiscountPercent.toNumber(),
  customFields: customFields as Record<string, CustomFieldValue>,
});

export type SupplierContactRow = Omit<SupplierContactModel, 'tenantId'>;

export type SupplierItemRow = Omit<SupplierItemModel, 'tenantId' | 'unitCost'> & { unitCost: number };

/** A supplier item as Prisma reads it (the cost a bigint), as the stores return it. */
export const supplierItemRow = ({ tenantId: _tenantId, unitCost, ...row }: SupplierItemModel): SupplierItemRow => ({
  ...row,
  unitCost: Number(unitCost),
});

export const ITEM_COLUMNS = `id, supplier_id as "supplierId", variant_id as "variantId", supplier_sku as "supplierSku",
  unit_cost::float8 as "unitCost", minimum_order_quantity as "minimumOrderQuantity", pack_size as "packSize",
  lead_time_days as "leadTimeDays", preferred, created_at as "createdAt", updated_at as "updatedAt"`;

export const PURCHASE_ORDER_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'APPROVED',
  'SENT',
  'PARTIALLY_RECEIVED',
  'RECEIVED',
  'CLOSED',
  'CANCELLED',
] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

type Amounts =
  | 'subtotalAmount'
  | 'taxAmount'
  | 'totalAmount'
  | 'baseSubtotalAmount'
  | 'baseTaxAmount'
  | 'baseTotalAmount';

export type PurchaseOrderRow = Omit<
  PurchaseOrderModel,
  'tenantId' | 'status' | 'exchangeRate' | 'approvedVia' | 'expectedAt' | Amounts
> & {
  status: PurchaseOrderStatus;
  /** exact, as stored: base minor units per supplier minor unit */
  exchangeRate: string;
  approvedVia: 'rule' | 'workflow' | null;
  /** YYYY-MM-DD */
  expectedAt: string | null;
} & Record<Amounts, number>;

export const PURCHASE_ORDER_COLUMNS = `id, number, supplier_id as "supplierId", status, currency,
  base_currency as "baseCurrency", exchange_rate::text as "exchangeRate",
  subtotal_amount::float8 as "subtotalAmount", tax_amount::float8 as "taxAmount", total_amount::float8 as "totalAmount",
  base_subtotal_amount::float8 as "baseSubtotalAmount", base_tax_amount::float8 as "baseTaxAmount",
  base_total_amount::float8 as "baseTotalAmount", to_char(expected_at, 'YYYY-MM-DD') as "expectedAt",
  warehouse_id as "warehouseId", notes, version, created_by as "createdBy", created_at as "createdAt",
  updated_at as "updatedAt", submitted_by as "submittedBy", submitted_at as "submittedAt",
  approved_by as "approvedBy", approved_via as "approvedVia", approved_at as "approvedAt",
  rejected_by as "rejectedBy", rejected_at as "rejectedAt", rejection_comment as "rejectionComment",
  sent_by as "sentBy", sent_at as "sentAt", received_at as "receivedAt", cancelled_by as "cancelledBy",
  cancelled_at as "cancelledAt", cancel_reason as "cancelReason", closed_by as "closedBy", closed_at as "closedAt"`;

/** A purchase order as Prisma reads it, as the SQL column list above says it (the rate at its stored scale). */
export const purchaseOrderRow = ({
  tenantId: _tenantId,
  status,
  exchangeRate,
  approvedVia,
  expectedAt,
  subtotalAmount,
  taxAmount,
  totalAmount,
  baseSubtotalAmount,
  baseTaxAmount,
  baseTotalAmount,
  ...row
}: PurchaseOrderModel): PurchaseOrderRow => ({
  ...row,
  status: status as PurchaseOrderStatus,
  exchangeRate: exchangeRate.toFixed(10),
  approvedVia: approvedVia as PurchaseOrderRow['approvedVia'],
  expectedAt: isoDay(expectedAt),
  subtotalAmount: Number(subtotalAmount),
  taxAmount: Number(taxAmount),
  totalAmount: Number(totalAmount),
  baseSubtotalAmount: Number(baseSubtotalAmount),
  baseTaxAmount: Number(baseTaxAmount),
  baseTotalAmount: Number(baseTotalAmount),
});

export type PurchaseOrderLineRow = Omit<
  PurchaseOrderLineModel,
  'tenantId' | 'unitCost' | 'taxRate' | 'receivedBaseValue' | 'expectedAt'
> & {
  unitCost: number;
  /** percent */
  taxRate: number;
  receivedBaseValue: number;
  /** YYYY-MM-DD */
  expectedAt: string | null;
};

export const LINE_COLUMNS = `id, purchase_order_id as "purchaseOrderId", position, variant_id as "variantId", sku,
  description, supplier_sku as "supplierSku", warehouse_id as "warehouseId", quantity, unit_cost::float8 as "unitCost",
  tax_rate::float8 as "taxRate", to_char(expected_at, 'YYYY-MM-DD') as "expectedAt",
  quantity_received as "quantityReceived", quantity_rejected as "quantityRejected",
  quantity_cancelled as "quantityCancelled", quantity_billed as "quantityBilled",
  received_base_value::float8 as "receivedBaseValue", created_at as "createdAt", updated_at as "updatedAt"`;

export type HistoryRow = Omit<PurchaseOrderHistoryModel, 'tenantId' | 'changes'> & {
  changes: Record<string, unknown>;
};

export const historyRow = ({ tenantId: _tenantId, changes, ...row }: PurchaseOrderHistoryModel): HistoryRow => ({
  ...row,
  changes: changes as Record<string, unknown>,
});

// Receipts

export type ReceiptStatus = 'DRAFT' | 'POSTED' | 'DISCARDED';

export type ReceiptRow = Pick<
  ReceiptModel,
  'id' | 'number' | 'purchaseOrderId' | 'warehouseId' | 'note' | 'createdBy' | 'createdAt' | 'postedBy' | 'postedAt'
> & {
  status: ReceiptStatus;
  purchaseOrderNumber: PurchaseOrderModel['number'];
  supplierId: PurchaseOrderModel['supplierId'];
  /** summed over its lines */
  acceptedQuantity: number;
  rejectedQuantity: number;
};

/** A receipt line as posting needs it. */
export type PostedLine = Pick<
  ReceiptLineModel,
  | 'id'
  | 'purchaseOrderLineId'
  | 'variantId'
  | 'warehouseId'
  | 'acceptedQuantity'
  | 'rejectedQuantity'
  | 'rejectionReason'
  | 'position'
>;

export type ReceiptLineRow = PostedLine &
  Pick<ReceiptLineModel, 'receiptId'> &
  Pick<PurchaseOrderLineModel, 'sku' | 'description'> & {
    /** supplier currency minor units, set when posted */
    supplierUnitCost: number | null;
    /** base currency minor units (fractional), set when posted */
    unitCost: number | null;
  };

/** The order a receipt locks: its rate exact, as stored. */
export type OrderForReceipt = Pick<
  PurchaseOrderModel,
  'id' | 'number' | 'supplierId' | 'status' | 'currency' | 'baseCurrency' | 'version'
> & { exchangeRate: string };

export type OrderLineForReceipt = Pick<
  PurchaseOrderLineModel,
  'id' | 'variantId' | 'warehouseId' | 'quantity' | 'quantityCancelled' | 'quantityReceived'
> & { unitCost: number };

/** An open line of a receivable order, as the receiving screen finds it by code. */
export type ReceivableLineRow = Pick<PurchaseOrderLineModel, 'variantId' | 'sku' | 'description' | 'warehouseId'> &
  Pick<PurchaseOrderModel, 'currency' | 'supplierId'> & {
    purchaseOrderId: PurchaseOrderModel['id'];
    purchaseOrderNumber: PurchaseOrderModel['number'];
    purchaseOrderStatus: PurchaseOrderModel['status'];
    purchaseOrderLineId: PurchaseOrderLineModel['id'];
    quantityOrdered: PurchaseOrderLineModel['quantity'];
    quantityCancelled: PurchaseOrderLineModel['quantityCancelled'];
    quantityReceived: PurchaseOrderLineModel['quantityReceived'];
    quantityRejected: PurchaseOrderLineModel['quantityRejected'];
    quantityBilled: PurchaseOrderLineModel['quantityBilled'];
    /** supplier currency minor units */
    unitCost: number;
    /** YYYY-MM-DD: the line's, else the order's */
    expectedAt: string | null;
  };

// Supplier bills and credit notes

export type BillKind = 'bill' | 'credit_note';
export type BillStatus = 'HELD' | 'POSTED' | 'CANCELLED';
export type BillLineMatchStatus = 'MATCHED' | 'MISMATCH' | 'NOT_MATCHED';

export interface HoldReason {
  billLineId?: string;
  code: string;
  message: string;
}

type BillAmounts =
  | 'subtotalAmount'
  | 'taxAmount'
  | 'freightAmount'
  | 'totalAmount'
  | 'baseTaxAmount'
  | 'baseFreightAmount'
  | 'baseTotalAmount';

export type BillRow = Omit<
  BillModel,
  | 'tenantId'
  | 'kind'
  | 'status'
  | 'billDate'
  | 'dueDate'
  | 'exchangeRate'
  | 'holdReasons'
  | 'cancelledBy'
  | 'cancelledAt'
  | BillAmounts
> &
  Record<BillAmounts, number> & {
    kind: BillKind;
    status: BillStatus;
    supplierName: SupplierModel['name'];
    purchaseOrderNumber: PurchaseOrderModel['number'] | null;
    /** YYYY-MM-DD */
    billDate: string;
    /** YYYY-MM-DD */
    dueDate: string;
    /** exact, as stored */
    exchangeRate: string;
    holdReasons: HoldReason[];
  };

type BillLineAmounts = 'unitPrice' | 'amount' | 'baseAmount' | 'receivedBaseAmount';

export type BillLineRow = Omit<
  BillLineModel,
  'tenantId' | 'matchStatus' | 'matchReasons' | 'orderedUnitCost' | BillLineAmounts
> &
  Record<BillLineAmounts, number> & {
    /** the order line's SKU, when the line is on one */
    sku: PurchaseOrderLineModel['sku'] | null;
    orderedUnitCost: number | null;
    matchStatus: BillLineMatchStatus;
    matchReasons: MatchReason[];
  };

/** The order a bill locks: its rate exact, as stored. */
export type OrderForBill = Pick<PurchaseOrderModel, 'id' | 'number' | 'supplierId' | 'status' | 'currency'> & {
  exchangeRate: string;
};

export type OrderLineForBill = Pick<
  PurchaseOrderLineModel,
  'id' | 'variantId' | 'description' | 'quantity' | 'quantityCancelled' | 'quantityReceived' | 'quantityBilled'
> & {
  unitCost: number;
  /** Σ accepted × base unit cost / received: the base cost one received unit was booked at */
  receivedBaseUnitCost: number;
};
