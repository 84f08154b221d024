import { graphql } from '../../../generated/gql.ts';

export const PurchaseOrdersList = graphql(`
  query Procurement_Orders($filter: PurchaseOrderFilter, $first: Int, $after: String) {
    purchaseOrders(filter: $filter, first: $first, after: $after) {
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
          createdAt
          expectedAt
          supplier {
            id
            name
          }
          total {
            amount
            currency
            fractionDigits
          }
          baseTotal {
            amount
            currency
            fractionDigits
          }
        }
      }
    }
  }
`);

export const PurchaseOrderDetail = graphql(`
  query Procurement_Order($id: ID!) {
    purchaseOrder(id: $id) {
      id
      number
      status
      version
      currency
      baseCurrency
      exchangeRate
      expectedAt
      notes
      approvedVia
      rejectionComment
      availableActions
      createdAt
      supplier {
        id
        name
        email
      }
      subtotal {
        amount
        currency
        fractionDigits
      }
      tax {
        amount
        currency
        fractionDigits
      }
      total {
        amount
        currency
        fractionDigits
      }
      baseTotal {
        amount
        currency
        fractionDigits
      }
      lines {
        id
        position
        sku
        description
        supplierSku
        quantity
        quantityReceived
        quantityCancelled
        quantityOpen
        taxRate
        expectedAt
        unitCost {
          amount
          currency
          fractionDigits
        }
        amount {
          amount
          currency
          fractionDigits
        }
        warehouse {
          id
          code
        }
      }
      history {
        version
        action
        actorKind
        actorId
        comment
        occurredAt
      }
    }
  }
`);

/** The supplier fields the list's filter offers. */
export const SupplierFieldsForFilter = graphql(`
  query Procurement_SupplierFieldsForFilter {
    supplierCustomFieldDefinitions {
      key
      label
      type
      validation {
        values
      }
    }
  }
`);

export const SuppliersList = graphql(`
  query Procurement_Suppliers($filter: SupplierFilter, $after: String) {
    suppliers(filter: $filter, first: 50, after: $after) {
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
          paymentTermsDays
          leadTimeDays
          active
        }
      }
    }
  }
`);

export const SupplierDetail = graphql(`
  query Procurement_Supplier($id: ID!) {
    supplierCustomFieldDefinitions {
      key
      label
      type
      required
      validation {
        values
      }
    }
    supplier(id: $id) {
      id
      version
      customFields {
        key
        value
      }
      code
      name
      email
      phone
      currency
      paymentTermsDays
      earlyPaymentDiscountPercent
      earlyPaymentDiscountDays
      leadTimeDays
      taxId
      address
      notes
      active
      contacts {
        id
        name
        email
        phone
        role
      }
      items {
        id
        supplierSku
        minimumOrderQuantity
        packSize
        leadTimeDays
        preferred
        unitCost {
          amount
          currency
          fractionDigits
        }
        variant {
          id
          sku
          title
        }
      }
      openPurchaseOrders {
        id
        number
        status
        total {
          amount
          currency
          fractionDigits
        }
      }
    }
  }
`);

export const Suggestions = graphql(`
  query Procurement_Suggestions($after: String) {
    replenishmentSuggestions(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          variantId
          warehouseId
          available
          incoming
          reorderPoint
          shortfall
          quantity
          variant {
            id
            sku
            title
          }
          warehouse {
            id
            code
          }
          supplier {
            id
            name
            currency
          }
          unitCost {
            amount
            currency
            fractionDigits
          }
          amount {
            amount
            currency
            fractionDigits
          }
        }
      }
    }
  }
`);

export const Transition = {
  SUBMIT: graphql(`
    mutation Procurement_Submit($input: PurchaseOrderSubmitInput!) {
      purchaseOrderSubmit(input: $input) {
        purchaseOrder {
          id
          status
        }
        errors {
          code
          field
          message
        }
      }
    }
  `),
  SEND: graphql(`
    mutation Procurement_Send($input: PurchaseOrderSendInput!) {
      purchaseOrderSend(input: $input) {
        purchaseOrder {
          id
          status
        }
        errors {
          code
          field
          message
        }
      }
    }
  `),
  CANCEL: graphql(`
    mutation Procurement_Cancel($input: PurchaseOrderCancelInput!) {
      purchaseOrderCancel(input: $input) {
        purchaseOrder {
          id
          status
        }
        errors {
          code
          field
          message
        }
      }
    }
  `),
  CLOSE: graphql(`
    mutation Procurement_Close($input: PurchaseOrderCloseInput!) {
      purchaseOrderClose(input: $input) {
        purchaseOrder {
          id
          status
        }
        errors {
          code
          field
          message
        }
      }
    }
  `),
};

export const SupplierCreate = graphql(`
  mutation Procurement_SupplierCreate($input: SupplierCreateInput!) {
    supplierCreate(input: $input) {
      supplier {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const CreateFromSuggestions = graphql(`
  mutation Procurement_CreateFromSuggestions($input: PurchaseOrdersCreateFromSuggestionsInput!) {
    purchaseOrdersCreateFromSuggestions(input: $input) {
      purchaseOrders {
        id
        number
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const PurchaseOrderDocument = graphql(`
  query Procurement_OrderDocument($id: ID!) {
    procurementSettings {
      buyerName
    }
    purchaseOrder(id: $id) {
      number
      currency
      expectedAt
      supplier {
        name
      }
      total {
        amount
      }
      lines {
        sku
        supplierSku
        description
        quantity
        quantityCancelled
        unitCost {
          amount
        }
      }
    }
  }
`);

export const RenderPurchaseOrderPdf = graphql(`
  query Procurement_RenderPdf($document: String!) {
    purchaseOrderPdf(document: $document)
  }
`);

export const VariantBySku = graphql(`
  query Procurement_VariantBySku($sku: String!) {
    variantBySku(sku: $sku) {
      id
    }
  }
`);

export const SupplierContactAdd = graphql(`
  mutation Procurement_SupplierContactAdd($input: SupplierContactAddInput!) {
    supplierContactAdd(input: $input) {
      contact {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const SupplierContactRemove = graphql(`
  mutation Procurement_SupplierContactRemove($input: SupplierContactRemoveInput!) {
    supplierContactRemove(input: $input) {
      removedContactId
      errors {
        code
        field
        message
      }
    }
  }
`);

export const SupplierItemsSet = graphql(`
  mutation Procurement_SupplierItemsSet($input: SupplierItemsSetInput!) {
    supplierItemsSet(input: $input) {
      items {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const SupplierItemRemove = graphql(`
  mutation Procurement_SupplierItemRemove($input: SupplierItemRemoveInput!) {
    supplierItemRemove(input: $input) {
      removedSupplierItemId
      errors {
        code
        field
        message
      }
    }
  }
`);

export const SupplierCustomFieldsUpdate = graphql(`
  mutation Procurement_SupplierCustomFields($input: SupplierUpdateInput!) {
    supplierUpdate(input: $input) {
      supplier {
        id
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
