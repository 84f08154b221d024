import { defineEvents, event } from '@ucos/kit';

/**
 * What procurement publishes (subjects `ucos.<type>`), exactly as the procurement ↔ inventory ↔
 * finance contract fixes it. Ids are local uuids. Money is integer minor units; `unitCost` fields are
 * decimals in minor units; exchange rates are decimal strings (base minor units per supplier minor unit).
 */

export interface PurchaseOrderLineQuantities {
  lineId: string;
  variantId: string;
  warehouseId: string;
  orderedQuantity: number;
  /** on cancelled/closed: everything that will not arrive (ordered − received) */
  cancelledQuantity: number;
}

/** approved / changed / cancelled / closed: inventory sets its incoming ledger from it when `version` is newer. */
export interface PurchaseOrderLinesPayload {
  purchaseOrderId: string;
  number: string;
  supplierId: string;
  /** the order's version: strictly increases with every change */
  version: number;
  lines: PurchaseOrderLineQuantities[];
}

export interface PurchaseOrderSubmittedPayload {
  purchaseOrderId: string;
  number: string;
  supplierId: string;
  supplierName: string;
  /** base currency minor units */
  totalAmount: number;
  /** the base currency */
  currency: string;
  supplierTotalAmount: number;
  supplierCurrency: string;
  exchangeRate: string;
  lineCount: number;
  /** the submitting staff user: the approval workflow never lets them decide their own order */
  requestedBy: string | null;
}

export interface PurchaseOrderApprovedPayload extends PurchaseOrderLinesPayload {
  approvedBy: 'rule' | 'workflow';
}

export interface PurchaseOrderRejectedPayload {
  purchaseOrderId: string;
  number: string;
  comment: string;
}

/** The document the supplier is mailed (notifications' `purchase_order.sent` template and its PDF). */
export interface PurchaseOrderDocument {
  number: string;
  buyerName: string;
  supplierName: string;
  currency: string;
  expectedAt: string | null;
  totalAmount: number;
  lines: { sku: string; description: string; quantity: number; unitAmount: number }[];
}

export interface PurchaseOrderSentPayload {
  purchaseOrderId: string;
  number: string;
  supplierId: string;
  email: string;
  purchaseOrder: PurchaseOrderDocument;
}

export interface ReceiptPostedLine {
  receiptLineId: string;
  purchaseOrderLineId: string;
  variantId: string;
  warehouseId: string;
  acceptedQuantity: number;
  rejectedQuantity: number;
  rejectionReason?: string;
  /** decimal, base currency minor units (supplier unit cost × exchange rate) */
  unitCost: number;
  /** supplier currency minor units */
  supplierUnitCost: number;
  supplierCurrency: string;
  exchangeRate: string;
}

export interface ReceiptPostedPayload {
  receiptId: string;
  number: string;
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  supplierId: string;
  warehouseId: string;
  receivedAt: string;
  baseCurrency: string;
  lines: ReceiptPostedLine[];
}

export interface BillHeldPayload {
  billId: string;
  number: string;
  supplierId: string;
  reasons: { billLineId?: string; code: string; message: string }[];
}

export interface BillPostedLine {
  billLineId: string;
  purchaseOrderLineId?: string;
  variantId?: string;
  description: string;
  quantity: number;
  /** supplier currency minor units */
  unitPrice: number;
  /** supplier currency minor units */
  amount: number;
  baseAmount: number;
  /** quantity × the receipts' base unit cost for that line: what finance booked as received not invoiced */
  receivedBaseAmount: number;
}

/** `procurement.bill.posted` and `procurement.credit_note.posted` (a credit note's amounts are positive). */
export interface BillPostedPayload {
  billId: string;
  number: string;
  kind: 'bill' | 'credit_note';
  supplierId: string;
  supplierName: string;
  purchaseOrderId?: string;
  /** YYYY-MM-DD */
  billDate: string;
  /** YYYY-MM-DD */
  dueDate: string;
  /** the supplier's */
  currency: string;
  exchangeRate: string;
  baseCurrency: string;
  lines: BillPostedLine[];
  taxAmount: number;
  freightAmount: number;
  /** supplier currency: lines + tax + freight */
  totalAmount: number;
  baseTaxAmount: number;
  baseFreightAmount: number;
  baseTotalAmount: number;
}

export interface SupplierChangedPayload {
  supplierId: string;
  name: string;
  currency: string;
  paymentTermsDays: number;
}

export const PROCUREMENT_EVENTS = defineEvents('procurement', {
  /** the `purchase-order-approval` workflow template triggers on it */
  'procurement.purchase_order.submitted': event<PurchaseOrderSubmittedPayload>('PurchaseOrder'),
  /** inventory: incoming += ordered − cancelled − received */
  'procurement.purchase_order.approved': event<PurchaseOrderApprovedPayload>('PurchaseOrder'),
  'procurement.purchase_order.rejected': event<PurchaseOrderRejectedPayload>('PurchaseOrder'),
  /** an approved order's lines edited: inventory re-applies the quantities */
  'procurement.purchase_order.changed': event<PurchaseOrderLinesPayload>('PurchaseOrder'),
  /** notifications mails the document and its PDF to the supplier */
  'procurement.purchase_order.sent': event<PurchaseOrderSentPayload>('PurchaseOrder'),
  'procurement.purchase_order.cancelled': event<PurchaseOrderLinesPayload>('PurchaseOrder'),
  'procurement.purchase_order.closed': event<PurchaseOrderLinesPayload>('PurchaseOrder'),
  /** inventory: incoming → on hand, moving-average cost */
  'procurement.receipt.posted': event<ReceiptPostedPayload>('Receipt'),
  'procurement.bill.held': event<BillHeldPayload>('SupplierBill'),
  /** finance: accounts payable */
  'procurement.bill.posted': event<BillPostedPayload>('SupplierBill'),
  'procurement.credit_note.posted': event<BillPostedPayload>('SupplierBill'),
  'procurement.supplier.changed': event<SupplierChangedPayload>('Supplier'),
});

export type ProcurementEvents = typeof PROCUREMENT_EVENTS;
