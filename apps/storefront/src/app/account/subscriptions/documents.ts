import { graphql } from '../../../generated/gql.ts';

export const MySubscriptions = graphql(`
  query AccountSubscriptions_List {
    mySubscriptions(first: 50) {
      totalCount
      edges {
        node {
          id
          status
          version
          quantity
          intervalUnit
          intervalCount
          nextRenewalAt
          retryAt
          stockWaits
          availableActions
          shippingMethodCode
          shippingMethods {
            code
            name
          }
          shippingAddress {
            name
            line1
            line2
            postalCode
            city
            country
          }
          plan {
            name
          }
          variant {
            sku
            title
            product {
              title
              handle
            }
          }
        }
      }
    }
  }
`);

export const SubscriptionPause = graphql(`
  mutation AccountSubscriptions_Pause($input: SubscriptionActionInput!) {
    subscriptionPause(input: $input) {
      subscription {
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
export const SubscriptionResume = graphql(`
  mutation AccountSubscriptions_Resume($input: SubscriptionActionInput!) {
    subscriptionResume(input: $input) {
      subscription {
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
export const SubscriptionSkipNext = graphql(`
  mutation AccountSubscriptions_SkipNext($input: SubscriptionActionInput!) {
    subscriptionSkipNext(input: $input) {
      subscription {
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
export const SubscriptionCancel = graphql(`
  mutation AccountSubscriptions_Cancel($input: SubscriptionActionInput!) {
    subscriptionCancel(input: $input) {
      subscription {
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

export const SubscriptionChange = graphql(`
  mutation AccountSubscriptions_Change($input: SubscriptionChangeInput!) {
    subscriptionChange(input: $input) {
      subscription {
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

export const SubscriptionPaymentMethodUpdate = graphql(`
  mutation AccountSubscriptions_PaymentMethodUpdate($input: SubscriptionPaymentMethodUpdateInput!) {
    subscriptionPaymentMethodUpdate(input: $input) {
      subscription {
        id
        status
        retryAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
