import { graphql } from '../../generated/gql.ts';

export const CartFields = graphql(`
  fragment CartView_cart on Cart {
    id
    version
    currency
    status
    lines {
      sku
      title
      quantity
      variant {
        id
        product {
          handle
          media {
            url
            alt
          }
        }
      }
      unitPrice {
        amount
        currency
        fractionDigits
      }
      subscriptionPlan {
        name
        intervalUnit
        intervalCount
        trialDays
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
      discountedTotal {
        amount
        currency
        fractionDigits
      }
      discounts {
        explanation
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
    promotionCode
    promotionCodeProblem
    giftCard {
      last4
      balance {
        amount
        currency
        fractionDigits
      }
    }
    giftCardProblem
    giftCardAmount {
      amount
      currency
      fractionDigits
    }
    amountToPay {
      amount
      currency
      fractionDigits
    }
    discount {
      amount
      currency
      fractionDigits
    }
    shippingDiscount {
      amount
      currency
      fractionDigits
    }
    appliedPromotions {
      explanation
    }
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
    pricesIncludeTax
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
  }
`);

export const CartQuery = graphql(`
  query CartPage_Cart($id: ID!) {
    cart(id: $id) {
      ...CartView_cart
    }
  }
`);

export const CartCreate = graphql(`
  mutation AddToCart_CartCreate($input: CartCreateInput!) {
    cartCreate(input: $input) {
      cart {
        id
        version
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const LinesAdd = graphql(`
  mutation AddToCart_LinesAdd($input: CartLinesAddInput!) {
    cartLinesAdd(input: $input) {
      cart {
        id
        lines {
          quantity
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

export const LinesUpdate = graphql(`
  mutation CartPage_LinesUpdate($input: CartLinesUpdateInput!) {
    cartLinesUpdate(input: $input) {
      cart {
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

export const CartMerge = graphql(`
  mutation CustomerSignIn_CartMerge($input: CartMergeInput!) {
    cartMerge(input: $input) {
      cart {
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

export const ApplyCode = graphql(`
  mutation CartPage_ApplyPromotionCode($input: CartApplyPromotionCodeInput!) {
    cartApplyPromotionCode(input: $input) {
      cart {
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

export const RemoveCode = graphql(`
  mutation CartPage_RemovePromotionCode($input: CartRemovePromotionCodeInput!) {
    cartRemovePromotionCode(input: $input) {
      cart {
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

export const ApplyGiftCard = graphql(`
  mutation CartPage_ApplyGiftCard($input: CartApplyGiftCardInput!) {
    cartApplyGiftCard(input: $input) {
      cart {
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

export const RemoveGiftCard = graphql(`
  mutation CartPage_RemoveGiftCard($input: CartRemoveGiftCardInput!) {
    cartRemoveGiftCard(input: $input) {
      cart {
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
