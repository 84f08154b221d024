/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BillLineMatchStatus =
  /** Within tolerance of the order and its receipts */
  | 'MATCHED'
  /** Outside a tolerance: see the reasons */
  | 'MISMATCH'
  /** Not on an order line (a fee), or a credit note line */
  | 'NOT_MATCHED';

/** Rows whose value of this field is one of `values`: the value stored, or the default for a row that stored none (as the API answers it); not for MONEY fields */
export type CustomFieldValueFilter = {
  /** An active custom field of the list’s entity. At most 200 characters. */
  key: string;
  /** Canonical strings, 1 to 50 (true/false for a BOOLEAN, YYYY-MM-DD for a DATE). Each at most 200 characters. */
  values: Array<string>;
};

export type CustomFieldValueInput = {
  /** At most 200 characters. */
  key: string;
  /** The canonical string (see CustomField.value); null or "" removes the value. At most 1000 characters. */
  value?: string | null | undefined;
};

export type FinanceInvoiceFilter = {
  /** The buyer, case-insensitive. At most 320 characters. */
  customerEmail?: string | null | undefined;
  /** Issued on or after, YYYY-MM-DD. At most 10 characters. */
  from?: string | null | undefined;
  kind?: FinanceInvoiceKind | null | undefined;
  /** The order's id */
  orderId?: string | null | undefined;
  /** Issued on or before, YYYY-MM-DD. At most 10 characters. */
  to?: string | null | undefined;
};

export type FinanceInvoiceKind =
  /** A credit against an invoice (CN series) */
  | 'CREDIT_NOTE'
  /** An order's invoice (INV series) */
  | 'INVOICE';

export type FinanceOpenItemDocumentType =
  | 'BILL'
  | 'CREDIT_NOTE'
  | 'ORDER';

export type FinanceOpenItemKind =
  /** A supplier's bill (or credit note), owed by the tenant */
  | 'PAYABLE'
  /** A customer's order, owed to the tenant */
  | 'RECEIVABLE';

export type FinanceOpenItemStatus =
  /** Something is still owed (or, negative, owed back) */
  | 'OPEN'
  /** Allocated in full */
  | 'SETTLED';

export type FinancePaymentRunAction =
  | 'CANCEL'
  | 'EDIT'
  | 'POST';

/** The codes financePaymentRunCancel can return in its errors. */
export type FinancePaymentRunCancelErrorCode =
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type FinancePaymentRunCancelInput = {
  runId: string;
};

/** The codes financePaymentRunCreate can return in its errors. */
export type FinancePaymentRunCreateErrorCode =
  | 'INVALID_INPUT'
  | 'NOTHING_DUE';

export type FinancePaymentRunCreateInput = {
  /** YYYY-MM-DD: bills due on or before it */
  dueBy: string;
  /** Only these suppliers (left out: every supplier) */
  supplierIds?: Array<string> | null | undefined;
};

/** The codes financePaymentRunLineRemove can return in its errors. */
export type FinancePaymentRunLineRemoveErrorCode =
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type FinancePaymentRunLineRemoveInput = {
  itemId: string;
  runId: string;
};

/** The codes financePaymentRunLineUpdate can return in its errors. */
export type FinancePaymentRunLineUpdateErrorCode =
  | 'INVALID_AMOUNT'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'OVER_ALLOCATED';

export type FinancePaymentRunLineUpdateInput = {
  /** Pay this much of it (the bill's currency; at most what the run selected) */
  amount: number;
  /** The bill (FinanceOpenItem) on the run */
  itemId: string;
  runId: string;
};

/** The codes financePaymentRunPost can return in its errors. */
export type FinancePaymentRunPostErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'NOT_OPEN';

export type FinancePaymentRunPostInput = {
  /** YYYY-MM-DD (default: the shop's today, in its time zone) */
  paymentDate?: string | null | undefined;
  runId: string;
};

export type FinancePaymentRunStatus =
  | 'CANCELLED'
  /** Lines can be removed or reduced; nothing is posted */
  | 'DRAFT'
  /** Paid: one journal entry per supplier */
  | 'POSTED';

export type FinanceReceiptAllocationInput = {
  /** Base minor units */
  amount: number;
  /** A receivable (FinanceOpenItem) of the customer */
  itemId: string;
};

/** The codes financeReceiptRecord can return in its errors. */
export type FinanceReceiptRecordErrorCode =
  | 'INVALID_AMOUNT'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'OVER_ALLOCATED';

export type FinanceReceiptRecordInput = {
  allocations: Array<FinanceReceiptAllocationInput>;
  /** Base minor units; equal to the sum of the allocations */
  amount: number;
  /** The paying customer; left out: a guest's orders */
  customerId?: string | null | undefined;
  /** At most 200 characters. */
  idempotencyKey: string;
  /** YYYY-MM-DD */
  receivedOn: string;
  /** The bank statement's reference. At most 200 characters. */
  reference?: string | null | undefined;
};

export type FulfillmentLineInput = {
  quantity: number;
  variantId: string;
};

/** What the caller may do with the order now, each the mutation named alongside: decided by the order's and the payment's state machines and the caller's scopes (render buttons from it) */
export type OrderAction =
  /** orderCancel */
  | 'CANCEL'
  /** orderPaymentCapture */
  | 'CAPTURE_PAYMENT'
  /** orderComplete */
  | 'COMPLETE'
  /** orderConfirm */
  | 'CONFIRM';

/** The codes orderCancel can return in its errors. */
export type OrderCancelErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type OrderCancelInput = {
  orderId: string;
  /** At most 1000 characters. */
  reason?: string | null | undefined;
  version?: number | null | undefined;
};

export type OrderFilter = {
  /** Each custom field (at most 10) must have one of its values */
  customFields?: Array<CustomFieldValueFilter> | null | undefined;
  /** Contained (any case) in the order's email, its shipping name or its customer's name. At most 200 characters. */
  customer?: string | null | undefined;
  customerId?: string | null | undefined;
  /** The order with this human-readable number */
  number?: number | null | undefined;
  paymentStatus?: PaymentStatus | null | undefined;
  /** Placed before */
  placedBefore?: string | null | undefined;
  /** Placed at or after */
  placedFrom?: string | null | undefined;
  status?: OrderStatus | null | undefined;
};

export type OrderStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'CREATED'
  | 'FULFILLED'
  | 'PARTIALLY_FULFILLED';

export type PaymentStatus =
  | 'AUTHORIZED'
  | 'CAPTURED'
  | 'FAILED'
  | 'REFUNDED'
  | 'VOIDED';

export type PrincipalKind =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'CUSTOMER'
  | 'PUBLISHABLE_KEY'
  | 'SERVICE'
  | 'USER';

export type ProductAttributeInput = {
  /** At most 200 characters. */
  name: string;
  /** At most 1000 characters. */
  value: string;
};

/** The codes productCreate can return in its errors. */
export type ProductCreateErrorCode =
  | 'CUSTOM_FIELD_REQUIRED'
  | 'DUPLICATE_HANDLE'
  | 'DUPLICATE_SKU'
  | 'INVALID_AMOUNT'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'INVALID_HANDLE'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'PLUGIN_REFUSED'
  | 'UNKNOWN_CUSTOM_FIELD';

export type ProductCreateInput = {
  attributes?: Array<ProductAttributeInput> | null | undefined;
  categoryIds?: Array<string> | null | undefined;
  /** Values of custom fields, by key */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** At most 10000 characters. */
  description?: string | null | undefined;
  /** At most 200 characters. */
  handle: string;
  media?: Array<ProductMediaInput> | null | undefined;
  options?: Array<ProductOptionInput> | null | undefined;
  /** The price list the variants' `price` goes on (tier 1, the list's currency); required when a variant has one */
  priceListId?: string | null | undefined;
  status?: ProductStatus | null | undefined;
  /** At most 200 characters. */
  title: string;
  variants?: Array<VariantInput> | null | undefined;
};

export type ProductMediaInput = {
  /** At most 200 characters. */
  alt?: string | null | undefined;
  height?: number | null | undefined;
  position?: number | null | undefined;
  /** At most 2048 characters. */
  url: string;
  width?: number | null | undefined;
};

export type ProductOptionInput = {
  /** At most 200 characters. */
  name: string;
  /** Each at most 200 characters. */
  values: Array<string>;
};

export type ProductStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT';

/** A move the caller may make now; approval is decided in the Tasks inbox (the approval workflow) */
export type PurchaseOrderAction =
  | 'CANCEL'
  | 'CLOSE'
  | 'EDIT'
  | 'SEND'
  | 'SUBMIT';

/** The codes purchaseOrderCreate can return in its errors. */
export type PurchaseOrderCreateErrorCode =
  | 'AMOUNT_TOO_LARGE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_AMOUNT'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NOT_FOUND'
  | 'SUPPLIER_INACTIVE'
  | 'UNKNOWN_VARIANT';

export type PurchaseOrderCreateInput = {
  /** Base minor units per supplier minor unit (e.g. "0.92" for USD→EUR); required when the supplier bills in another currency than the base */
  exchangeRate?: string | null | undefined;
  expectedAt?: string | null | undefined;
  /** At most 200 characters. */
  idempotencyKey?: string | null | undefined;
  /** At most 500 */
  lines: Array<PurchaseOrderLineInput>;
  notes?: string | null | undefined;
  supplierId: string;
  /** The default destination of its lines */
  warehouseId?: string | null | undefined;
};

export type PurchaseOrderFilter = {
  /** The order number, or the supplier’s name or code, contains it. At most 200 characters. */
  query?: string | null | undefined;
  /** Any of these (every status when left out) */
  statuses?: Array<PurchaseOrderStatus> | null | undefined;
  supplierId?: string | null | undefined;
};

export type PurchaseOrderLineInput = {
  expectedAt?: string | null | undefined;
  quantity: number;
  /** Percent, default 0 */
  taxRate?: number | null | undefined;
  /** Supplier currency; default: the supplier item’s cost */
  unitCost?: number | null | undefined;
  variantId: string;
  /** Default: the order’s destination */
  warehouseId?: string | null | undefined;
};

/** The codes purchaseOrderSend can return in its errors. */
export type PurchaseOrderSendErrorCode =
  | 'CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'NO_EMAIL';

export type PurchaseOrderSendInput = {
  comment?: string | null | undefined;
  /** When given, the version read; another change in between is CONFLICT */
  expectedVersion?: number | null | undefined;
  /** At most 200 characters. */
  idempotencyKey?: string | null | undefined;
  purchaseOrderId: string;
};

export type PurchaseOrderStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'PARTIALLY_RECEIVED'
  | 'RECEIVED'
  | 'SENT'
  | 'SUBMITTED';

/** The codes purchaseOrderSubmit can return in its errors. */
export type PurchaseOrderSubmitErrorCode =
  | 'CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'NO_LINES'
  | 'PLUGIN_REFUSED';

export type PurchaseOrderSubmitInput = {
  comment?: string | null | undefined;
  /** When given, the version read; another change in between is CONFLICT */
  expectedVersion?: number | null | undefined;
  /** At most 200 characters. */
  idempotencyKey?: string | null | undefined;
  purchaseOrderId: string;
};

/** The codes receiptCreate can return in its errors. */
export type ReceiptCreateErrorCode =
  | 'DUPLICATE_LINE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'LINE_NOT_ON_ORDER'
  | 'NOT_FOUND'
  | 'NO_LINES'
  | 'ORDER_NOT_RECEIVABLE'
  | 'OVER_RECEIPT'
  | 'REJECTION_REASON_REQUIRED'
  | 'TOO_MANY_ITEMS'
  | 'WAREHOUSE_MISMATCH';

export type ReceiptCreateInput = {
  /** At most 200 characters. */
  idempotencyKey: string;
  lines: Array<ReceiptLineInput>;
  /** At most 1000 characters. */
  note?: string | null | undefined;
  /** Post at once (default): the goods are received; false leaves a draft */
  post?: boolean | null | undefined;
  purchaseOrderId: string;
  /** Where the goods arrived; the first line’s destination when left out */
  warehouseId?: string | null | undefined;
};

export type ReceiptLineInput = {
  acceptedQuantity: number;
  purchaseOrderLineId: string;
  rejectedQuantity?: number | null | undefined;
  /** Required when units are rejected (damaged, wrong item, …) */
  rejectionReason?: string | null | undefined;
};

export type ReceiptStatus =
  /** A draft nobody will post */
  | 'DISCARDED'
  /** Entered, not counted yet: posting it receives the goods */
  | 'DRAFT'
  /** Received: the order lines and inventory count it */
  | 'POSTED';

