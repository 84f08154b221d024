import { graphql } from '../../../generated/gql.ts';

/** The order fields the list's filter offers. */
export const OrderFieldsForFilter = graphql(`
  query OrdersList_CustomFields {
    orderCustomFieldDefinitions {
      key
      label
      type
      validation {
        values
      }
    }
  }
`);

export const OrdersList = graphql(`
  query OrdersList_Orders($filter: OrderFilter, $first: Int!, $after: String) {
    orders(filter: $filter, first: $first, after: $after) {
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
          paymentStatus
          onHold
          email
          customerId
          shippingAddress {
            name
          }
          createdAt
          total {
            amount
            currency
            fractionDigits
          }
          lines {
            quantity
          }
        }
      }
    }
  }
`);

export const OrderDetail = graphql(`
  query OrderDetail_Order($id: ID!) {
    orderCustomFieldDefinitions {
      key
      label
      type
      required
      validation {
        values
      }
    }
    order(id: $id) {
      id
      displayNumber
      customFields {
        key
        value
      }
      shippingMethod {
        code
        name
        price {
          amount
          currency
          fractionDigits
        }
      }
      version
      status
      paymentStatus
      email
      createdAt
      customerId
      subtotal {
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
      total {
        amount
        currency
        fractionDigits
      }
      discount {
        amount
        currency
        fractionDigits
      }
      appliedPromotions {
        explanation
      }
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
      shippingAddress {
        name
        line1
        line2
        postalCode
        city
        country
      }
      availableActions
      onHold
      holds {
        id
        reason
        source
        placedAt
        placedBy
        open
        releasedAt
        releasedBy
        releaseNote
      }
      fulfillment {
        onHold
        availableActions
        lines {
          variant {
            id
          }
          toShipQuantity
          returnableQuantity
        }
      }
      lines {
        id
        sku
        title
        quantity
        fulfilledQuantity
        availableActions
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
        discount {
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
      history {
        machine
        from
        to
        actorKind
        reason
        occurredAt
      }
      shipments {
        id
        version
        status
        orderOnHold
        availableActions
        carrier
        service
        trackingNumber
      }
      returns {
        id
        version
        status
        availableActions
        reason
        lines {
          quantity
        }
      }
    }
  }
`);

export const Transition = {
  confirm: graphql(`
    mutation OrderActions_Confirm($input: OrderTransitionInput!) {
      orderConfirm(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
  capture: graphql(`
    mutation OrderActions_Capture($input: OrderTransitionInput!) {
      orderPaymentCapture(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
  complete: graphql(`
    mutation OrderActions_Complete($input: OrderTransitionInput!) {
      orderComplete(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
};

export const HoldPlace = graphql(`
  mutation OrderHolds_Place($input: OrderHoldPlaceInput!) {
    orderHoldPlace(input: $input) {
      hold {
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

export const HoldRelease = graphql(`
  mutation OrderHolds_Release($input: OrderHoldReleaseInput!) {
    orderHoldRelease(input: $input) {
      hold {
        id
        open
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const Cancel = graphql(`
  mutation OrderActions_Cancel($input: OrderCancelInput!) {
    orderCancel(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const LineUpdate = graphql(`
  mutation OrderLines_Update($input: OrderLineUpdateInput!) {
    orderLineUpdate(input: $input) {
      order {
        id
        total {
          amount
          currency
          fractionDigits
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

export const ShipmentCreate = graphql(`
  mutation ShipmentActions_Create($input: ShipmentCreateInput!) {
    shipmentCreate(input: $input) {
      shipment {
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

export const ReturnRequest = graphql(`
  mutation ReturnActions_Request($input: ReturnRequestInput!) {
    returnRequest(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const ShipFrom = graphql(`
  query OrderDetail_Warehouses {
    warehouses(first: 50, active: true) {
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

export const ShippingRates = graphql(`
  query OrderDetail_Rates($country: String!) {
    shippingRates(weightGrams: 1000, destinationCountry: $country) {
      carrier
      service
      estimatedDays
    }
  }
`);
