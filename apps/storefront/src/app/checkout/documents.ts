import { graphql } from '../../generated/gql.ts';

export const CheckoutData = graphql(`
  query CheckoutPage_Data($id: ID!, $country: String!) {
    cart(id: $id) {
      id
      version
      status
      lines {
        title
        quantity
      }
      ...CartView_cart
    }
    shippingRates(weightGrams: 1000, destinationCountry: $country) {
      carrier
      service
      estimatedDays
      price {
        amount
        currency
        fractionDigits
      }
    }
  }
`);

export const ShopperEmail = graphql(`
  query CheckoutPage_Shopper {
    viewer {
      customer {
        email
        name
      }
    }
  }
`);

export const Complete = graphql(`
  mutation CheckoutForm_Complete($input: CheckoutCompleteInput!) {
    checkoutComplete(input: $input) {
      order {
        id
        email
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