/** What the caller may do with the return now, each the mutation named alongside: the return's state machine and the caller's scopes decide */
export type ReturnAction =
  /** returnApprove */
  | 'APPROVE'
  /** returnReceive */
  | 'RECEIVE'
  /** returnRefund */
  | 'REFUND'
  /** returnReject */
  | 'REJECT';

/** The codes returnApprove can return in its errors. */
export type ReturnApproveErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type ReturnFilter = {
  /** One order's returns */
  orderId?: string | null | undefined;
  /** Any of these (every status when left out) */
  statuses?: Array<ReturnStatus> | null | undefined;
};

export type ReturnMoveInput = {
  returnId: string;
  version?: number | null | undefined;
  /** returnReceive: the warehouse the goods came back to (restocked there) */
  warehouseId?: string | null | undefined;
};

/** The codes returnReceive can return in its errors. */
export type ReturnReceiveErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

/** The codes returnRefund can return in its errors. */
export type ReturnRefundErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

/** The codes returnReject can return in its errors. */
export type ReturnRejectErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

/** The codes returnRequest can return in its errors. */
export type ReturnRequestErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NOT_FOUND'
  | 'RETURN_QUANTITY_EXCEEDS_SHIPPED'
  | 'RETURN_WINDOW_CLOSED';

export type ReturnRequestInput = {
  lines: Array<FulfillmentLineInput>;
  orderId: string;
  /** At most 1000 characters. */
  reason?: string | null | undefined;
};

export type ReturnStatus =
  | 'APPROVED'
  | 'RECEIVED'
  | 'REFUNDED'
  | 'REJECTED'
  | 'REQUESTED';

/** What the caller may do with the shipment now, each the mutation named alongside: the shipment's state machine and the caller's scopes decide (render buttons from it) */
export type ShipmentAction =
  /** shipmentCancel */
  | 'CANCEL'
  /** shipmentDeliver */
  | 'DELIVER'
  /** shipmentPack */
  | 'PACK'
  /** shipmentShip (takes a tracking number) */
  | 'SHIP';

/** The codes shipmentCancel can return in its errors. */
export type ShipmentCancelErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'SERVICE_UNAVAILABLE'
  | 'UNKNOWN_CARRIER';

/** The codes shipmentCreate can return in its errors. */
export type ShipmentCreateErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NOT_FOUND'
  | 'ORDER_NOT_SHIPPABLE'
  | 'ORDER_ON_HOLD'
  | 'SHIP_QUANTITY_EXCEEDS_ORDER'
  | 'UNKNOWN_CARRIER';

export type ShipmentCreateInput = {
  /** "manual" (default). At most 200 characters. */
  carrier?: string | null | undefined;
  lines: Array<FulfillmentLineInput>;
  orderId: string;
  /** Default: the shipping method the shopper chose at checkout (e.g. express). At most 200 characters. */
  service?: string | null | undefined;
  /** The warehouse it leaves from */
  warehouseId?: string | null | undefined;
};

/** The codes shipmentDeliver can return in its errors. */
export type ShipmentDeliverErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'SERVICE_UNAVAILABLE'
  | 'UNKNOWN_CARRIER';

export type ShipmentFilter = {
  /** One order's shipments */
  orderId?: string | null | undefined;
  /** Any of these (every status when left out) */
  statuses?: Array<ShipmentStatus> | null | undefined;
  /** Leaving from this warehouse */
  warehouseId?: string | null | undefined;
};

export type ShipmentMoveInput = {
  shipmentId: string;
  version?: number | null | undefined;
};

/** The codes shipmentPack can return in its errors. */
export type ShipmentPackErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'ORDER_ON_HOLD'
  | 'SERVICE_UNAVAILABLE'
  | 'UNKNOWN_CARRIER';

/** The codes shipmentShip can return in its errors. */
export type ShipmentShipErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'ORDER_ON_HOLD'
  | 'SERVICE_UNAVAILABLE'
  | 'UNKNOWN_CARRIER';

export type ShipmentShipInput = {
  shipmentId: string;
  /** At most 200 characters. */
  trackingNumber?: string | null | undefined;
  version?: number | null | undefined;
};

export type ShipmentStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'PACKED'
  | 'PENDING'
  | 'SHIPPED';

/** The codes stockAdjust can return in its errors. */
export type StockAdjustErrorCode =
  | 'BELOW_RESERVED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NEGATIVE_STOCK'
  | 'UNKNOWN_WAREHOUSE'
  | 'WAREHOUSE_INACTIVE';

export type StockAdjustInput = {
  /** Units to add (positive) or remove (negative); or use setOnHand */
  delta?: number | null | undefined;
  /** A replay with the same key returns the first result. At most 200 characters. */
  idempotencyKey: string;
  /** At most 1000 characters. */
  note?: string | null | undefined;
  reason?: StockAdjustmentReason | null | undefined;
  /** At most 200 characters. */
  reference?: string | null | undefined;
  /** The counted on-hand quantity (a stock take); or use delta */
  setOnHand?: number | null | undefined;
  variantId: string;
  warehouseId: string;
};

export type StockAdjustmentReason =
  | 'ADJUSTMENT'
  | 'RECEIPT'
  | 'RETURN';

export type StockLevelFilter = {
  /** true: only levels at or below their effective threshold; false: only the others */
  lowStock?: boolean | null | undefined;
  variantId?: string | null | undefined;
  /** Any of these variants (at most 100): the page of a catalog search, whose stock a screen shows */
  variantIds?: Array<string> | null | undefined;
  warehouseId?: string | null | undefined;
};

/** The codes supplierBillCancel can return in its errors. */
export type SupplierBillCancelErrorCode =
  | 'BILL_NOT_HELD'
  | 'NOT_FOUND';

/** The codes supplierBillCreate can return in its errors. */
export type SupplierBillCreateErrorCode =
  | 'AMOUNT_TOO_LARGE'
  | 'CREDIT_EXCEEDS_BILLED'
  | 'DUPLICATE_INVOICE_NUMBER'
  | 'DUPLICATE_LINE'
  | 'EXCHANGE_RATE_REQUIRED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_AMOUNT'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'LINE_NOT_ON_ORDER'
  | 'NOT_FOUND'
  | 'NO_LINES'
  | 'ORDER_NOT_BILLABLE'
  | 'SUPPLIER_MISMATCH'
  | 'TOO_MANY_ITEMS';

export type SupplierBillCreateInput = {
  /** YYYY-MM-DD */
  billDate: string;
  /** Base minor units per supplier minor unit; the order's rate when left out */
  exchangeRate?: string | null | undefined;
  freightAmount?: number | null | undefined;
  /** At most 200 characters. */
  idempotencyKey: string;
  /** BILL (default) or CREDIT_NOTE */
  kind?: SupplierBillKind | null | undefined;
  lines: Array<SupplierBillLineInput>;
  /** At most 1000 characters. */
  note?: string | null | undefined;
  /** The order billed (its supplier, currency and rate apply) */
  purchaseOrderId?: string | null | undefined;
  /** Required without a purchase order */
  supplierId?: string | null | undefined;
  supplierInvoiceNumber: string;
  taxAmount?: number | null | undefined;
};

export type SupplierBillFilter = {
  purchaseOrderId?: string | null | undefined;
  /** Any of these (every status when left out) */
  statuses?: Array<SupplierBillStatus> | null | undefined;
  supplierId?: string | null | undefined;
};

export type SupplierBillIdInput = {
  billId: string;
};

export type SupplierBillKind =
  /** A supplier's invoice: we owe it */
  | 'BILL'
  /** A supplier credit: reduces what we owe */
  | 'CREDIT_NOTE';

export type SupplierBillLineInput = {
  /** The order line's description when left out. At most 10000 characters. */
  description?: string | null | undefined;
  /** The order line billed; leave out for a fee that is on no line */
  purchaseOrderLineId?: string | null | undefined;
  quantity: number;
  unitPrice: number;
};

/** The codes supplierBillRelease can return in its errors. */
export type SupplierBillReleaseErrorCode =
  | 'BILL_NOT_HELD'
  | 'COMMENT_REQUIRED'
  | 'CONFLICT'
  | 'NOT_FOUND';

export type SupplierBillReleaseInput = {
  billId: string;
  /** Why it may be paid as billed (recorded) */
  comment: string;
  /** The version read; a change in between is CONFLICT */
  expectedVersion?: number | null | undefined;
};

export type SupplierBillStatus =
  /** A held bill that will not be paid (a corrected one replaces it) */
  | 'CANCELLED'
  /** The three-way match found differences: waits for a release with a comment */
  | 'HELD'
  /** Matched, or released: payable (finance books it) */
  | 'POSTED';

export type SupplierFilter = {
  active?: boolean | null | undefined;
  /** Each field’s value is one of its values (every field must match; at most 10, see supplierCustomFieldDefinitions) */
  customFields?: Array<CustomFieldValueFilter> | null | undefined;
  /** Name or code contains it (case-insensitive). At most 200 characters. */
  query?: string | null | undefined;
};

export type VariantInput = {
  /** At most 200 characters. */
  barcode?: string | null | undefined;
  /** Values of VARIANT custom fields, by key */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  optionValues?: Array<VariantOptionValueInput> | null | undefined;
  position?: number | null | undefined;
  /** Its price on productCreate's priceListId (required with any price); all or nothing with the product */
  price?: VariantPriceInput | null | undefined;
  /** At most 200 characters. */
  sku: string;
  /** One of standard, reduced, zero, exempt (an unknown class is INVALID_INPUT); omitted: standard, or unchanged on update */
  taxClass?: string | null | undefined;
  /** At most 200 characters. */
  title?: string | null | undefined;
  weightGrams?: number | null | undefined;
};

export type VariantOptionValueInput = {
  /** At most 200 characters. */
  name: string;
  /** At most 1000 characters. */
  value: string;
};

/** A new variant's price, tier 1 (from one unit) of productCreate's price list, in that list's currency */
export type VariantPriceInput = {
  /** Minor units (1999 = 19.99 EUR), at most 2147483647; give this or decimalAmount */
  amount?: number | null | undefined;
  /** A decimal such as "19.99"; more digits than the currency has is refused */
  decimalAmount?: string | null | undefined;
};

export type WebhookDeliveryFilter = {
  /** Any of these (every status when left out) */
  statuses?: Array<WebhookDeliveryStatus> | null | undefined;
};

/** The codes webhookDeliveryRedeliver can return in its errors. */
export type WebhookDeliveryRedeliverErrorCode =
  | 'DELIVERY_PENDING'
  | 'NOT_FOUND';

export type WebhookDeliveryRedeliverInput = {
  deliveryId: string;
};

export type WebhookDeliveryStatus =
  /** Every retry failed (redeliver to try again) */
  | 'FAILED'
  /** Waiting for its first attempt or a retry */
  | 'PENDING'
  /** The endpoint answered 2xx */
  | 'SUCCEEDED';

/** The codes webhookEndpointCreate can return in its errors. */
export type WebhookEndpointCreateErrorCode =
  | 'DESTINATION_NOT_ALLOWED'
  | 'INVALID_EVENT_TYPE'
  | 'INVALID_INPUT'
  | 'INVALID_URL';

export type WebhookEndpointCreateInput = {
  /** At most 10000 characters. */
  description?: string | null | undefined;
  /** Exact types or prefix wildcards (`orders.order.*`, `*`) */
  eventTypes: Array<string>;
  /** At most 2048 characters. */
  url: string;
};

/** The codes webhookEndpointDelete can return in its errors. */
export type WebhookEndpointDeleteErrorCode =
  | 'NOT_FOUND';

/** The codes webhookEndpointDisable can return in its errors. */
export type WebhookEndpointDisableErrorCode =
  | 'NOT_FOUND';

/** The codes webhookEndpointEnable can return in its errors. */
export type WebhookEndpointEnableErrorCode =
  | 'NOT_FOUND';

export type WebhookEndpointIdInput = {
  endpointId: string;
};

/** The codes webhookEndpointSecretRotate can return in its errors. */
export type WebhookEndpointSecretRotateErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type WebhookEndpointSecretRotateInput = {
  endpointId: string;
  /** How long the current secret keeps signing alongside the new one (0 to 168) */
  overlapHours: number;
};

/** The codes webhookEndpointTest can return in its errors. */
export type WebhookEndpointTestErrorCode =
  | 'ENDPOINT_DISABLED'
  | 'NOT_FOUND';

/** The codes webhookEndpointUpdate can return in its errors. */
export type WebhookEndpointUpdateErrorCode =
  | 'DESTINATION_NOT_ALLOWED'
  | 'INVALID_EVENT_TYPE'
  | 'INVALID_INPUT'
  | 'INVALID_URL'
  | 'NOT_FOUND';

