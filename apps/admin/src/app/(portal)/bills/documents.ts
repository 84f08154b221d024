import { graphql } from '../../../generated/gql.ts';

export const BillsList = graphql(`
  query Bills_List($statuses: [SupplierBillStatus!]) {
    supplierBills(first: 100, filter: { statuses: $statuses }) {
      totalCount
      edges {
        node {
          id
          number
          kind
          status
          supplierName
          supplierInvoiceNumber
          purchaseOrderId
          purchaseOrderNumber
          billDate
          dueDate
          currency
          totalAmount
          holdReasons {
            code
          }
        }
      }
    }
  }
`);

export const BillDetail = graphql(`
  query Bills_Detail($id: ID!) {
    supplierBill(id: $id) {
      id
      number
      kind
      status
      supplierName
      supplierInvoiceNumber
      purchaseOrderId
      purchaseOrderNumber
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
      note
      releaseComment
      releasedAt
      postedAt
      createdAt
      version
      holdReasons {
        billLineId
        code
        message
      }
      lines {
        id
        position
        sku
        description
        quantity
        unitPrice
        orderedUnitCost
        amount
        baseAmount
        receivedBaseAmount
        matchStatus
        matchReasons {
          code
          message
        }
      }
    }
  }
`);

export const BillOrderLines = graphql(`
  query Bills_OrderLines($code: String!) {
    receivableLines(code: $code) {
      purchaseOrderId
      purchaseOrderNumber
      purchaseOrderLineId
      sku
      description
      quantityOrdered
      quantityCancelled
      quantityReceived
      quantityBilled
      unitCost
      currency
    }
  }
`);
