import { type Budget, createTransport, type PartnerClientOptions } from './client.ts';
import type {
  FinanceInvoiceFilter,
  FinanceOpenItemKind,
  FinanceOpenItemStatus,
  FinancePaymentRunCancelInput,
  FinancePaymentRunCreateInput,
  FinancePaymentRunLineRemoveInput,
  FinancePaymentRunLineUpdateInput,
  FinancePaymentRunPostInput,
  FinancePaymentRunStatus,
  FinanceReceiptRecordInput,
  OrderCancelInput,
  OrderFilter,
  ProductCreateInput,
  PurchaseOrderCreateInput,
  PurchaseOrderFilter,
  PurchaseOrderSendInput,
  PurchaseOrderSubmitInput,
  ReceiptCreateInput,
  ReturnFilter,
  ReturnMoveInput,
  ReturnRequestInput,
  ShipmentCreateInput,
  ShipmentFilter,
  ShipmentMoveInput,
  ShipmentShipInput,
  StockAdjustInput,
  StockLevelFilter,
  SupplierBillCreateInput,
  SupplierBillFilter,
  SupplierBillIdInput,
  SupplierBillReleaseInput,
  SupplierFilter,
  WebhookDeliveryFilter,
  WebhookDeliveryRedeliverInput,
  WebhookEndpointCreateInput,
  WebhookEndpointIdInput,
  WebhookEndpointSecretRotateInput,
  WebhookEndpointUpdateInput,
  WorkflowRunCancelInput,
  WorkflowRunFilter,
  WorkflowStartInput,
} from './generated/graphql.ts';
import {
  InvoiceQuery,
  InvoicesQuery,
  OpenItemsQuery,
  OrderCancelMutation,
  OrderQuery,
  OrdersQuery,
  PaymentRunCancelMutation,
  PaymentRunCreateMutation,
  PaymentRunLineRemoveMutation,
  PaymentRunLineUpdateMutation,
  PaymentRunPostMutation,
  PaymentRunQuery,
  PaymentRunsQuery,
  ProductCreateMutation,
  ProductsQuery,
  PurchaseOrderCreateMutation,
  PurchaseOrderQuery,
  PurchaseOrderSendMutation,
  PurchaseOrderSubmitMutation,
  PurchaseOrdersQuery,
  ReceiptCreateMutation,
  ReceiptRecordMutation,
  ReturnApproveMutation,
  ReturnQuery,
  ReturnReceiveMutation,
  ReturnRefundMutation,
  ReturnRejectMutation,
  ReturnRequestMutation,
  ReturnsQuery,
  ShipmentCancelMutation,
  ShipmentCreateMutation,
  ShipmentDeliverMutation,
  ShipmentPackMutation,
  ShipmentQuery,
  ShipmentShipMutation,
  ShipmentsQuery,
  StockAdjustMutation,
  StockLevelsQuery,
  SupplierBillCancelMutation,
  SupplierBillCreateMutation,
  SupplierBillQuery,
  SupplierBillReleaseMutation,
  SupplierBillsQuery,
  SupplierQuery,
  SuppliersQuery,
  VariantBySkuQuery,
  ViewerQuery,
  WarehousesQuery,
  WebhookDeliveriesQuery,
  WebhookDeliveryRedeliverMutation,
  WebhookEndpointCreateMutation,
  WebhookEndpointDeleteMutation,
  WebhookEndpointDisableMutation,
  WebhookEndpointEnableMutation,
  WebhookEndpointQuery,
  WebhookEndpointSecretRotateMutation,
  WebhookEndpointsQuery,
  WebhookEndpointTestMutation,
  WebhookEndpointUpdateMutation,
  WebhookEventTypesQuery,
  WorkflowRunCancelMutation,
  WorkflowRunQuery,
  WorkflowRunsQuery,
  WorkflowStartMutation,
  WorkflowsQuery,
} from './operations.ts';
import { paginate } from './paginate.ts';

/** the page size the `all` iterators ask for: the API's maximum, fewest round trips */
const ALL_PAGE_SIZE = 100;

/**
 * The partner SDK: typed reads and writes over the gateway with a secret API key. Every call stays
 * within the key's scopes and the gateway's cost and rate limits; any other document goes through
 * `request`. Writes answer their payload: `errors` holds the business failures (typed codes).
 */