export type WebhookEndpointUpdateInput = {
  /** At most 10000 characters. */
  description?: string | null | undefined;
  endpointId: string;
  eventTypes?: Array<string> | null | undefined;
  /** At most 2048 characters. */
  url?: string | null | undefined;
};

/** The codes workflowRunCancel can return in its errors. */
export type WorkflowRunCancelErrorCode =
  | 'ALREADY_FINISHED'
  | 'NOT_FOUND';

export type WorkflowRunCancelInput = {
  runId: string;
};

export type WorkflowRunFilter = {
  status?: WorkflowRunStatus | null | undefined;
  /** One workflow’s runs */
  workflowId?: string | null | undefined;
};

/** Where a run is */
export type WorkflowRunStatus =
  | 'CANCELLED'
  | 'COMPENSATED'
  | 'COMPENSATING'
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING'
  | 'WAITING';

/** The codes workflowStart can return in its errors. */
export type WorkflowStartErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'NOT_MANUAL'
  | 'WORKFLOW_DISABLED';

export type WorkflowStartInput = {
  /** The run’s input, a JSON object as text. At most 100000 characters. */
  input?: string | null | undefined;
  workflowId: string;
};

/** What a step does */
export type WorkflowStepKind =
  | 'ACTION'
  | 'APPROVAL'
  | 'CONDITION'
  | 'NOTIFY'
  | 'PARALLEL'
  | 'SET'
  | 'WAIT'
  | 'WEBHOOK';

/** Where one step of a run is */
export type WorkflowStepStatus =
  | 'COMPENSATED'
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING'
  | 'SKIPPED'
  | 'WAITING';

export type WorkflowTriggerKind =
  | 'EVENT'
  | 'MANUAL'
  | 'SCHEDULE';

export type PartnerSdk_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerSdk_ViewerQuery = { viewer: { kind: PrincipalKind, scopes: Array<string>, tenant: { slug: string, name: string } | null, apiKey: { name: string, prefix: string } | null } };

export type PartnerSdk_ProductsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnerSdk_ProductsQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, handle: string, title: string, status: ProductStatus, variants: Array<{ id: string, sku: string, title: string }> } }> } };

export type PartnerSdk_VariantBySkuQueryVariables = Exact<{
  sku: string;
  currency: string;
}>;


export type PartnerSdk_VariantBySkuQuery = { variantBySku: { id: string, sku: string, title: string, price: { amount: number, currency: string, fractionDigits: number } | null, inventory: { available: number, inStock: boolean } } | null };

export type PartnerSdk_ProductCreateMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type PartnerSdk_ProductCreateMutation = { productCreate: { product: { id: string, handle: string, title: string, status: ProductStatus, variants: Array<{ id: string, sku: string, title: string }> } | null, errors: Array<{ code: ProductCreateErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_WarehousesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnerSdk_WarehousesQuery = { warehouses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string } }> } };

export type PartnerSdk_StockLevelsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: StockLevelFilter | null | undefined;
}>;


export type PartnerSdk_StockLevelsQuery = { stockLevels: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, available: number, onHand: number, reserved: number, lowStock: boolean, warehouse: { id: string, code: string }, variant: { id: string, sku: string } } }> } };

export type PartnerSdk_StockAdjustMutationVariables = Exact<{
  input: StockAdjustInput;
}>;


export type PartnerSdk_StockAdjustMutation = { stockAdjust: { stockLevel: { id: string, onHand: number, available: number, reserved: number } | null, errors: Array<{ code: StockAdjustErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_OrdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type PartnerSdk_OrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: number, displayNumber: string, status: OrderStatus, paymentStatus: PaymentStatus, email: string, createdAt: string, total: { amount: number, currency: string, fractionDigits: number } } }> } };

export type PartnerSdk_OrderQueryVariables = Exact<{
  id: string;
}>;


export type PartnerSdk_OrderQuery = { order: { id: string, number: number, displayNumber: string, status: OrderStatus, paymentStatus: PaymentStatus, email: string, version: number, availableActions: Array<OrderAction>, lines: Array<{ sku: string, quantity: number }>, total: { amount: number, currency: string, fractionDigits: number }, shipments: Array<{ id: string, status: ShipmentStatus, carrier: string, trackingNumber: string | null }> } | null };

export type PartnerSdk_OrderCancelMutationVariables = Exact<{
  input: OrderCancelInput;
}>;


export type PartnerSdk_OrderCancelMutation = { orderCancel: { order: { id: string, status: OrderStatus, version: number } | null, errors: Array<{ code: OrderCancelErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_ShipmentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ShipmentFilter | null | undefined;
}>;


export type PartnerSdk_ShipmentsQuery = { shipments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ShipmentStatus, carrier: string, trackingNumber: string | null, createdAt: string, order: { id: string } } }> } };

export type PartnerSdk_ShipmentQueryVariables = Exact<{
  id: string;
}>;


export type PartnerSdk_ShipmentQuery = { shipment: { id: string, status: ShipmentStatus, version: number, carrier: string, service: string | null, trackingNumber: string | null, availableActions: Array<ShipmentAction>, createdAt: string, updatedAt: string, warehouse: { id: string, code: string } | null, order: { id: string }, lines: Array<{ quantity: number, variant: { id: string, sku: string } }> } | null };

export type PartnerSdk_ShipmentCreateMutationVariables = Exact<{
  input: ShipmentCreateInput;
}>;


