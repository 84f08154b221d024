// Calls orders and fulfillment make to the inventory subgraph. Typed against schema/inventory.graphql
// (the subgraph's own SDL with federation's _entities: internal calls go straight to the subgraph).
import { graphql } from './generated/inventory/gql.ts';

export type * from './generated/inventory/graphql.ts';

/** All or nothing; inventory de-duplicates on `idempotencyKey`, so a retry reserves once. */
export const ReservationCreate = graphql(`
  mutation InternalReservationCreate($input: ReservationCreateInput!) {
    reservationCreate(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const ReservationRelease = graphql(`
  mutation InternalReservationRelease($input: ReservationReleaseInput!) {
    reservationRelease(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const ReservationConfirm = graphql(`
  mutation InternalReservationConfirm($input: ReservationConfirmInput!) {
    reservationConfirm(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const ReservationAdjust = graphql(`
  mutation InternalReservationAdjust($input: ReservationAdjustInput!) {
    reservationAdjust(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Turns held units into a decrement; inventory de-duplicates on `idempotencyKey` (the shipment). */
export const ReservationCommit = graphql(`
  mutation InternalReservationCommit($input: ReservationCommitInput!) {
    reservationCommit(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Whether warehouses exist for the tenant: null per representation inventory does not know. */
export const Warehouses = graphql(`
  query InternalWarehouses($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Warehouse {
        id
      }
    }
  }
`);

/** Procurement's replenishment suggestions: one page of levels at or below their reorder point. */
export const ReplenishmentNeeds = graphql(`
  query InternalReplenishmentNeeds($warehouseIds: [ID!], $first: Int, $after: String) {
    replenishmentNeeds(warehouseIds: $warehouseIds, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          variantId
          warehouseId
          onHand
          reserved
          available
          incoming
          reorderPoint
          reorderQuantity
          shortfall
        }
      }
    }
  }
`);
