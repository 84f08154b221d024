import { graphql } from '../../../generated/gql.ts';

/**
 * The shipment and return moves, run from an order's page and from the work queue alike
 * (`transitions.ts`).
 */
export const ShipmentMove = {
  pack: graphql(`
    mutation ShipmentActions_Pack($input: ShipmentMoveInput!) {
      shipmentPack(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
  deliver: graphql(`
    mutation ShipmentActions_Deliver($input: ShipmentMoveInput!) {
      shipmentDeliver(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
  cancel: graphql(`
    mutation ShipmentActions_Cancel($input: ShipmentMoveInput!) {
      shipmentCancel(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
};

export const ShipmentShip = graphql(`
  mutation ShipmentActions_Ship($input: ShipmentShipInput!) {
    shipmentShip(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const ReturnMove = {
  approve: graphql(`
    mutation ReturnActions_Approve($input: ReturnMoveInput!) {
      returnApprove(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
  receive: graphql(`
    mutation ReturnActions_Receive($input: ReturnMoveInput!) {
      returnReceive(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
  refund: graphql(`
    mutation ReturnActions_Refund($input: ReturnMoveInput!) {
      returnRefund(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
  reject: graphql(`
    mutation ReturnActions_Reject($input: ReturnMoveInput!) {
      returnReject(input: $input) {
        errors {
          code
          field
          message
        }
      }
    }
  `),
};