export type PartnerSdk_ShipmentCreateMutation = { shipmentCreate: { shipment: { id: string, status: ShipmentStatus, version: number, carrier: string, service: string | null, trackingNumber: string | null, availableActions: Array<ShipmentAction>, createdAt: string, updatedAt: string, warehouse: { id: string, code: string } | null, order: { id: string }, lines: Array<{ quantity: number, variant: { id: string, sku: string } }> } | null, errors: Array<{ code: ShipmentCreateErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_ShipmentPackMutationVariables = Exact<{
  input: ShipmentMoveInput;
}>;


export type PartnerSdk_ShipmentPackMutation = { shipmentPack: { shipment: { id: string, status: ShipmentStatus, version: number, carrier: string, service: string | null, trackingNumber: string | null, availableActions: Array<ShipmentAction>, createdAt: string, updatedAt: string, warehouse: { id: string, code: string } | null, order: { id: string }, lines: Array<{ quantity: number, variant: { id: string, sku: string } }> } | null, errors: Array<{ code: ShipmentPackErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_ShipmentShipMutationVariables = Exact<{
  input: ShipmentShipInput;
}>;


export type PartnerSdk_ShipmentShipMutation = { shipmentShip: { shipment: { id: string, status: ShipmentStatus, version: number, carrier: string, service: string | null, trackingNumber: string | null, availableActions: Array<ShipmentAction>, createdAt: string, updatedAt: string, warehouse: { id: string, code: string } | null, order: { id: string }, lines: Array<{ quantity: number, variant: { id: string, sku: string } }> } | null, errors: Array<{ code: ShipmentShipErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_ShipmentDeliverMutationVariables = Exact<{
  input: ShipmentMoveInput;
}>;


export type PartnerSdk_ShipmentDeliverMutation = { shipmentDeliver: { shipment: { id: string, status: ShipmentStatus, version: number, carrier: string, service: string | null, trackingNumber: string | null, availableActions: Array<ShipmentAction>, createdAt: string, updatedAt: string, warehouse: { id: string, code: string } | null, order: { id: string }, lines: Array<{ quantity: number, variant: { id: string, sku: string } }> } | null, errors: Array<{ code: ShipmentDeliverErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_ShipmentCancelMutationVariables = Exact<{
  input: ShipmentMoveInput;
}>;


export type PartnerSdk_ShipmentCancelMutation = { shipmentCancel: { shipment: { id: string, status: ShipmentStatus, version: number, carrier: string, service: string | null, trackingNumber: string | null, availableActions: Array<ShipmentAction>, createdAt: string, updatedAt: string, warehouse: { id: string, code: string } | null, order: { id: string }, lines: Array<{ quantity: number, variant: { id: string, sku: string } }> } | null, errors: Array<{ code: ShipmentCancelErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_ReturnsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ReturnFilter | null | undefined;
}>;


export type PartnerSdk_ReturnsQuery = { returns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ReturnStatus, version: number, reason: string | null, createdAt: string, order: { id: string }, lines: Array<{ quantity: number, variant: { id: string, sku: string } }> } }> } };

export type PartnerSdk_ReturnQueryVariables = Exact<{
  id: string;
}>;


export type PartnerSdk_ReturnQuery = { node:
    | { __typename: 'ApiKey' }
    | { __typename: 'Cart' }
    | { __typename: 'Category' }
    | { __typename: 'Collection' }
    | { __typename: 'Company' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerSubscription' }
    | { __typename: 'FinanceInvoice' }
    | { __typename: 'GiftCard' }
    | { __typename: 'Invitation' }
    | { __typename: 'Order' }
    | { __typename: 'PriceList' }
    | { __typename: 'Product' }
    | { __typename: 'ProductVariant' }
    | { __typename: 'PurchaseOrder' }
    | { __typename: 'Receipt' }
    | { __typename: 'Reservation' }
    | { __typename: 'Return', id: string, status: ReturnStatus, version: number, reason: string | null, refundAmount: number | null, availableActions: Array<ReturnAction>, createdAt: string, order: { id: string }, lines: Array<{ quantity: number, variant: { id: string, sku: string } }>, history: Array<{ from: string | null, to: string, occurredAt: string }> }
    | { __typename: 'Role' }
    | { __typename: 'Shipment' }
    | { __typename: 'ShippingZone' }
    | { __typename: 'Supplier' }
    | { __typename: 'SupplierBill' }
    | { __typename: 'Tenant' }
    | { __typename: 'User' }
    | { __typename: 'Warehouse' }
   | null };

export type PartnerSdk_ReturnRequestMutationVariables = Exact<{
  input: ReturnRequestInput;
}>;


export type PartnerSdk_ReturnRequestMutation = { returnRequest: { return: { id: string, status: ReturnStatus, version: number, reason: string | null, refundAmount: number | null, availableActions: Array<ReturnAction>, createdAt: string, order: { id: string }, lines: Array<{ quantity: number, variant: { id: string, sku: string } }>, history: Array<{ from: string | null, to: string, occurredAt: string }> } | null, errors: Array<{ code: ReturnRequestErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_ReturnApproveMutationVariables = Exact<{
  input: ReturnMoveInput;
}>;


export type PartnerSdk_ReturnApproveMutation = { returnApprove: { return: { id: string, status: ReturnStatus, version: number, reason: string | null, refundAmount: number | null, availableActions: Array<ReturnAction>, createdAt: string, order: { id: string }, lines: Array<{ quantity: number, variant: { id: string, sku: string } }>, history: Array<{ from: string | null, to: string, occurredAt: string }> } | null, errors: Array<{ code: ReturnApproveErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_ReturnReceiveMutationVariables = Exact<{
  input: ReturnMoveInput;
}>;


export type PartnerSdk_ReturnReceiveMutation = { returnReceive: { return: { id: string, status: ReturnStatus, version: number, reason: string | null, refundAmount: number | null, availableActions: Array<ReturnAction>, createdAt: string, order: { id: string }, lines: Array<{ quantity: number, variant: { id: string, sku: string } }>, history: Array<{ from: string | null, to: string, occurredAt: string }> } | null, errors: Array<{ code: ReturnReceiveErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_ReturnRefundMutationVariables = Exact<{
  input: ReturnMoveInput;
}>;


export type PartnerSdk_ReturnRefundMutation = { returnRefund: { return: { id: string, status: ReturnStatus, version: number, reason: string | null, refundAmount: number | null, availableActions: Array<ReturnAction>, createdAt: string, order: { id: string }, lines: Array<{ quantity: number, variant: { id: string, sku: string } }>, history: Array<{ from: string | null, to: string, occurredAt: string }> } | null, errors: Array<{ code: ReturnRefundErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_ReturnRejectMutationVariables = Exact<{
  input: ReturnMoveInput;
}>;


export type PartnerSdk_ReturnRejectMutation = { returnReject: { return: { id: string, status: ReturnStatus, version: number, reason: string | null, refundAmount: number | null, availableActions: Array<ReturnAction>, createdAt: string, order: { id: string }, lines: Array<{ quantity: number, variant: { id: string, sku: string } }>, history: Array<{ from: string | null, to: string, occurredAt: string }> } | null, errors: Array<{ code: ReturnRejectErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_SuppliersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SupplierFilter | null | undefined;
}>;


export type PartnerSdk_SuppliersQuery = { suppliers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string, email: string | null, currency: string, leadTimeDays: number, paymentTermsDays: number, active: boolean } }> } };

export type PartnerSdk_SupplierQueryVariables = Exact<{
  id: string;
}>;


export type PartnerSdk_SupplierQuery = { supplier: { id: string, code: string, name: string, email: string | null, phone: string | null, currency: string, leadTimeDays: number, paymentTermsDays: number, active: boolean, version: number, items: Array<{ supplierSku: string | null, packSize: number, preferred: boolean, unitCost: { amount: number, currency: string, fractionDigits: number }, variant: { id: string, sku: string } }> } | null };

export type PartnerSdk_PurchaseOrdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PurchaseOrderFilter | null | undefined;
}>;


export type PartnerSdk_PurchaseOrdersQuery = { purchaseOrders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, status: PurchaseOrderStatus, version: number, currency: string, expectedAt: string | null, availableActions: Array<PurchaseOrderAction>, createdAt: string, updatedAt: string, supplier: { id: string, code: string, name: string }, warehouse: { id: string, code: string } | null, total: { amount: number, currency: string, fractionDigits: number }, lines: Array<{ id: string, sku: string, description: string, quantity: number, quantityReceived: number, quantityRejected: number, quantityOpen: number, unitCost: { amount: number, currency: string, fractionDigits: number } }> } }> } };

export type PartnerSdk_PurchaseOrderQueryVariables = Exact<{
  id: string;
}>;


export type PartnerSdk_PurchaseOrderQuery = { purchaseOrder: { id: string, number: string, status: PurchaseOrderStatus, version: number, currency: string, expectedAt: string | null, availableActions: Array<PurchaseOrderAction>, createdAt: string, updatedAt: string, supplier: { id: string, code: string, name: string }, warehouse: { id: string, code: string } | null, total: { amount: number, currency: string, fractionDigits: number }, lines: Array<{ id: string, sku: string, description: string, quantity: number, quantityReceived: number, quantityRejected: number, quantityOpen: number, unitCost: { amount: number, currency: string, fractionDigits: number } }>, receipts: Array<{ id: string, number: string, status: ReceiptStatus, purchaseOrderId: string, purchaseOrderNumber: string, warehouseId: string, acceptedQuantity: number, rejectedQuantity: number, postedAt: string | null, lines: Array<{ purchaseOrderLineId: string, sku: string, acceptedQuantity: number, rejectedQuantity: number, rejectionReason: string | null }> }> } | null };

export type PartnerSdk_PurchaseOrderCreateMutationVariables = Exact<{
  input: PurchaseOrderCreateInput;
}>;


export type PartnerSdk_PurchaseOrderCreateMutation = { purchaseOrderCreate: { purchaseOrder: { id: string, number: string, status: PurchaseOrderStatus, version: number, currency: string, expectedAt: string | null, availableActions: Array<PurchaseOrderAction>, createdAt: string, updatedAt: string, supplier: { id: string, code: string, name: string }, warehouse: { id: string, code: string } | null, total: { amount: number, currency: string, fractionDigits: number }, lines: Array<{ id: string, sku: string, description: string, quantity: number, quantityReceived: number, quantityRejected: number, quantityOpen: number, unitCost: { amount: number, currency: string, fractionDigits: number } }> } | null, errors: Array<{ code: PurchaseOrderCreateErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_PurchaseOrderSubmitMutationVariables = Exact<{
  input: PurchaseOrderSubmitInput;
}>;


export type PartnerSdk_PurchaseOrderSubmitMutation = { purchaseOrderSubmit: { purchaseOrder: { id: string, number: string, status: PurchaseOrderStatus, version: number, currency: string, expectedAt: string | null, availableActions: Array<PurchaseOrderAction>, createdAt: string, updatedAt: string, supplier: { id: string, code: string, name: string }, warehouse: { id: string, code: string } | null, total: { amount: number, currency: string, fractionDigits: number }, lines: Array<{ id: string, sku: string, description: string, quantity: number, quantityReceived: number, quantityRejected: number, quantityOpen: number, unitCost: { amount: number, currency: string, fractionDigits: number } }> } | null, errors: Array<{ code: PurchaseOrderSubmitErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_PurchaseOrderSendMutationVariables = Exact<{
  input: PurchaseOrderSendInput;
}>;


export type PartnerSdk_PurchaseOrderSendMutation = { purchaseOrderSend: { purchaseOrder: { id: string, number: string, status: PurchaseOrderStatus, version: number, currency: string, expectedAt: string | null, availableActions: Array<PurchaseOrderAction>, createdAt: string, updatedAt: string, supplier: { id: string, code: string, name: string }, warehouse: { id: string, code: string } | null, total: { amount: number, currency: string, fractionDigits: number }, lines: Array<{ id: string, sku: string, description: string, quantity: number, quantityReceived: number, quantityRejected: number, quantityOpen: number, unitCost: { amount: number, currency: string, fractionDigits: number } }> } | null, errors: Array<{ code: PurchaseOrderSendErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_ReceiptCreateMutationVariables = Exact<{
  input: ReceiptCreateInput;
}>;


export type PartnerSdk_ReceiptCreateMutation = { receiptCreate: { receipt: { id: string, number: string, status: ReceiptStatus, purchaseOrderId: string, purchaseOrderNumber: string, warehouseId: string, acceptedQuantity: number, rejectedQuantity: number, postedAt: string | null, lines: Array<{ purchaseOrderLineId: string, sku: string, acceptedQuantity: number, rejectedQuantity: number, rejectionReason: string | null }> } | null, errors: Array<{ code: ReceiptCreateErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_SupplierBillsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SupplierBillFilter | null | undefined;
}>;


export type PartnerSdk_SupplierBillsQuery = { supplierBills: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, kind: SupplierBillKind, status: SupplierBillStatus, supplierId: string, supplierName: string, purchaseOrderId: string | null, purchaseOrderNumber: string | null, supplierInvoiceNumber: string, billDate: string, dueDate: string, currency: string, totalAmount: number, baseTotalAmount: number, postedAt: string | null, version: number } }> } };

export type PartnerSdk_SupplierBillQueryVariables = Exact<{
  id: string;
}>;


export type PartnerSdk_SupplierBillQuery = { supplierBill: { id: string, number: string, kind: SupplierBillKind, status: SupplierBillStatus, supplierId: string, supplierName: string, purchaseOrderId: string | null, purchaseOrderNumber: string | null, supplierInvoiceNumber: string, billDate: string, dueDate: string, currency: string, exchangeRate: string, baseCurrency: string, subtotalAmount: number, taxAmount: number, freightAmount: number, totalAmount: number, baseTotalAmount: number, note: string | null, releaseComment: string | null, releasedAt: string | null, postedAt: string | null, createdAt: string, version: number, holdReasons: Array<{ billLineId: string | null, code: string, message: string }>, lines: Array<{ id: string, position: number, purchaseOrderLineId: string | null, sku: string | null, description: string, quantity: number, unitPrice: number, amount: number, matchStatus: BillLineMatchStatus }> } | null };

export type PartnerSdk_SupplierBillCreateMutationVariables = Exact<{
  input: SupplierBillCreateInput;
}>;


export type PartnerSdk_SupplierBillCreateMutation = { supplierBillCreate: { bill: { id: string, number: string, kind: SupplierBillKind, status: SupplierBillStatus, supplierId: string, supplierName: string, purchaseOrderId: string | null, purchaseOrderNumber: string | null, supplierInvoiceNumber: string, billDate: string, dueDate: string, currency: string, exchangeRate: string, baseCurrency: string, subtotalAmount: number, taxAmount: number, freightAmount: number, totalAmount: number, baseTotalAmount: number, note: string | null, releaseComment: string | null, releasedAt: string | null, postedAt: string | null, createdAt: string, version: number, holdReasons: Array<{ billLineId: string | null, code: string, message: string }>, lines: Array<{ id: string, position: number, purchaseOrderLineId: string | null, sku: string | null, description: string, quantity: number, unitPrice: number, amount: number, matchStatus: BillLineMatchStatus }> } | null, errors: Array<{ code: SupplierBillCreateErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_SupplierBillReleaseMutationVariables = Exact<{
  input: SupplierBillReleaseInput;
}>;


export type PartnerSdk_SupplierBillReleaseMutation = { supplierBillRelease: { bill: { id: string, number: string, kind: SupplierBillKind, status: SupplierBillStatus, supplierId: string, supplierName: string, purchaseOrderId: string | null, purchaseOrderNumber: string | null, supplierInvoiceNumber: string, billDate: string, dueDate: string, currency: string, exchangeRate: string, baseCurrency: string, subtotalAmount: number, taxAmount: number, freightAmount: number, totalAmount: number, baseTotalAmount: number, note: string | null, releaseComment: string | null, releasedAt: string | null, postedAt: string | null, createdAt: string, version: number, holdReasons: Array<{ billLineId: string | null, code: string, message: string }>, lines: Array<{ id: string, position: number, purchaseOrderLineId: string | null, sku: string | null, description: string, quantity: number, unitPrice: number, amount: number, matchStatus: BillLineMatchStatus }> } | null, errors: Array<{ code: SupplierBillReleaseErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_SupplierBillCancelMutationVariables = Exact<{
  input: SupplierBillIdInput;
}>;


export type PartnerSdk_SupplierBillCancelMutation = { supplierBillCancel: { bill: { id: string, number: string, kind: SupplierBillKind, status: SupplierBillStatus, supplierId: string, supplierName: string, purchaseOrderId: string | null, purchaseOrderNumber: string | null, supplierInvoiceNumber: string, billDate: string, dueDate: string, currency: string, exchangeRate: string, baseCurrency: string, subtotalAmount: number, taxAmount: number, freightAmount: number, totalAmount: number, baseTotalAmount: number, note: string | null, releaseComment: string | null, releasedAt: string | null, postedAt: string | null, createdAt: string, version: number, holdReasons: Array<{ billLineId: string | null, code: string, message: string }>, lines: Array<{ id: string, position: number, purchaseOrderLineId: string | null, sku: string | null, description: string, quantity: number, unitPrice: number, amount: number, matchStatus: BillLineMatchStatus }> } | null, errors: Array<{ code: SupplierBillCancelErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_InvoicesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: FinanceInvoiceFilter | null | undefined;
}>;


export type PartnerSdk_InvoicesQuery = { financeInvoices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: FinanceInvoiceKind, number: string, orderId: string, orderDisplayNumber: string, currency: string, subtotalAmount: number, discountAmount: number, shippingAmount: number, taxAmount: number, totalAmount: number, remainingAmount: number, issueDate: string, dueDate: string, issuedAt: string, buyer: { name: string, email: string } } }> } };

export type PartnerSdk_InvoiceQueryVariables = Exact<{
  id: string;
}>;


export type PartnerSdk_InvoiceQuery = { financeInvoice: { id: string, kind: FinanceInvoiceKind, number: string, orderId: string, orderDisplayNumber: string, currency: string, subtotalAmount: number, discountAmount: number, shippingAmount: number, taxAmount: number, totalAmount: number, remainingAmount: number, issueDate: string, dueDate: string, issuedAt: string, buyer: { name: string, email: string }, lines: Array<{ lineNo: number, sku: string, title: string, quantity: number, unitAmount: number, lineAmount: number, taxRateBps: number }> } | null };

export type PartnerSdk_OpenItemsQueryVariables = Exact<{
  kind: FinanceOpenItemKind;
  first: number;
  after?: string | null | undefined;
  partyId?: string | null | undefined;
  status?: FinanceOpenItemStatus | null | undefined;
}>;


export type PartnerSdk_OpenItemsQuery = { financeOpenItems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: FinanceOpenItemKind, documentType: FinanceOpenItemDocumentType, documentId: string, documentNumber: string, partyId: string | null, partyName: string, partyEmail: string | null, currency: string, amount: number, openAmount: number, documentDate: string | null, dueDate: string | null, status: FinanceOpenItemStatus, daysPastDue: number | null, allocations: Array<{ amount: number, allocatedOn: string }> } }> } };

export type PartnerSdk_ReceiptRecordMutationVariables = Exact<{
  input: FinanceReceiptRecordInput;
}>;


export type PartnerSdk_ReceiptRecordMutation = { financeReceiptRecord: { receipt: { id: string, customerId: string | null, amount: number, currency: string, receivedOn: string, reference: string, entryId: string | null } | null, errors: Array<{ code: FinanceReceiptRecordErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_PaymentRunsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: FinancePaymentRunStatus | null | undefined;
}>;


export type PartnerSdk_PaymentRunsQuery = { financePaymentRuns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: number, status: FinancePaymentRunStatus, dueBy: string, paymentDate: string | null, lineCount: number, supplierCount: number, totalBaseAmount: number, createdAt: string, postedAt: string | null, cancelledAt: string | null } }> } };

export type PartnerSdk_PaymentRunFieldsFragment = { id: string, number: number, status: FinancePaymentRunStatus, dueBy: string, paymentDate: string | null, lineCount: number, supplierCount: number, totalBaseAmount: number, availableActions: Array<FinancePaymentRunAction>, createdAt: string, postedAt: string | null, cancelledAt: string | null, lines: Array<{ supplierId: string | null, supplierName: string, amount: number, baseAmount: number, entryId: string | null, item: { id: string, documentType: FinanceOpenItemDocumentType, documentId: string, documentNumber: string, currency: string, openAmount: number, dueDate: string | null, status: FinanceOpenItemStatus } }> };

export type PartnerSdk_PaymentRunQueryVariables = Exact<{
  id: string;
}>;


export type PartnerSdk_PaymentRunQuery = { financePaymentRun: { id: string, number: number, status: FinancePaymentRunStatus, dueBy: string, paymentDate: string | null, lineCount: number, supplierCount: number, totalBaseAmount: number, availableActions: Array<FinancePaymentRunAction>, createdAt: string, postedAt: string | null, cancelledAt: string | null, lines: Array<{ supplierId: string | null, supplierName: string, amount: number, baseAmount: number, entryId: string | null, item: { id: string, documentType: FinanceOpenItemDocumentType, documentId: string, documentNumber: string, currency: string, openAmount: number, dueDate: string | null, status: FinanceOpenItemStatus } }> } | null };

export type PartnerSdk_PaymentRunCreateMutationVariables = Exact<{
  input: FinancePaymentRunCreateInput;
}>;


export type PartnerSdk_PaymentRunCreateMutation = { financePaymentRunCreate: { run: { id: string, number: number, status: FinancePaymentRunStatus, dueBy: string, paymentDate: string | null, lineCount: number, supplierCount: number, totalBaseAmount: number, availableActions: Array<FinancePaymentRunAction>, createdAt: string, postedAt: string | null, cancelledAt: string | null, lines: Array<{ supplierId: string | null, supplierName: string, amount: number, baseAmount: number, entryId: string | null, item: { id: string, documentType: FinanceOpenItemDocumentType, documentId: string, documentNumber: string, currency: string, openAmount: number, dueDate: string | null, status: FinanceOpenItemStatus } }> } | null, errors: Array<{ code: FinancePaymentRunCreateErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_PaymentRunPostMutationVariables = Exact<{
  input: FinancePaymentRunPostInput;
}>;


export type PartnerSdk_PaymentRunPostMutation = { financePaymentRunPost: { run: { id: string, number: number, status: FinancePaymentRunStatus, dueBy: string, paymentDate: string | null, lineCount: number, supplierCount: number, totalBaseAmount: number, availableActions: Array<FinancePaymentRunAction>, createdAt: string, postedAt: string | null, cancelledAt: string | null, lines: Array<{ supplierId: string | null, supplierName: string, amount: number, baseAmount: number, entryId: string | null, item: { id: string, documentType: FinanceOpenItemDocumentType, documentId: string, documentNumber: string, currency: string, openAmount: number, dueDate: string | null, status: FinanceOpenItemStatus } }> } | null, errors: Array<{ code: FinancePaymentRunPostErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_PaymentRunLineUpdateMutationVariables = Exact<{
  input: FinancePaymentRunLineUpdateInput;
}>;


export type PartnerSdk_PaymentRunLineUpdateMutation = { financePaymentRunLineUpdate: { run: { id: string, number: number, status: FinancePaymentRunStatus, dueBy: string, paymentDate: string | null, lineCount: number, supplierCount: number, totalBaseAmount: number, availableActions: Array<FinancePaymentRunAction>, createdAt: string, postedAt: string | null, cancelledAt: string | null, lines: Array<{ supplierId: string | null, supplierName: string, amount: number, baseAmount: number, entryId: string | null, item: { id: string, documentType: FinanceOpenItemDocumentType, documentId: string, documentNumber: string, currency: string, openAmount: number, dueDate: string | null, status: FinanceOpenItemStatus } }> } | null, errors: Array<{ code: FinancePaymentRunLineUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_PaymentRunLineRemoveMutationVariables = Exact<{
  input: FinancePaymentRunLineRemoveInput;
}>;


export type PartnerSdk_PaymentRunLineRemoveMutation = { financePaymentRunLineRemove: { run: { id: string, number: number, status: FinancePaymentRunStatus, dueBy: string, paymentDate: string | null, lineCount: number, supplierCount: number, totalBaseAmount: number, availableActions: Array<FinancePaymentRunAction>, createdAt: string, postedAt: string | null, cancelledAt: string | null, lines: Array<{ supplierId: string | null, supplierName: string, amount: number, baseAmount: number, entryId: string | null, item: { id: string, documentType: FinanceOpenItemDocumentType, documentId: string, documentNumber: string, currency: string, openAmount: number, dueDate: string | null, status: FinanceOpenItemStatus } }> } | null, errors: Array<{ code: FinancePaymentRunLineRemoveErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_PaymentRunCancelMutationVariables = Exact<{
  input: FinancePaymentRunCancelInput;
}>;


export type PartnerSdk_PaymentRunCancelMutation = { financePaymentRunCancel: { run: { id: string, number: number, status: FinancePaymentRunStatus, dueBy: string, paymentDate: string | null, lineCount: number, supplierCount: number, totalBaseAmount: number, availableActions: Array<FinancePaymentRunAction>, createdAt: string, postedAt: string | null, cancelledAt: string | null, lines: Array<{ supplierId: string | null, supplierName: string, amount: number, baseAmount: number, entryId: string | null, item: { id: string, documentType: FinanceOpenItemDocumentType, documentId: string, documentNumber: string, currency: string, openAmount: number, dueDate: string | null, status: FinanceOpenItemStatus } }> } | null, errors: Array<{ code: FinancePaymentRunCancelErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_WebhookEndpointFieldsFragment = { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string };

export type PartnerSdk_WebhookDeliveryFieldsFragment = { id: string, endpointId: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, responseStatus: number | null, latencyMs: number | null, error: string | null, nextAttemptAt: string | null, lastAttemptAt: string | null, createdAt: string, payload: string };

export type PartnerSdk_WebhookEventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerSdk_WebhookEventTypesQuery = { webhookEventTypes: Array<string> };

export type PartnerSdk_WebhookEndpointsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnerSdk_WebhookEndpointsQuery = { webhookEndpoints: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } }> } };

export type PartnerSdk_WebhookEndpointQueryVariables = Exact<{
  id: string;
}>;


export type PartnerSdk_WebhookEndpointQuery = { webhookEndpoint: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } | null };

export type PartnerSdk_WebhookDeliveriesQueryVariables = Exact<{
  endpointId: string;
  first: number;
  after?: string | null | undefined;
  filter?: WebhookDeliveryFilter | null | undefined;
}>;


export type PartnerSdk_WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, endpointId: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, responseStatus: number | null, latencyMs: number | null, error: string | null, nextAttemptAt: string | null, lastAttemptAt: string | null, createdAt: string, payload: string } }> } };

export type PartnerSdk_WebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type PartnerSdk_WebhookEndpointCreateMutation = { webhookEndpointCreate: { secret: string | null, endpoint: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: WebhookEndpointCreateErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_WebhookEndpointUpdateMutationVariables = Exact<{
  input: WebhookEndpointUpdateInput;
}>;


export type PartnerSdk_WebhookEndpointUpdateMutation = { webhookEndpointUpdate: { endpoint: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: WebhookEndpointUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_WebhookEndpointEnableMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type PartnerSdk_WebhookEndpointEnableMutation = { webhookEndpointEnable: { endpoint: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: WebhookEndpointEnableErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_WebhookEndpointDisableMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type PartnerSdk_WebhookEndpointDisableMutation = { webhookEndpointDisable: { endpoint: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: WebhookEndpointDisableErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_WebhookEndpointTestMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type PartnerSdk_WebhookEndpointTestMutation = { webhookEndpointTest: { endpoint: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: WebhookEndpointTestErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_WebhookEndpointSecretRotateMutationVariables = Exact<{
  input: WebhookEndpointSecretRotateInput;
}>;


export type PartnerSdk_WebhookEndpointSecretRotateMutation = { webhookEndpointSecretRotate: { secret: string | null, endpoint: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, createdAt: string, updatedAt: string } | null, errors: Array<{ code: WebhookEndpointSecretRotateErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_WebhookEndpointDeleteMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type PartnerSdk_WebhookEndpointDeleteMutation = { webhookEndpointDelete: { deletedEndpointId: string | null, errors: Array<{ code: WebhookEndpointDeleteErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_WebhookDeliveryRedeliverMutationVariables = Exact<{
  input: WebhookDeliveryRedeliverInput;
}>;


export type PartnerSdk_WebhookDeliveryRedeliverMutation = { webhookDeliveryRedeliver: { delivery: { id: string, endpointId: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, responseStatus: number | null, latencyMs: number | null, error: string | null, nextAttemptAt: string | null, lastAttemptAt: string | null, createdAt: string, payload: string } | null, errors: Array<{ code: WebhookDeliveryRedeliverErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_WorkflowRunFieldsFragment = { id: string, workflowId: string, workflowName: string, workflowVersion: number, status: WorkflowRunStatus, input: string | null, variables: string, error: string | null, startedAt: string, finishedAt: string | null };

export type PartnerSdk_WorkflowsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnerSdk_WorkflowsQuery = { workflows: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string | null, enabled: boolean, triggerKind: WorkflowTriggerKind, trigger: string, latestVersion: number } }> } };

export type PartnerSdk_WorkflowRunsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: WorkflowRunFilter | null | undefined;
}>;


export type PartnerSdk_WorkflowRunsQuery = { workflowRuns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, workflowId: string, workflowName: string, workflowVersion: number, status: WorkflowRunStatus, input: string | null, variables: string, error: string | null, startedAt: string, finishedAt: string | null } }> } };

export type PartnerSdk_WorkflowRunQueryVariables = Exact<{
  id: string;
}>;


export type PartnerSdk_WorkflowRunQuery = { workflowRun: { id: string, workflowId: string, workflowName: string, workflowVersion: number, status: WorkflowRunStatus, input: string | null, variables: string, error: string | null, startedAt: string, finishedAt: string | null, timeline: Array<{ stepId: string, kind: WorkflowStepKind, status: WorkflowStepStatus, attempt: number, error: string | null, startedAt: string | null, finishedAt: string | null }> } | null };

export type PartnerSdk_WorkflowStartMutationVariables = Exact<{
  input: WorkflowStartInput;
}>;


export type PartnerSdk_WorkflowStartMutation = { workflowStart: { run: { id: string, workflowId: string, workflowName: string, workflowVersion: number, status: WorkflowRunStatus, input: string | null, variables: string, error: string | null, startedAt: string, finishedAt: string | null } | null, errors: Array<{ code: WorkflowStartErrorCode, field: Array<string> | null, message: string }> } };

export type PartnerSdk_WorkflowRunCancelMutationVariables = Exact<{
  input: WorkflowRunCancelInput;
}>;


export type PartnerSdk_WorkflowRunCancelMutation = { workflowRunCancel: { run: { id: string, workflowId: string, workflowName: string, workflowVersion: number, status: WorkflowRunStatus, input: string | null, variables: string, error: string | null, startedAt: string, finishedAt: string | null } | null, errors: Array<{ code: WorkflowRunCancelErrorCode, field: Array<string> | null, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PartnerSdk_PaymentRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerSdk_PaymentRunFields on FinancePaymentRun {
  id
  number
  status
  dueBy
  paymentDate
  lineCount
  supplierCount
  totalBaseAmount
  availableActions
  createdAt
  postedAt
  cancelledAt
  lines {
    supplierId
    supplierName
    amount
    baseAmount
    entryId
    item {
      id
      documentType
      documentId
      documentNumber
      currency
      openAmount
      dueDate
      status
    }
  }
}
    `, {"fragmentName":"PartnerSdk_PaymentRunFields"}) as unknown as TypedDocumentString<PartnerSdk_PaymentRunFieldsFragment, unknown>;
export const PartnerSdk_WebhookEndpointFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerSdk_WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  enabled
  disabledReason
  consecutiveFailures
  previousSecretExpiresAt
  createdAt
  updatedAt
}
    `, {"fragmentName":"PartnerSdk_WebhookEndpointFields"}) as unknown as TypedDocumentString<PartnerSdk_WebhookEndpointFieldsFragment, unknown>;
export const PartnerSdk_WebhookDeliveryFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerSdk_WebhookDeliveryFields on WebhookDelivery {
  id
  endpointId
  eventId
  eventType
  status
  attempts
  responseStatus
  latencyMs
  error
  nextAttemptAt
  lastAttemptAt
  createdAt
  payload
}
    `, {"fragmentName":"PartnerSdk_WebhookDeliveryFields"}) as unknown as TypedDocumentString<PartnerSdk_WebhookDeliveryFieldsFragment, unknown>;
export const PartnerSdk_WorkflowRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerSdk_WorkflowRunFields on WorkflowRun {
  id
  workflowId
  workflowName
  workflowVersion
  status
  input
  variables
  error
  startedAt
  finishedAt
}
    `, {"fragmentName":"PartnerSdk_WorkflowRunFields"}) as unknown as TypedDocumentString<PartnerSdk_WorkflowRunFieldsFragment, unknown>;
export const PartnerSdk_ViewerDocument = new TypedDocumentString(`
    query PartnerSdk_Viewer {
  viewer {
    kind
    scopes
    tenant {
      slug
      name
    }
    apiKey {
      name
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ViewerQuery, PartnerSdk_ViewerQueryVariables>;
export const PartnerSdk_ProductsDocument = new TypedDocumentString(`
    query PartnerSdk_Products($first: Int!, $after: String) {
  products(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        handle
        title
        status
        variants {
          id
          sku
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ProductsQuery, PartnerSdk_ProductsQueryVariables>;
export const PartnerSdk_VariantBySkuDocument = new TypedDocumentString(`
    query PartnerSdk_VariantBySku($sku: String!, $currency: String!) {
  variantBySku(sku: $sku) {
    id
    sku
    title
    price(currency: $currency) {
      amount
      currency
      fractionDigits
    }
    inventory {
      available
      inStock
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_VariantBySkuQuery, PartnerSdk_VariantBySkuQueryVariables>;
export const PartnerSdk_ProductCreateDocument = new TypedDocumentString(`
    mutation PartnerSdk_ProductCreate($input: ProductCreateInput!) {
  productCreate(input: $input) {
    product {
      id
      handle
      title
      status
      variants {
        id
        sku
        title
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ProductCreateMutation, PartnerSdk_ProductCreateMutationVariables>;
export const PartnerSdk_WarehousesDocument = new TypedDocumentString(`
    query PartnerSdk_Warehouses($first: Int!, $after: String) {
  warehouses(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_WarehousesQuery, PartnerSdk_WarehousesQueryVariables>;
export const PartnerSdk_StockLevelsDocument = new TypedDocumentString(`
    query PartnerSdk_StockLevels($first: Int!, $after: String, $filter: StockLevelFilter) {
  stockLevels(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        available
        onHand
        reserved
        lowStock
        warehouse {
          id
          code
        }
        variant {
          id
          sku
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_StockLevelsQuery, PartnerSdk_StockLevelsQueryVariables>;
export const PartnerSdk_StockAdjustDocument = new TypedDocumentString(`
    mutation PartnerSdk_StockAdjust($input: StockAdjustInput!) {
  stockAdjust(input: $input) {
    stockLevel {
      id
      onHand
      available
      reserved
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_StockAdjustMutation, PartnerSdk_StockAdjustMutationVariables>;
export const PartnerSdk_OrdersDocument = new TypedDocumentString(`
    query PartnerSdk_Orders($first: Int!, $after: String, $filter: OrderFilter) {
  orders(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        displayNumber
        status
        paymentStatus
        email
        total {
          amount
          currency
          fractionDigits
        }
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_OrdersQuery, PartnerSdk_OrdersQueryVariables>;
export const PartnerSdk_OrderDocument = new TypedDocumentString(`
    query PartnerSdk_Order($id: ID!) {
  order(id: $id) {
    id
    number
    displayNumber
    status
    paymentStatus
    email
    version
    availableActions
    lines {
      sku
      quantity
    }
    total {
      amount
      currency
      fractionDigits
    }
    shipments {
      id
      status
      carrier
      trackingNumber
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_OrderQuery, PartnerSdk_OrderQueryVariables>;
export const PartnerSdk_OrderCancelDocument = new TypedDocumentString(`
    mutation PartnerSdk_OrderCancel($input: OrderCancelInput!) {
  orderCancel(input: $input) {
    order {
      id
      status
      version
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_OrderCancelMutation, PartnerSdk_OrderCancelMutationVariables>;
export const PartnerSdk_ShipmentsDocument = new TypedDocumentString(`
    query PartnerSdk_Shipments($first: Int!, $after: String, $filter: ShipmentFilter) {
  shipments(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        carrier
        trackingNumber
        order {
          id
        }
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ShipmentsQuery, PartnerSdk_ShipmentsQueryVariables>;
export const PartnerSdk_ShipmentDocument = new TypedDocumentString(`
    query PartnerSdk_Shipment($id: ID!) {
  shipment(id: $id) {
    id
    status
    version
    carrier
    service
    trackingNumber
    availableActions
    warehouse {
      id
      code
    }
    order {
      id
    }
    lines {
      quantity
      variant {
        id
        sku
      }
    }
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ShipmentQuery, PartnerSdk_ShipmentQueryVariables>;
export const PartnerSdk_ShipmentCreateDocument = new TypedDocumentString(`
    mutation PartnerSdk_ShipmentCreate($input: ShipmentCreateInput!) {
  shipmentCreate(input: $input) {
    shipment {
      id
      status
      version
      carrier
      service
      trackingNumber
      availableActions
      warehouse {
        id
        code
      }
      order {
        id
      }
      lines {
        quantity
        variant {
          id
          sku
        }
      }
      createdAt
      updatedAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ShipmentCreateMutation, PartnerSdk_ShipmentCreateMutationVariables>;
export const PartnerSdk_ShipmentPackDocument = new TypedDocumentString(`
    mutation PartnerSdk_ShipmentPack($input: ShipmentMoveInput!) {
  shipmentPack(input: $input) {
    shipment {
      id
      status
      version
      carrier
      service
      trackingNumber
      availableActions
      warehouse {
        id
        code
      }
      order {
        id
      }
      lines {
        quantity
        variant {
          id
          sku
        }
      }
      createdAt
      updatedAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ShipmentPackMutation, PartnerSdk_ShipmentPackMutationVariables>;
export const PartnerSdk_ShipmentShipDocument = new TypedDocumentString(`
    mutation PartnerSdk_ShipmentShip($input: ShipmentShipInput!) {
  shipmentShip(input: $input) {
    shipment {
      id
      status
      version
      carrier
      service
      trackingNumber
      availableActions
      warehouse {
        id
        code
      }
      order {
        id
      }
      lines {
        quantity
        variant {
          id
          sku
        }
      }
      createdAt
      updatedAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ShipmentShipMutation, PartnerSdk_ShipmentShipMutationVariables>;
export const PartnerSdk_ShipmentDeliverDocument = new TypedDocumentString(`
    mutation PartnerSdk_ShipmentDeliver($input: ShipmentMoveInput!) {
  shipmentDeliver(input: $input) {
    shipment {
      id
      status
      version
      carrier
      service
      trackingNumber
      availableActions
      warehouse {
        id
        code
      }
      order {
        id
      }
      lines {
        quantity
        variant {
          id
          sku
        }
      }
      createdAt
      updatedAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ShipmentDeliverMutation, PartnerSdk_ShipmentDeliverMutationVariables>;
export const PartnerSdk_ShipmentCancelDocument = new TypedDocumentString(`
    mutation PartnerSdk_ShipmentCancel($input: ShipmentMoveInput!) {
  shipmentCancel(input: $input) {
    shipment {
      id
      status
      version
      carrier
      service
      trackingNumber
      availableActions
      warehouse {
        id
        code
      }
      order {
        id
      }
      lines {
        quantity
        variant {
          id
          sku
        }
      }
      createdAt
      updatedAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ShipmentCancelMutation, PartnerSdk_ShipmentCancelMutationVariables>;
export const PartnerSdk_ReturnsDocument = new TypedDocumentString(`
    query PartnerSdk_Returns($first: Int!, $after: String, $filter: ReturnFilter) {
  returns(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        version
        reason
        order {
          id
        }
        lines {
          quantity
          variant {
            id
            sku
          }
        }
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ReturnsQuery, PartnerSdk_ReturnsQueryVariables>;
export const PartnerSdk_ReturnDocument = new TypedDocumentString(`
    query PartnerSdk_Return($id: ID!) {
  node(id: $id) {
    __typename
    ... on Return {
      id
      status
      version
      reason
      refundAmount
      availableActions
      order {
        id
      }
      lines {
        quantity
        variant {
          id
          sku
        }
      }
      history {
        from
        to
        occurredAt
      }
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ReturnQuery, PartnerSdk_ReturnQueryVariables>;
export const PartnerSdk_ReturnRequestDocument = new TypedDocumentString(`
    mutation PartnerSdk_ReturnRequest($input: ReturnRequestInput!) {
  returnRequest(input: $input) {
    return {
      id
      status
      version
      reason
      refundAmount
      availableActions
      order {
        id
      }
      lines {
        quantity
        variant {
          id
          sku
        }
      }
      history {
        from
        to
        occurredAt
      }
      createdAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ReturnRequestMutation, PartnerSdk_ReturnRequestMutationVariables>;
export const PartnerSdk_ReturnApproveDocument = new TypedDocumentString(`
    mutation PartnerSdk_ReturnApprove($input: ReturnMoveInput!) {
  returnApprove(input: $input) {
    return {
      id
      status
      version
      reason
      refundAmount
      availableActions
      order {
        id
      }
      lines {
        quantity
        variant {
          id
          sku
        }
      }
      history {
        from
        to
        occurredAt
      }
      createdAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ReturnApproveMutation, PartnerSdk_ReturnApproveMutationVariables>;
export const PartnerSdk_ReturnReceiveDocument = new TypedDocumentString(`
    mutation PartnerSdk_ReturnReceive($input: ReturnMoveInput!) {
  returnReceive(input: $input) {
    return {
      id
      status
      version
      reason
      refundAmount
      availableActions
      order {
        id
      }
      lines {
        quantity
        variant {
          id
          sku
        }
      }
      history {
        from
        to
        occurredAt
      }
      createdAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ReturnReceiveMutation, PartnerSdk_ReturnReceiveMutationVariables>;
export const PartnerSdk_ReturnRefundDocument = new TypedDocumentString(`
    mutation PartnerSdk_ReturnRefund($input: ReturnMoveInput!) {
  returnRefund(input: $input) {
    return {
      id
      status
      version
      reason
      refundAmount
      availableActions
      order {
        id
      }
      lines {
        quantity
        variant {
          id
          sku
        }
      }
      history {
        from
        to
        occurredAt
      }
      createdAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ReturnRefundMutation, PartnerSdk_ReturnRefundMutationVariables>;
export const PartnerSdk_ReturnRejectDocument = new TypedDocumentString(`
    mutation PartnerSdk_ReturnReject($input: ReturnMoveInput!) {
  returnReject(input: $input) {
    return {
      id
      status
      version
      reason
      refundAmount
      availableActions
      order {
        id
      }
      lines {
        quantity
        variant {
          id
          sku
        }
      }
      history {
        from
        to
        occurredAt
      }
      createdAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ReturnRejectMutation, PartnerSdk_ReturnRejectMutationVariables>;
export const PartnerSdk_SuppliersDocument = new TypedDocumentString(`
    query PartnerSdk_Suppliers($first: Int!, $after: String, $filter: SupplierFilter) {
  suppliers(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        code
        name
        email
        currency
        leadTimeDays
        paymentTermsDays
        active
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_SuppliersQuery, PartnerSdk_SuppliersQueryVariables>;
export const PartnerSdk_SupplierDocument = new TypedDocumentString(`
    query PartnerSdk_Supplier($id: ID!) {
  supplier(id: $id) {
    id
    code
    name
    email
    phone
    currency
    leadTimeDays
    paymentTermsDays
    active
    version
    items {
      supplierSku
      unitCost {
        amount
        currency
        fractionDigits
      }
      packSize
      preferred
      variant {
        id
        sku
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_SupplierQuery, PartnerSdk_SupplierQueryVariables>;
export const PartnerSdk_PurchaseOrdersDocument = new TypedDocumentString(`
    query PartnerSdk_PurchaseOrders($first: Int!, $after: String, $filter: PurchaseOrderFilter) {
  purchaseOrders(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        status
        version
        currency
        expectedAt
        supplier {
          id
          code
          name
        }
        warehouse {
          id
          code
        }
        total {
          amount
          currency
          fractionDigits
        }
        lines {
          id
          sku
          description
          quantity
          quantityReceived
          quantityRejected
          quantityOpen
          unitCost {
            amount
            currency
            fractionDigits
          }
        }
        availableActions
        createdAt
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_PurchaseOrdersQuery, PartnerSdk_PurchaseOrdersQueryVariables>;
export const PartnerSdk_PurchaseOrderDocument = new TypedDocumentString(`
    query PartnerSdk_PurchaseOrder($id: ID!) {
  purchaseOrder(id: $id) {
    id
    number
    status
    version
    currency
    expectedAt
    supplier {
      id
      code
      name
    }
    warehouse {
      id
      code
    }
    total {
      amount
      currency
      fractionDigits
    }
    lines {
      id
      sku
      description
      quantity
      quantityReceived
      quantityRejected
      quantityOpen
      unitCost {
        amount
        currency
        fractionDigits
      }
    }
    availableActions
    createdAt
    updatedAt
    receipts {
      id
      number
      status
      purchaseOrderId
      purchaseOrderNumber
      warehouseId
      acceptedQuantity
      rejectedQuantity
      postedAt
      lines {
        purchaseOrderLineId
        sku
        acceptedQuantity
        rejectedQuantity
        rejectionReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_PurchaseOrderQuery, PartnerSdk_PurchaseOrderQueryVariables>;
export const PartnerSdk_PurchaseOrderCreateDocument = new TypedDocumentString(`
    mutation PartnerSdk_PurchaseOrderCreate($input: PurchaseOrderCreateInput!) {
  purchaseOrderCreate(input: $input) {
    purchaseOrder {
      id
      number
      status
      version
      currency
      expectedAt
      supplier {
        id
        code
        name
      }
      warehouse {
        id
        code
      }
      total {
        amount
        currency
        fractionDigits
      }
      lines {
        id
        sku
        description
        quantity
        quantityReceived
        quantityRejected
        quantityOpen
        unitCost {
          amount
          currency
          fractionDigits
        }
      }
      availableActions
      createdAt
      updatedAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_PurchaseOrderCreateMutation, PartnerSdk_PurchaseOrderCreateMutationVariables>;
export const PartnerSdk_PurchaseOrderSubmitDocument = new TypedDocumentString(`
    mutation PartnerSdk_PurchaseOrderSubmit($input: PurchaseOrderSubmitInput!) {
  purchaseOrderSubmit(input: $input) {
    purchaseOrder {
      id
      number
      status
      version
      currency
      expectedAt
      supplier {
        id
        code
        name
      }
      warehouse {
        id
        code
      }
      total {
        amount
        currency
        fractionDigits
      }
      lines {
        id
        sku
        description
        quantity
        quantityReceived
        quantityRejected
        quantityOpen
        unitCost {
          amount
          currency
          fractionDigits
        }
      }
      availableActions
      createdAt
      updatedAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_PurchaseOrderSubmitMutation, PartnerSdk_PurchaseOrderSubmitMutationVariables>;
export const PartnerSdk_PurchaseOrderSendDocument = new TypedDocumentString(`
    mutation PartnerSdk_PurchaseOrderSend($input: PurchaseOrderSendInput!) {
  purchaseOrderSend(input: $input) {
    purchaseOrder {
      id
      number
      status
      version
      currency
      expectedAt
      supplier {
        id
        code
        name
      }
      warehouse {
        id
        code
      }
      total {
        amount
        currency
        fractionDigits
      }
      lines {
        id
        sku
        description
        quantity
        quantityReceived
        quantityRejected
        quantityOpen
        unitCost {
          amount
          currency
          fractionDigits
        }
      }
      availableActions
      createdAt
      updatedAt
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_PurchaseOrderSendMutation, PartnerSdk_PurchaseOrderSendMutationVariables>;
export const PartnerSdk_ReceiptCreateDocument = new TypedDocumentString(`
    mutation PartnerSdk_ReceiptCreate($input: ReceiptCreateInput!) {
  receiptCreate(input: $input) {
    receipt {
      id
      number
      status
      purchaseOrderId
      purchaseOrderNumber
      warehouseId
      acceptedQuantity
      rejectedQuantity
      postedAt
      lines {
        purchaseOrderLineId
        sku
        acceptedQuantity
        rejectedQuantity
        rejectionReason
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ReceiptCreateMutation, PartnerSdk_ReceiptCreateMutationVariables>;
export const PartnerSdk_SupplierBillsDocument = new TypedDocumentString(`
    query PartnerSdk_SupplierBills($first: Int!, $after: String, $filter: SupplierBillFilter) {
  supplierBills(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        kind
        status
        supplierId
        supplierName
        purchaseOrderId
        purchaseOrderNumber
        supplierInvoiceNumber
        billDate
        dueDate
        currency
        totalAmount
        baseTotalAmount
        postedAt
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_SupplierBillsQuery, PartnerSdk_SupplierBillsQueryVariables>;
export const PartnerSdk_SupplierBillDocument = new TypedDocumentString(`
    query PartnerSdk_SupplierBill($id: ID!) {
  supplierBill(id: $id) {
    id
    number
    kind
    status
    supplierId
    supplierName
    purchaseOrderId
    purchaseOrderNumber
    supplierInvoiceNumber
    billDate
    dueDate
    currency
    exchangeRate
    baseCurrency
    subtotalAmount
    taxAmount
    freightAmount
    totalAmount
    baseTotalAmount
    holdReasons {
      billLineId
      code
      message
    }
    note
    releaseComment
    releasedAt
    postedAt
    createdAt
    version
    lines {
      id
      position
      purchaseOrderLineId
      sku
      description
      quantity
      unitPrice
      amount
      matchStatus
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_SupplierBillQuery, PartnerSdk_SupplierBillQueryVariables>;
export const PartnerSdk_SupplierBillCreateDocument = new TypedDocumentString(`
    mutation PartnerSdk_SupplierBillCreate($input: SupplierBillCreateInput!) {
  supplierBillCreate(input: $input) {
    bill {
      id
      number
      kind
      status
      supplierId
      supplierName
      purchaseOrderId
      purchaseOrderNumber
      supplierInvoiceNumber
      billDate
      dueDate
      currency
      exchangeRate
      baseCurrency
      subtotalAmount
      taxAmount
      freightAmount
      totalAmount
      baseTotalAmount
      holdReasons {
        billLineId
        code
        message
      }
      note
      releaseComment
      releasedAt
      postedAt
      createdAt
      version
      lines {
        id
        position
        purchaseOrderLineId
        sku
        description
        quantity
        unitPrice
        amount
        matchStatus
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_SupplierBillCreateMutation, PartnerSdk_SupplierBillCreateMutationVariables>;
export const PartnerSdk_SupplierBillReleaseDocument = new TypedDocumentString(`
    mutation PartnerSdk_SupplierBillRelease($input: SupplierBillReleaseInput!) {
  supplierBillRelease(input: $input) {
    bill {
      id
      number
      kind
      status
      supplierId
      supplierName
      purchaseOrderId
      purchaseOrderNumber
      supplierInvoiceNumber
      billDate
      dueDate
      currency
      exchangeRate
      baseCurrency
      subtotalAmount
      taxAmount
      freightAmount
      totalAmount
      baseTotalAmount
      holdReasons {
        billLineId
        code
        message
      }
      note
      releaseComment
      releasedAt
      postedAt
      createdAt
      version
      lines {
        id
        position
        purchaseOrderLineId
        sku
        description
        quantity
        unitPrice
        amount
        matchStatus
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_SupplierBillReleaseMutation, PartnerSdk_SupplierBillReleaseMutationVariables>;
export const PartnerSdk_SupplierBillCancelDocument = new TypedDocumentString(`
    mutation PartnerSdk_SupplierBillCancel($input: SupplierBillIdInput!) {
  supplierBillCancel(input: $input) {
    bill {
      id
      number
      kind
      status
      supplierId
      supplierName
      purchaseOrderId
      purchaseOrderNumber
      supplierInvoiceNumber
      billDate
      dueDate
      currency
      exchangeRate
      baseCurrency
      subtotalAmount
      taxAmount
      freightAmount
      totalAmount
      baseTotalAmount
      holdReasons {
        billLineId
        code
        message
      }
      note
      releaseComment
      releasedAt
      postedAt
      createdAt
      version
      lines {
        id
        position
        purchaseOrderLineId
        sku
        description
        quantity
        unitPrice
        amount
        matchStatus
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_SupplierBillCancelMutation, PartnerSdk_SupplierBillCancelMutationVariables>;
export const PartnerSdk_InvoicesDocument = new TypedDocumentString(`
    query PartnerSdk_Invoices($first: Int!, $after: String, $filter: FinanceInvoiceFilter) {
  financeInvoices(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        number
        orderId
        orderDisplayNumber
        currency
        subtotalAmount
        discountAmount
        shippingAmount
        taxAmount
        totalAmount
        remainingAmount
        issueDate
        dueDate
        issuedAt
        buyer {
          name
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_InvoicesQuery, PartnerSdk_InvoicesQueryVariables>;
export const PartnerSdk_InvoiceDocument = new TypedDocumentString(`
    query PartnerSdk_Invoice($id: ID!) {
  financeInvoice(id: $id) {
    id
    kind
    number
    orderId
    orderDisplayNumber
    currency
    subtotalAmount
    discountAmount
    shippingAmount
    taxAmount
    totalAmount
    remainingAmount
    issueDate
    dueDate
    issuedAt
    buyer {
      name
      email
    }
    lines {
      lineNo
      sku
      title
      quantity
      unitAmount
      lineAmount
      taxRateBps
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_InvoiceQuery, PartnerSdk_InvoiceQueryVariables>;
export const PartnerSdk_OpenItemsDocument = new TypedDocumentString(`
    query PartnerSdk_OpenItems($kind: FinanceOpenItemKind!, $first: Int!, $after: String, $partyId: ID, $status: FinanceOpenItemStatus) {
  financeOpenItems(
    kind: $kind
    first: $first
    after: $after
    partyId: $partyId
    status: $status
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        documentType
        documentId
        documentNumber
        partyId
        partyName
        partyEmail
        currency
        amount
        openAmount
        documentDate
        dueDate
        status
        daysPastDue
        allocations {
          amount
          allocatedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_OpenItemsQuery, PartnerSdk_OpenItemsQueryVariables>;
export const PartnerSdk_ReceiptRecordDocument = new TypedDocumentString(`
    mutation PartnerSdk_ReceiptRecord($input: FinanceReceiptRecordInput!) {
  financeReceiptRecord(input: $input) {
    receipt {
      id
      customerId
      amount
      currency
      receivedOn
      reference
      entryId
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_ReceiptRecordMutation, PartnerSdk_ReceiptRecordMutationVariables>;
export const PartnerSdk_PaymentRunsDocument = new TypedDocumentString(`
    query PartnerSdk_PaymentRuns($first: Int!, $after: String, $status: FinancePaymentRunStatus) {
  financePaymentRuns(first: $first, after: $after, status: $status) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        status
        dueBy
        paymentDate
        lineCount
        supplierCount
        totalBaseAmount
        createdAt
        postedAt
        cancelledAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_PaymentRunsQuery, PartnerSdk_PaymentRunsQueryVariables>;
export const PartnerSdk_PaymentRunDocument = new TypedDocumentString(`
    query PartnerSdk_PaymentRun($id: ID!) {
  financePaymentRun(id: $id) {
    ...PartnerSdk_PaymentRunFields
  }
}
    fragment PartnerSdk_PaymentRunFields on FinancePaymentRun {
  id
  number
  status
  dueBy
  paymentDate
  lineCount
  supplierCount
  totalBaseAmount
  availableActions
  createdAt
  postedAt
  cancelledAt
  lines {
    supplierId
    supplierName
    amount
    baseAmount
    entryId
    item {
      id
      documentType
      documentId
      documentNumber
      currency
      openAmount
      dueDate
      status
    }
  }
}`) as unknown as TypedDocumentString<PartnerSdk_PaymentRunQuery, PartnerSdk_PaymentRunQueryVariables>;
export const PartnerSdk_PaymentRunCreateDocument = new TypedDocumentString(`
    mutation PartnerSdk_PaymentRunCreate($input: FinancePaymentRunCreateInput!) {
  financePaymentRunCreate(input: $input) {
    run {
      ...PartnerSdk_PaymentRunFields
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_PaymentRunFields on FinancePaymentRun {
  id
  number
  status
  dueBy
  paymentDate
  lineCount
  supplierCount
  totalBaseAmount
  availableActions
  createdAt
  postedAt
  cancelledAt
  lines {
    supplierId
    supplierName
    amount
    baseAmount
    entryId
    item {
      id
      documentType
      documentId
      documentNumber
      currency
      openAmount
      dueDate
      status
    }
  }
}`) as unknown as TypedDocumentString<PartnerSdk_PaymentRunCreateMutation, PartnerSdk_PaymentRunCreateMutationVariables>;
export const PartnerSdk_PaymentRunPostDocument = new TypedDocumentString(`
    mutation PartnerSdk_PaymentRunPost($input: FinancePaymentRunPostInput!) {
  financePaymentRunPost(input: $input) {
    run {
      ...PartnerSdk_PaymentRunFields
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_PaymentRunFields on FinancePaymentRun {
  id
  number
  status
  dueBy
  paymentDate
  lineCount
  supplierCount
  totalBaseAmount
  availableActions
  createdAt
  postedAt
  cancelledAt
  lines {
    supplierId
    supplierName
    amount
    baseAmount
    entryId
    item {
      id
      documentType
      documentId
      documentNumber
      currency
      openAmount
      dueDate
      status
    }
  }
}`) as unknown as TypedDocumentString<PartnerSdk_PaymentRunPostMutation, PartnerSdk_PaymentRunPostMutationVariables>;
export const PartnerSdk_PaymentRunLineUpdateDocument = new TypedDocumentString(`
    mutation PartnerSdk_PaymentRunLineUpdate($input: FinancePaymentRunLineUpdateInput!) {
  financePaymentRunLineUpdate(input: $input) {
    run {
      ...PartnerSdk_PaymentRunFields
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_PaymentRunFields on FinancePaymentRun {
  id
  number
  status
  dueBy
  paymentDate
  lineCount
  supplierCount
  totalBaseAmount
  availableActions
  createdAt
  postedAt
  cancelledAt
  lines {
    supplierId
    supplierName
    amount
    baseAmount
    entryId
    item {
      id
      documentType
      documentId
      documentNumber
      currency
      openAmount
      dueDate
      status
    }
  }
}`) as unknown as TypedDocumentString<PartnerSdk_PaymentRunLineUpdateMutation, PartnerSdk_PaymentRunLineUpdateMutationVariables>;
export const PartnerSdk_PaymentRunLineRemoveDocument = new TypedDocumentString(`
    mutation PartnerSdk_PaymentRunLineRemove($input: FinancePaymentRunLineRemoveInput!) {
  financePaymentRunLineRemove(input: $input) {
    run {
      ...PartnerSdk_PaymentRunFields
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_PaymentRunFields on FinancePaymentRun {
  id
  number
  status
  dueBy
  paymentDate
  lineCount
  supplierCount
  totalBaseAmount
  availableActions
  createdAt
  postedAt
  cancelledAt
  lines {
    supplierId
    supplierName
    amount
    baseAmount
    entryId
    item {
      id
      documentType
      documentId
      documentNumber
      currency
      openAmount
      dueDate
      status
    }
  }
}`) as unknown as TypedDocumentString<PartnerSdk_PaymentRunLineRemoveMutation, PartnerSdk_PaymentRunLineRemoveMutationVariables>;
export const PartnerSdk_PaymentRunCancelDocument = new TypedDocumentString(`
    mutation PartnerSdk_PaymentRunCancel($input: FinancePaymentRunCancelInput!) {
  financePaymentRunCancel(input: $input) {
    run {
      ...PartnerSdk_PaymentRunFields
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_PaymentRunFields on FinancePaymentRun {
  id
  number
  status
  dueBy
  paymentDate
  lineCount
  supplierCount
  totalBaseAmount
  availableActions
  createdAt
  postedAt
  cancelledAt
  lines {
    supplierId
    supplierName
    amount
    baseAmount
    entryId
    item {
      id
      documentType
      documentId
      documentNumber
      currency
      openAmount
      dueDate
      status
    }
  }
}`) as unknown as TypedDocumentString<PartnerSdk_PaymentRunCancelMutation, PartnerSdk_PaymentRunCancelMutationVariables>;
export const PartnerSdk_WebhookEventTypesDocument = new TypedDocumentString(`
    query PartnerSdk_WebhookEventTypes {
  webhookEventTypes
}
    `) as unknown as TypedDocumentString<PartnerSdk_WebhookEventTypesQuery, PartnerSdk_WebhookEventTypesQueryVariables>;
export const PartnerSdk_WebhookEndpointsDocument = new TypedDocumentString(`
    query PartnerSdk_WebhookEndpoints($first: Int!, $after: String) {
  webhookEndpoints(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...PartnerSdk_WebhookEndpointFields
      }
    }
  }
}
    fragment PartnerSdk_WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  enabled
  disabledReason
  consecutiveFailures
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PartnerSdk_WebhookEndpointsQuery, PartnerSdk_WebhookEndpointsQueryVariables>;
export const PartnerSdk_WebhookEndpointDocument = new TypedDocumentString(`
    query PartnerSdk_WebhookEndpoint($id: ID!) {
  webhookEndpoint(id: $id) {
    ...PartnerSdk_WebhookEndpointFields
  }
}
    fragment PartnerSdk_WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  enabled
  disabledReason
  consecutiveFailures
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PartnerSdk_WebhookEndpointQuery, PartnerSdk_WebhookEndpointQueryVariables>;
export const PartnerSdk_WebhookDeliveriesDocument = new TypedDocumentString(`
    query PartnerSdk_WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String, $filter: WebhookDeliveryFilter) {
  webhookDeliveries(
    endpointId: $endpointId
    first: $first
    after: $after
    filter: $filter
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...PartnerSdk_WebhookDeliveryFields
      }
    }
  }
}
    fragment PartnerSdk_WebhookDeliveryFields on WebhookDelivery {
  id
  endpointId
  eventId
  eventType
  status
  attempts
  responseStatus
  latencyMs
  error
  nextAttemptAt
  lastAttemptAt
  createdAt
  payload
}`) as unknown as TypedDocumentString<PartnerSdk_WebhookDeliveriesQuery, PartnerSdk_WebhookDeliveriesQueryVariables>;
export const PartnerSdk_WebhookEndpointCreateDocument = new TypedDocumentString(`
    mutation PartnerSdk_WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $input) {
    endpoint {
      ...PartnerSdk_WebhookEndpointFields
    }
    secret
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  enabled
  disabledReason
  consecutiveFailures
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PartnerSdk_WebhookEndpointCreateMutation, PartnerSdk_WebhookEndpointCreateMutationVariables>;
export const PartnerSdk_WebhookEndpointUpdateDocument = new TypedDocumentString(`
    mutation PartnerSdk_WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {
  webhookEndpointUpdate(input: $input) {
    endpoint {
      ...PartnerSdk_WebhookEndpointFields
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  enabled
  disabledReason
  consecutiveFailures
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PartnerSdk_WebhookEndpointUpdateMutation, PartnerSdk_WebhookEndpointUpdateMutationVariables>;
export const PartnerSdk_WebhookEndpointEnableDocument = new TypedDocumentString(`
    mutation PartnerSdk_WebhookEndpointEnable($input: WebhookEndpointIdInput!) {
  webhookEndpointEnable(input: $input) {
    endpoint {
      ...PartnerSdk_WebhookEndpointFields
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  enabled
  disabledReason
  consecutiveFailures
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PartnerSdk_WebhookEndpointEnableMutation, PartnerSdk_WebhookEndpointEnableMutationVariables>;
export const PartnerSdk_WebhookEndpointDisableDocument = new TypedDocumentString(`
    mutation PartnerSdk_WebhookEndpointDisable($input: WebhookEndpointIdInput!) {
  webhookEndpointDisable(input: $input) {
    endpoint {
      ...PartnerSdk_WebhookEndpointFields
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  enabled
  disabledReason
  consecutiveFailures
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PartnerSdk_WebhookEndpointDisableMutation, PartnerSdk_WebhookEndpointDisableMutationVariables>;
export const PartnerSdk_WebhookEndpointTestDocument = new TypedDocumentString(`
    mutation PartnerSdk_WebhookEndpointTest($input: WebhookEndpointIdInput!) {
  webhookEndpointTest(input: $input) {
    endpoint {
      ...PartnerSdk_WebhookEndpointFields
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  enabled
  disabledReason
  consecutiveFailures
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PartnerSdk_WebhookEndpointTestMutation, PartnerSdk_WebhookEndpointTestMutationVariables>;
export const PartnerSdk_WebhookEndpointSecretRotateDocument = new TypedDocumentString(`
    mutation PartnerSdk_WebhookEndpointSecretRotate($input: WebhookEndpointSecretRotateInput!) {
  webhookEndpointSecretRotate(input: $input) {
    endpoint {
      ...PartnerSdk_WebhookEndpointFields
    }
    secret
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  eventTypes
  enabled
  disabledReason
  consecutiveFailures
  previousSecretExpiresAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PartnerSdk_WebhookEndpointSecretRotateMutation, PartnerSdk_WebhookEndpointSecretRotateMutationVariables>;
export const PartnerSdk_WebhookEndpointDeleteDocument = new TypedDocumentString(`
    mutation PartnerSdk_WebhookEndpointDelete($input: WebhookEndpointIdInput!) {
  webhookEndpointDelete(input: $input) {
    deletedEndpointId
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_WebhookEndpointDeleteMutation, PartnerSdk_WebhookEndpointDeleteMutationVariables>;
export const PartnerSdk_WebhookDeliveryRedeliverDocument = new TypedDocumentString(`
    mutation PartnerSdk_WebhookDeliveryRedeliver($input: WebhookDeliveryRedeliverInput!) {
  webhookDeliveryRedeliver(input: $input) {
    delivery {
      ...PartnerSdk_WebhookDeliveryFields
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_WebhookDeliveryFields on WebhookDelivery {
  id
  endpointId
  eventId
  eventType
  status
  attempts
  responseStatus
  latencyMs
  error
  nextAttemptAt
  lastAttemptAt
  createdAt
  payload
}`) as unknown as TypedDocumentString<PartnerSdk_WebhookDeliveryRedeliverMutation, PartnerSdk_WebhookDeliveryRedeliverMutationVariables>;
export const PartnerSdk_WorkflowsDocument = new TypedDocumentString(`
    query PartnerSdk_Workflows($first: Int!, $after: String) {
  workflows(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        description
        enabled
        triggerKind
        trigger
        latestVersion
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSdk_WorkflowsQuery, PartnerSdk_WorkflowsQueryVariables>;
export const PartnerSdk_WorkflowRunsDocument = new TypedDocumentString(`
    query PartnerSdk_WorkflowRuns($first: Int!, $after: String, $filter: WorkflowRunFilter) {
  workflowRuns(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...PartnerSdk_WorkflowRunFields
      }
    }
  }
}
    fragment PartnerSdk_WorkflowRunFields on WorkflowRun {
  id
  workflowId
  workflowName
  workflowVersion
  status
  input
  variables
  error
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<PartnerSdk_WorkflowRunsQuery, PartnerSdk_WorkflowRunsQueryVariables>;
export const PartnerSdk_WorkflowRunDocument = new TypedDocumentString(`
    query PartnerSdk_WorkflowRun($id: ID!) {
  workflowRun(id: $id) {
    ...PartnerSdk_WorkflowRunFields
    timeline {
      stepId
      kind
      status
      attempt
      error
      startedAt
      finishedAt
    }
  }
}
    fragment PartnerSdk_WorkflowRunFields on WorkflowRun {
  id
  workflowId
  workflowName
  workflowVersion
  status
  input
  variables
  error
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<PartnerSdk_WorkflowRunQuery, PartnerSdk_WorkflowRunQueryVariables>;
export const PartnerSdk_WorkflowStartDocument = new TypedDocumentString(`
    mutation PartnerSdk_WorkflowStart($input: WorkflowStartInput!) {
  workflowStart(input: $input) {
    run {
      ...PartnerSdk_WorkflowRunFields
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_WorkflowRunFields on WorkflowRun {
  id
  workflowId
  workflowName
  workflowVersion
  status
  input
  variables
  error
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<PartnerSdk_WorkflowStartMutation, PartnerSdk_WorkflowStartMutationVariables>;
export const PartnerSdk_WorkflowRunCancelDocument = new TypedDocumentString(`
    mutation PartnerSdk_WorkflowRunCancel($input: WorkflowRunCancelInput!) {
  workflowRunCancel(input: $input) {
    run {
      ...PartnerSdk_WorkflowRunFields
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment PartnerSdk_WorkflowRunFields on WorkflowRun {
  id
  workflowId
  workflowName
  workflowVersion
  status
  input
  variables
  error
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<PartnerSdk_WorkflowRunCancelMutation, PartnerSdk_WorkflowRunCancelMutationVariables>;