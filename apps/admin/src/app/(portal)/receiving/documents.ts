import { graphql } from '../../../generated/gql.ts';

export const ReceivingLookup = graphql(`
  query Receiving_Lookup($code: String!) {
    receivableLines(code: $code) {
      purchaseOrderId
      purchaseOrderNumber
      purchaseOrderStatus
      purchaseOrderLineId
      warehouseId
      sku
      description
      quantityOrdered
      quantityCancelled
      quantityReceived
      quantityRejected
      quantityOpen
      expectedAt
    }
  }
`);

export const ReceivingRecent = graphql(`
  query Receiving_Recent {
    receipts(first: 20) {
      totalCount
      edges {
        node {
          id
          number
          status
          purchaseOrderId
          purchaseOrderNumber
          acceptedQuantity
          rejectedQuantity
          createdAt
          postedAt
        }
      }
    }
  }
`);

export const OrderReceiptsAndBills = graphql(`
  query Receiving_OrderSections($purchaseOrderId: ID!) {
    receipts(first: 50, filter: { purchaseOrderId: $purchaseOrderId }) {
      totalCount
      edges {
        node {
          id
          number
          status
          acceptedQuantity
          rejectedQuantity
          createdAt
          postedAt
          lines {
            sku
            acceptedQuantity
            rejectedQuantity
            rejectionReason
          }
        }
      }
    }
    supplierBills(first: 50, filter: { purchaseOrderId: $purchaseOrderId }) {
      totalCount
      edges {
        node {
          id
          number
          kind
          status
          supplierInvoiceNumber
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
