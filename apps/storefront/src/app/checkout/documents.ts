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
      shippingMethods(country: $country) {
        code
        name
        estimatedDaysMin
        estimatedDaysMax
        price {
          amount
          currency
          fractionDigits
        }
        cartTax {
          amount
          currency
          fractionDigits
        }
        cartTotal {
          amount
          currency
          fractionDigits
        }
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
        displayNumber
        email
        confirmationExtras {
          fields {
            label
            value
          }
          note
        }
        lines {
          title
          sku
          quantity
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
        shippingAddress {
          name
          line1
          line2
          postalCode
          city
          country
        }
        billingAddress {
          name
          line1
          line2
          postalCode
          city
          country
        }
        shippingMethod {
          name
          price {
            amount
            currency
            fractionDigits
          }
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
