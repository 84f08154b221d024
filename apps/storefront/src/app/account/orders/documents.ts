import { graphql } from '../../../generated/gql.ts';

export const MyOrders = graphql(`
  query AccountOrders_List($first: Int!, $after: String) {
    myOrders(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayNumber
          status
          createdAt
          total {
            amount
            currency
            fractionDigits
          }
          shipments {
            status
          }
        }
      }
    }
  }
`);

export const OrderDetail = graphql(`
  query AccountOrderDetail_Order($id: ID!) {
    order(id: $id) {
      id
      displayNumber
      status
      paymentStatus
      createdAt
      email
      currency
      customFields {
        key
        label
        type
        value
      }
      lines {
        id
        title
        sku
        quantity
        fulfilledQuantity
        variant {
          id
        }
        unitPrice {
          amount
          currency
          fractionDigits
        }
        total {
          amount
          currency
          fractionDigits
        }
        adjustments {
          reason
          amount {
            amount
            currency
            fractionDigits
          }
        }
      }
      subtotal {
        amount
        currency
        fractionDigits
      }
      discount {
        amount
        currency
        fractionDigits
      }
      shipping {
        amount
        currency
        fractionDigits
      }
      tax {
        amount
        currency
        fractionDigits
      }
      pricesIncludeTax
      taxNote
      taxLines {
        name
        ratePpm
        amount {
          amount
          currency
          fractionDigits
        }
      }
      total {
        amount
        currency
        fractionDigits
      }
      giftCardMaskedCode
      giftCardAmount {
        amount
        currency
        fractionDigits
      }
      paymentAmount {
        amount
        currency
        fractionDigits
      }
      shippingMethod {
        name
      }
      billingAddress {
        name
        line1
        line2
        postalCode
        city
        country
      }
      shippingAddress {
        name
        line1
        line2
        postalCode
        city
        country
      }
      shipments {
        id
        status
        carrier
        service
        trackingNumber
        updatedAt
      }
      fulfillment {
        availableActions
        returnWindowEndsAt
        lines {
          variant {
            id
          }
          returnableQuantity
        }
      }
      returns {
        id
        status
        reason
        createdAt
        refundAmount
        lines {
          variant {
            id
          }
          quantity
        }
      }
    }
  }
`);

export const ReturnRequest = graphql(`
  mutation AccountOrderReturn_Request($input: ReturnRequestInput!) {
    returnRequest(input: $input) {
      return {
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
`);
