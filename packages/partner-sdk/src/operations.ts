import { graphql } from './generated/gql.ts';

/** The SDK's typed operations (named PartnerSdk_<Purpose>), one per read or write it offers. */

export const ViewerQuery = graphql(`
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
`);

// catalog

export const ProductsQuery = graphql(`
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
`);

export const VariantBySkuQuery = graphql(`
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
`);

export const ProductCreateMutation = graphql(`
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
`);

// inventory

export const WarehousesQuery = graphql(`
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
`);

export const StockLevelsQuery = graphql(`
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
`);

export const StockAdjustMutation = graphql(`
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
`);

// orders

export const OrdersQuery = graphql(`
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
`);

export const OrderQuery = graphql(`
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
`);

export const OrderCancelMutation = graphql(`
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
`);

// fulfillment

export const ShipmentsQuery = graphql(`
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
`);

export const ShipmentQuery = graphql(`
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
`);

export const ShipmentCreateMutation = graphql(`
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
`);

export const ShipmentPackMutation = graphql(`
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
`);

export const ShipmentShipMutation = graphql(`
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
`);

export const ShipmentDeliverMutation = graphql(`
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
`);

export const ShipmentCancelMutation = graphql(`
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
`);

export const ReturnsQuery = graphql(`
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
`);

/** A return has no query of its own: the platform's `node(id:)` resolves it (null for another type). */
export const ReturnQuery = graphql(`
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
`);

export const ReturnRequestMutation = graphql(`
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
`);

export const ReturnApproveMutation = graphql(`
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
`);

export const ReturnReceiveMutation = graphql(`
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
`);

export const ReturnRefundMutation = graphql(`
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
`);

export const ReturnRejectMutation = graphql(`
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
`);

// procurement

export const SuppliersQuery = graphql(`
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
`);

export const SupplierQuery = graphql(`
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
`);

export const PurchaseOrdersQuery = graphql(`
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
`);

export const PurchaseOrderQuery = graphql(`
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
`);

export const PurchaseOrderCreateMutation = graphql(`
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
`);

export const PurchaseOrderSubmitMutation = graphql(`
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
`);

export const PurchaseOrderSendMutation = graphql(`
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
`);

export const ReceiptCreateMutation = graphql(`
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
`);

export const SupplierBillsQuery = graphql(`
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
`);

export const SupplierBillQuery = graphql(`
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
`);

export const SupplierBillCreateMutation = graphql(`
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
`);

export const SupplierBillReleaseMutation = graphql(`
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
`);

export const SupplierBillCancelMutation = graphql(`
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
`);

// finance

export const InvoicesQuery = graphql(`
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
`);

export const InvoiceQuery = graphql(`
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
`);

export const OpenItemsQuery = graphql(`
  query PartnerSdk_OpenItems(
    $kind: FinanceOpenItemKind!
    $first: Int!
    $after: String
    $partyId: ID
    $status: FinanceOpenItemStatus
  ) {
    financeOpenItems(kind: $kind, first: $first, after: $after, partyId: $partyId, status: $status) {
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
`);

export const ReceiptRecordMutation = graphql(`
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
`);

export const PaymentRunsQuery = graphql(`
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
`);

/** A payment run as every payment run operation answers it: the run and the bills it pays. */
export const PaymentRunFields = graphql(`
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
`);

export const PaymentRunQuery = graphql(`
  query PartnerSdk_PaymentRun($id: ID!) {
    financePaymentRun(id: $id) {
      ...PartnerSdk_PaymentRunFields
    }
  }
`);

export const PaymentRunCreateMutation = graphql(`
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
`);

export const PaymentRunPostMutation = graphql(`
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
`);

export const PaymentRunLineUpdateMutation = graphql(`
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
`);

export const PaymentRunLineRemoveMutation = graphql(`
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
`);

export const PaymentRunCancelMutation = graphql(`
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
`);

/** A webhook endpoint as every webhook operation answers it. */
export const WebhookEndpointFields = graphql(`
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
`);

/** One delivery of the log, as the log and a redelivery answer it. */
export const WebhookDeliveryFields = graphql(`
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
`);

export const WebhookEventTypesQuery = graphql(`
  query PartnerSdk_WebhookEventTypes {
    webhookEventTypes
  }
`);

export const WebhookEndpointsQuery = graphql(`
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
`);

export const WebhookEndpointQuery = graphql(`
  query PartnerSdk_WebhookEndpoint($id: ID!) {
    webhookEndpoint(id: $id) {
      ...PartnerSdk_WebhookEndpointFields
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query PartnerSdk_WebhookDeliveries(
    $endpointId: ID!
    $first: Int!
    $after: String
    $filter: WebhookDeliveryFilter
  ) {
    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after, filter: $filter) {
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
`);

export const WebhookEndpointCreateMutation = graphql(`
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
`);

export const WebhookEndpointUpdateMutation = graphql(`
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
`);

export const WebhookEndpointEnableMutation = graphql(`
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
`);

export const WebhookEndpointDisableMutation = graphql(`
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
`);

export const WebhookEndpointTestMutation = graphql(`
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
`);

export const WebhookEndpointSecretRotateMutation = graphql(`
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
`);

export const WebhookEndpointDeleteMutation = graphql(`
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
`);

export const WebhookDeliveryRedeliverMutation = graphql(`
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
`);

// workflows

/** A workflow run as every workflow run operation answers it. */
export const WorkflowRunFields = graphql(`
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
`);

export const WorkflowsQuery = graphql(`
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
`);

export const WorkflowRunsQuery = graphql(`
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
`);

export const WorkflowRunQuery = graphql(`
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
`);

export const WorkflowStartMutation = graphql(`
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
`);

export const WorkflowRunCancelMutation = graphql(`
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
`);