export function createClient(options: PartnerClientOptions) {
  const { request, budget } = createTransport(options);

  const catalog = {
    products: async (first = 20, after?: string) => (await request(ProductsQuery, { first, after })).products,
    variantBySku: async (sku: string, currency: string) =>
      (await request(VariantBySkuQuery, { sku, currency })).variantBySku,
    /** not retried: a product has no idempotency key; its unique handle makes a repeat fail, not double */
    productCreate: async (input: ProductCreateInput) => (await request(ProductCreateMutation, { input })).productCreate,
  };
  const inventory = {
    warehouses: async (first = 20, after?: string) => (await request(WarehousesQuery, { first, after })).warehouses,
    stockLevels: async (first = 50, options: { after?: string } & StockLevelFilter = {}) => {
      const { after, ...filter } = options;
      return (await request(StockLevelsQuery, { first, after, filter })).stockLevels;
    },
    /** `input.idempotencyKey` is required: a replay (or the SDK's retry) answers the first result */
    stockAdjust: async (input: StockAdjustInput) => (await request(StockAdjustMutation, { input })).stockAdjust,
  };
  const orders = {
    list: async (first = 20, options: { after?: string; filter?: OrderFilter } = {}) =>
      (await request(OrdersQuery, { first, ...options })).orders,
    get: async (id: string) => (await request(OrderQuery, { id })).order,
    cancel: async (input: OrderCancelInput) => (await request(OrderCancelMutation, { input })).orderCancel,
  };
  /**
   * Shipments of the shop's orders (scope `fulfillment:manage`): a warehouse or 3PL system creates them,
   * packs, ships (with the tracking number) and delivers. The moves take the shipment's `version`
   * (optimistic concurrency: a stale one is `CONFLICT`) and have no idempotency key, so they are
   * never retried: a repeated move is refused as `INVALID_TRANSITION`, never applied twice.
   * Returns go the same way: `returnRequest` (never more than shipped; no key, so never retried),
   * `returnApprove`, then `returnReceive` with the warehouse the goods came back to (inventory
   * restocks them from its event), then `returnRefund` (the order's payment gives the refund back,
   * finance issues the credit note); `returnReject` refuses one that was not refunded. The moves take
   * the return's `version` and are never retried. `return(id)` is null for an id that is no return of the shop.
   */
  const fulfillment = {
    shipments: async (first = 20, options: { after?: string; filter?: ShipmentFilter } = {}) =>
      (await request(ShipmentsQuery, { first, ...options })).shipments,
    shipment: async (id: string) => (await request(ShipmentQuery, { id })).shipment,
    create: async (input: ShipmentCreateInput) => (await request(ShipmentCreateMutation, { input })).shipmentCreate,
    pack: async (input: ShipmentMoveInput) => (await request(ShipmentPackMutation, { input })).shipmentPack,
    ship: async (input: ShipmentShipInput) => (await request(ShipmentShipMutation, { input })).shipmentShip,
    deliver: async (input: ShipmentMoveInput) => (await request(ShipmentDeliverMutation, { input })).shipmentDeliver,
    cancel: async (input: ShipmentMoveInput) => (await request(ShipmentCancelMutation, { input })).shipmentCancel,
    returns: async (first = 20, options: { after?: string; filter?: ReturnFilter } = {}) =>
      (await request(ReturnsQuery, { first, ...options })).returns,
    return: async (id: string) => {
      const { node } = await request(ReturnQuery, { id });
      // node(id:) answers any type: another record's id is no return
      return node?.__typename === 'Return' ? node : null;
    },
    returnRequest: async (input: ReturnRequestInput) => (await request(ReturnRequestMutation, { input })).returnRequest,
    returnApprove: async (input: ReturnMoveInput) => (await request(ReturnApproveMutation, { input })).returnApprove,
    returnReceive: async (input: ReturnMoveInput) => (await request(ReturnReceiveMutation, { input })).returnReceive,
    returnRefund: async (input: ReturnMoveInput) => (await request(ReturnRefundMutation, { input })).returnRefund,
    returnReject: async (input: ReturnMoveInput) => (await request(ReturnRejectMutation, { input })).returnReject,
  };
  /**
   * Suppliers and purchase orders (scope `procurement:manage`), and goods received against them. An
   * ERP raises orders (`purchaseOrderCreate`, then `purchaseOrderSubmit`: approved by the shop's rule
   * or its approval workflow, then `purchaseOrderSend` to the supplier); give each an `idempotencyKey`
   * and a retry answers the first result (without one the SDK does not retry it). A warehouse system
   * books what arrived with `receiptCreate` (`post: true` moves the stock at once); its required
   * `idempotencyKey` makes a retried or repeated receipt count once. Accounts payable enters the
   * supplier's invoice with `supplierBillCreate` (key required): matched against the order and its
   * receipts it is `POSTED` at once, otherwise `HELD` with its reasons until `supplierBillRelease`
   * (scope `procurement:approve`) posts it with a comment, or `supplierBillCancel` cancels it (its
   * invoice number may be entered again); neither has a key nor is retried (a repeat answers `BILL_NOT_HELD`).
   */
  const procurement = {
    suppliers: async (first = 20, options: { after?: string; filter?: SupplierFilter } = {}) =>
      (await request(SuppliersQuery, { first, ...options })).suppliers,
    supplier: async (id: string) => (await request(SupplierQuery, { id })).supplier,
    purchaseOrders: async (first = 20, options: { after?: string; filter?: PurchaseOrderFilter } = {}) =>
      (await request(PurchaseOrdersQuery, { first, ...options })).purchaseOrders,
    purchaseOrder: async (id: string) => (await request(PurchaseOrderQuery, { id })).purchaseOrder,
    purchaseOrderCreate: async (input: PurchaseOrderCreateInput) =>
      (await request(PurchaseOrderCreateMutation, { input })).purchaseOrderCreate,
    purchaseOrderSubmit: async (input: PurchaseOrderSubmitInput) =>
      (await request(PurchaseOrderSubmitMutation, { input })).purchaseOrderSubmit,
    purchaseOrderSend: async (input: PurchaseOrderSendInput) =>
      (await request(PurchaseOrderSendMutation, { input })).purchaseOrderSend,
    receiptCreate: async (input: ReceiptCreateInput) => (await request(ReceiptCreateMutation, { input })).receiptCreate,
    supplierBills: async (first = 20, options: { after?: string; filter?: SupplierBillFilter } = {}) =>
      (await request(SupplierBillsQuery, { first, ...options })).supplierBills,
    supplierBill: async (id: string) => (await request(SupplierBillQuery, { id })).supplierBill,
    supplierBillCreate: async (input: SupplierBillCreateInput) =>
      (await request(SupplierBillCreateMutation, { input })).supplierBillCreate,
    supplierBillRelease: async (input: SupplierBillReleaseInput) =>
      (await request(SupplierBillReleaseMutation, { input })).supplierBillRelease,
    supplierBillCancel: async (input: SupplierBillIdInput) =>
      (await request(SupplierBillCancelMutation, { input })).supplierBillCancel,
  };
  /**
   * For an accounting system: the shop's issued invoices and credit notes, and its open items
   * (receivables and payables with what is left open; scope `finance:read`), and customer payments
   * received at the bank (`receiptRecord`, scope `finance:write`), allocated to receivables. Its
   * `idempotencyKey` is required: a retried or repeated payment is booked once. Suppliers are paid
   * in runs: `paymentRunCreate` drafts one of the posted bills due by a date (no key: not retried;
   * a bill in two drafts is paid once, the second post answers `NOT_OPEN`); while a draft,
   * `paymentRunLineUpdate` pays less of one bill, `paymentRunLineRemove` takes one off and
   * `paymentRunCancel` drops the run (its bills stay open); `paymentRunPost` pays it (one entry per
   * supplier). A posted run answers unchanged when posted again, and a line set to the amount it has
   * answers unchanged, so the SDK retries those two after a lost answer (`repeatable`); it sends
   * remove and cancel once, as their repeat answers an error.
   */
  const finance = {
    invoices: async (first = 20, options: { after?: string; filter?: FinanceInvoiceFilter } = {}) =>
      (await request(InvoicesQuery, { first, ...options })).financeInvoices,
    invoice: async (id: string) => (await request(InvoiceQuery, { id })).financeInvoice,
    openItems: async (
      kind: FinanceOpenItemKind,
      first = 20,
      options: { after?: string; partyId?: string; status?: FinanceOpenItemStatus } = {},
    ) => (await request(OpenItemsQuery, { kind, first, ...options })).financeOpenItems,
    receiptRecord: async (input: FinanceReceiptRecordInput) =>
      (await request(ReceiptRecordMutation, { input })).financeReceiptRecord,
    paymentRuns: async (first = 20, options: { after?: string; status?: FinancePaymentRunStatus } = {}) =>
      (await request(PaymentRunsQuery, { first, ...options })).financePaymentRuns,
    paymentRun: async (id: string) => (await request(PaymentRunQuery, { id })).financePaymentRun,
    paymentRunCreate: async (input: FinancePaymentRunCreateInput) =>
      (await request(PaymentRunCreateMutation, { input })).financePaymentRunCreate,
    paymentRunLineUpdate: async (input: FinancePaymentRunLineUpdateInput) =>
      (await request(PaymentRunLineUpdateMutation, { input }, { repeatable: true })).financePaymentRunLineUpdate,
    paymentRunLineRemove: async (input: FinancePaymentRunLineRemoveInput) =>
      (await request(PaymentRunLineRemoveMutation, { input })).financePaymentRunLineRemove,
    paymentRunCancel: async (input: FinancePaymentRunCancelInput) =>
      (await request(PaymentRunCancelMutation, { input })).financePaymentRunCancel,
    paymentRunPost: async (input: FinancePaymentRunPostInput) =>
      (await request(PaymentRunPostMutation, { input }, { repeatable: true })).financePaymentRunPost,
  };

  /**
   * An integration's subscriptions to the shop's events (scope `workflows:manage`): endpoints that
   * receive the events they name (exact types or prefix wildcards, `webhookEventTypes` lists them),
   * signed with a secret shown once, at create and at rotation (`verifyWebhook` checks a delivery;
   * during a rotation's overlap both secrets sign). `endpointTest` sends a `webhooks.test.ping` event; the
   * delivery log says what each attempt answered, and `deliveryRedeliver` sends one again. None of
   * these writes has a key: the SDK sends them once (a repeated create makes a second endpoint).
   */
  const webhooks = {
    eventTypes: async () => (await request(WebhookEventTypesQuery)).webhookEventTypes,
    endpoints: async (first = 20, after?: string) =>
      (await request(WebhookEndpointsQuery, { first, ...(after ? { after } : {}) })).webhookEndpoints,
    endpoint: async (id: string) => (await request(WebhookEndpointQuery, { id })).webhookEndpoint,
    endpointCreate: async (input: WebhookEndpointCreateInput) =>
      (await request(WebhookEndpointCreateMutation, { input })).webhookEndpointCreate,
    endpointUpdate: async (input: WebhookEndpointUpdateInput) =>
      (await request(WebhookEndpointUpdateMutation, { input })).webhookEndpointUpdate,
    endpointEnable: async (input: WebhookEndpointIdInput) =>
      (await request(WebhookEndpointEnableMutation, { input })).webhookEndpointEnable,
    endpointDisable: async (input: WebhookEndpointIdInput) =>
      (await request(WebhookEndpointDisableMutation, { input })).webhookEndpointDisable,
    endpointTest: async (input: WebhookEndpointIdInput) =>
      (await request(WebhookEndpointTestMutation, { input })).webhookEndpointTest,
    endpointSecretRotate: async (input: WebhookEndpointSecretRotateInput) =>
      (await request(WebhookEndpointSecretRotateMutation, { input })).webhookEndpointSecretRotate,
    endpointDelete: async (input: WebhookEndpointIdInput) =>
      (await request(WebhookEndpointDeleteMutation, { input })).webhookEndpointDelete,
    deliveries: async (
      endpointId: string,
      first = 20,
      options: { after?: string; filter?: WebhookDeliveryFilter } = {},
    ) => (await request(WebhookDeliveriesQuery, { endpointId, first, ...options })).webhookDeliveries,
    deliveryRedeliver: async (input: WebhookDeliveryRedeliverInput) =>
      (await request(WebhookDeliveryRedeliverMutation, { input })).webhookDeliveryRedeliver,
  };

  /**
   * The shop's workflows (scope `workflows:manage`): its definitions, their runs with each step's
   * outcome, starting a manual workflow with its input (a JSON object, as text) and cancelling a run.
   * A start has no key: the SDK sends it once (a repeat would start a second run). Approving tasks is
   * for people (staff in the admin), not for keys.
   */
  const workflows = {
    list: async (first = 20, after?: string) =>
      (await request(WorkflowsQuery, { first, ...(after ? { after } : {}) })).workflows,
    runs: async (first = 20, options: { after?: string; filter?: WorkflowRunFilter } = {}) =>
      (await request(WorkflowRunsQuery, { first, ...options })).workflowRuns,
    run: async (id: string) => (await request(WorkflowRunQuery, { id })).workflowRun,
    start: async (input: WorkflowStartInput) => (await request(WorkflowStartMutation, { input })).workflowStart,
    runCancel: async (input: WorkflowRunCancelInput) =>
      (await request(WorkflowRunCancelMutation, { input })).workflowRunCancel,
  };

  return {
    request,
    budget: (): Budget | null => budget(),
    viewer: async () => (await request(ViewerQuery)).viewer,
    catalog,
    inventory,
    orders,
    fulfillment,
    procurement,
    finance,
    webhooks,
    workflows,
    /** every item of a list, fetched page by page as the loop asks (`for await … of`) */
    all: {
      products: () => paginate((after) => catalog.products(ALL_PAGE_SIZE, after)),
      warehouses: () => paginate((after) => inventory.warehouses(ALL_PAGE_SIZE, after)),
      stockLevels: (filter: StockLevelFilter = {}) =>
        paginate((after) => inventory.stockLevels(ALL_PAGE_SIZE, { ...filter, ...(after ? { after } : {}) })),
      orders: (filter?: OrderFilter) =>
        paginate((after) => orders.list(ALL_PAGE_SIZE, { ...(after ? { after } : {}), ...(filter ? { filter } : {}) })),
      shipments: (filter?: ShipmentFilter) =>
        paginate((after) =>
          fulfillment.shipments(ALL_PAGE_SIZE, { ...(after ? { after } : {}), ...(filter ? { filter } : {}) }),
        ),
      suppliers: (filter?: SupplierFilter) =>
        paginate((after) =>
          procurement.suppliers(ALL_PAGE_SIZE, { ...(after ? { after } : {}), ...(filter ? { filter } : {}) }),
        ),
      purchaseOrders: (filter?: PurchaseOrderFilter) =>
        paginate((after) =>
          procurement.purchaseOrders(ALL_PAGE_SIZE, { ...(after ? { after } : {}), ...(filter ? { filter } : {}) }),
        ),
      openItems: (kind: FinanceOpenItemKind, filter: { partyId?: string; status?: FinanceOpenItemStatus } = {}) =>
        paginate((after) => finance.openItems(kind, ALL_PAGE_SIZE, { ...filter, ...(after ? { after } : {}) })),
      invoices: (filter?: FinanceInvoiceFilter) =>
        paginate((after) =>
          finance.invoices(ALL_PAGE_SIZE, { ...(after ? { after } : {}), ...(filter ? { filter } : {}) }),
        ),
      returns: (filter?: ReturnFilter) =>
        paginate((after) =>
          fulfillment.returns(ALL_PAGE_SIZE, { ...(after ? { after } : {}), ...(filter ? { filter } : {}) }),
        ),
      supplierBills: (filter?: SupplierBillFilter) =>
        paginate((after) =>
          procurement.supplierBills(ALL_PAGE_SIZE, { ...(after ? { after } : {}), ...(filter ? { filter } : {}) }),
        ),
      paymentRuns: (status?: FinancePaymentRunStatus) =>
        paginate((after) =>
          finance.paymentRuns(ALL_PAGE_SIZE, { ...(after ? { after } : {}), ...(status ? { status } : {}) }),
        ),
      webhookEndpoints: () => paginate((after) => webhooks.endpoints(ALL_PAGE_SIZE, after)),
      workflowRuns: (filter?: WorkflowRunFilter) =>
        paginate((after) =>
          workflows.runs(ALL_PAGE_SIZE, { ...(after ? { after } : {}), ...(filter ? { filter } : {}) }),
        ),
      webhookDeliveries: (endpointId: string, filter?: WebhookDeliveryFilter) =>
        paginate((after) =>
          webhooks.deliveries(endpointId, ALL_PAGE_SIZE, {
            ...(after ? { after } : {}),
            ...(filter ? { filter } : {}),
          }),
        ),
    },
  };
}

export type PartnerClient = ReturnType<typeof createClient>;

export {
  type Budget,
  carriesIdempotencyKey,
  type Document,
  type GraphQLErrorLike,
  isMutation,
  PartnerApiError,
  type PartnerClientOptions,
  type RequestOptions,
} from './client.ts';
export type * from './generated/graphql.ts';
export { type Connection, paginate } from './paginate.ts';
export {
  type VerifyWebhookOptions,
  type VerifyWebhookResult,
  verifyWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  type WebhookEnvelope,
} from './webhooks.ts';
