import { graphql } from '../../../generated/gql.ts';

/**
 * The whole queue in one request: what waits per step (counts), the oldest shipments to pack and to
 * ship (first in, first out), the latest shipped, and the returns to approve and to receive.
 */
export const FulfillmentQueue = graphql(`
  query FulfillmentQueue_Work($withOrder: Boolean!, $withWarehouse: Boolean!, $first: Int!) {
    fulfillmentQueueCounts {
      pendingShipments
      packedShipments
      requestedReturns
      approvedReturns
    }
    toPack: shipments(filter: { statuses: [PENDING] }, first: $first) {
      totalCount
      edges {
        node {
          id
          ...FulfillmentShipmentRow_shipment
        }
      }
    }
    toShip: shipments(filter: { statuses: [PACKED] }, first: $first) {
      totalCount
      edges {
        node {
          id
          ...FulfillmentShipmentRow_shipment
        }
      }
    }
    shipped: shipments(filter: { statuses: [SHIPPED] }, sort: NEWEST_FIRST, first: 10) {
      totalCount
      edges {
        node {
          id
          ...FulfillmentShipmentRow_shipment
        }
      }
    }
    toApprove: returns(filter: { statuses: [REQUESTED] }, first: $first) {
      totalCount
      edges {
        node {
          id
          ...FulfillmentReturnRow_return
        }
      }
    }
    toReceive: returns(filter: { statuses: [APPROVED] }, first: $first) {
      totalCount
      edges {
        node {
          id
          ...FulfillmentReturnRow_return
        }
      }
    }
  }
`);
