/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddressInput = {
  /** At most 200 characters. */
  city: string;
  /** ISO 3166 alpha-2 */
  country: string;
  /** At most 200 characters. */
  line1: string;
  /** At most 200 characters. */
  line2?: string | null | undefined;
  /** At most 200 characters. */
  name: string;
  /** A number dialable in `country`, or in international form (`+49 30 1234567`) */
  phone?: string | null | undefined;
  /** At most 200 characters. */
  postalCode: string;
};

export type AttributeFilter = {
  /** At most 200 characters. */
  name: string;
  /** Each at most 200 characters. */
  values: Array<string>;
};

/** The codes cartApplyGiftCard can return in its errors. */
export type CartApplyGiftCardErrorCode =
  | 'CART_NOT_OPEN'
  | 'CONFLICT'
  | 'GIFT_CARD_CURRENCY_MISMATCH'
  | 'GIFT_CARD_EMPTY'
  | 'GIFT_CARD_EXPIRED'
  | 'GIFT_CARD_INVALID'
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type CartApplyGiftCardInput = {
  cartId: string;
  /** As printed on the card (case, spaces and dashes do not matter). At most 200 characters. */
  code: string;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

/** The codes cartApplyPromotionCode can return in its errors. */
export type CartApplyPromotionCodeErrorCode =
  | 'CART_NOT_OPEN'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'PROMOTION_CODE_INVALID'
  | 'PROMOTION_EXHAUSTED'
  | 'PROMOTION_EXPIRED'
  | 'PROMOTION_NOT_APPLICABLE'
  | 'PROMOTION_NOT_STARTED';

export type CartApplyPromotionCodeInput = {
  cartId: string;
  /** As the shopper typed it (case does not matter). At most 200 characters. */
  code: string;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

/** The codes cartCreate can return in its errors. */
export type CartCreateErrorCode =
  | 'CURRENCY_NOT_SOLD'
  | 'INVALID_CURRENCY'
  | 'INVALID_INPUT';

export type CartCreateInput = {
  /** ISO 4217 */
  currency: string;
};

/** The codes cartCurrencyChange can return in its errors. */
export type CartCurrencyChangeErrorCode =
  | 'AMOUNT_TOO_LARGE'
  | 'CART_NOT_OPEN'
  | 'CONFLICT'
  | 'CURRENCY_MISMATCH'
  | 'CURRENCY_NOT_SOLD'
  | 'INVALID_CURRENCY'
  | 'NOT_FOUND'
  | 'UNKNOWN_VARIANT';

export type CartCurrencyChangeInput = {
  cartId: string;
  /** ISO 4217: one the shop sells in */
  currency: string;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

export type CartLineInput = {
  quantity: number;
  variantId: string;
};

/** The codes cartLinesAdd can return in its errors. */
export type CartLinesAddErrorCode =
  | 'AMOUNT_TOO_LARGE'
  | 'CART_NOT_OPEN'
  | 'CONFLICT'
  | 'CURRENCY_MISMATCH'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NOT_FOUND'
  | 'PLUGIN_REFUSED'
  | 'UNKNOWN_VARIANT';

export type CartLinesAddInput = {
  cartId: string;
  lines: Array<CartLineInput>;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

/** The codes cartLinesUpdate can return in its errors. */
export type CartLinesUpdateErrorCode =
  | 'AMOUNT_TOO_LARGE'
  | 'CART_NOT_OPEN'
  | 'CONFLICT'
  | 'CURRENCY_MISMATCH'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NOT_FOUND'
  | 'UNKNOWN_VARIANT';

export type CartLinesUpdateInput = {
  cartId: string;
  /** New quantities; 0 removes the line */
  lines: Array<CartLineInput>;
  version?: number | null | undefined;
};

/** The codes cartMerge can return in its errors. */
export type CartMergeErrorCode =
  | 'AMOUNT_TOO_LARGE'
  | 'CART_NOT_OPEN'
  | 'CONFLICT'
  | 'CURRENCY_MISMATCH'
  | 'CURRENCY_NOT_SOLD'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NOT_FOUND'
  | 'PLUGIN_REFUSED'
  | 'UNKNOWN_VARIANT';

export type CartMergeInput = {
  anonymousCartId: string;
};

/** The codes cartRemoveGiftCard can return in its errors. */
export type CartRemoveGiftCardErrorCode =
  | 'CART_NOT_OPEN'
  | 'CONFLICT'
  | 'NOT_FOUND';

export type CartRemoveGiftCardInput = {
  cartId: string;
  version?: number | null | undefined;
};

/** The codes cartRemovePromotionCode can return in its errors. */
export type CartRemovePromotionCodeErrorCode =
  | 'CART_NOT_OPEN'
  | 'CONFLICT'
  | 'NOT_FOUND';

export type CartRemovePromotionCodeInput = {
  cartId: string;
  version?: number | null | undefined;
};

export type CartStatus =
  | 'COMPLETED'
  | 'MERGED'
  | 'OPEN';

/** The codes checkoutComplete can return in its errors. */
export type CheckoutCompleteErrorCode =
  | 'AMOUNT_TOO_LARGE'
  | 'CART_EMPTY'
  | 'CART_NOT_OPEN'
  | 'CHECKOUT_IN_PROGRESS'
  | 'CONFLICT'
  | 'CURRENCY_MISMATCH'
  | 'CURRENCY_NOT_SOLD'
  | 'CUSTOM_FIELD_REQUIRED'
  | 'GIFT_CARD_CURRENCY_MISMATCH'
  | 'GIFT_CARD_EMPTY'
  | 'GIFT_CARD_EXPIRED'
  | 'GIFT_CARD_INVALID'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'INVALID_EMAIL'
  | 'INVALID_INPUT'
  | 'INVALID_PHONE'
  | 'INVALID_POSTAL_CODE'
  | 'INVALID_STREET'
  | 'INVALID_TAX_ID'
  | 'NOT_FOUND'
  | 'PAYMENT_DECLINED'
  | 'PLUGIN_REFUSED'
  | 'PROMOTION_CODE_INVALID'
  | 'PROMOTION_EXHAUSTED'
  | 'PROMOTION_EXPIRED'
  | 'PROMOTION_NOT_APPLICABLE'
  | 'PROMOTION_NOT_STARTED'
  | 'SERVICE_UNAVAILABLE'
  | 'SHIPPING_METHOD_UNAVAILABLE'
  | 'SUBSCRIPTION_PAYMENT_UNSUPPORTED'
  | 'SUBSCRIPTION_REQUIRES_ACCOUNT'
  | 'UNKNOWN_CUSTOM_FIELD'
  | 'UNKNOWN_VARIANT';

export type CheckoutCompleteInput = {
  /** Omitted: billed at the shipping address */
  billingAddress?: AddressInput | null | undefined;
  cartId: string;
  /** The cart version you last showed: a stale one is a CONFLICT */
  cartVersion?: number | null | undefined;
  /** Values of the ORDER custom fields the shop shows shoppers (STOREFRONT, see orderCustomFieldDefinitions); a required one needs a value. Refused values store nothing (errors on input.customFields.<key>) */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** The buyer's tax id. A well-formed VAT id of an EU country other than the shop's, shipped to that country, makes the order reverse-charged (no VAT); a malformed one is INVALID_TAX_ID */
  customerTaxId?: string | null | undefined;
  /** At most 320 characters. */
  email: string;
  /** One per purchase attempt: a replay returns the first result, another cart is refused. At most 200 characters. */
  idempotencyKey: string;
  payment: PaymentInput;
  shippingAddress: AddressInput;
  /** A code from `Cart.shippingMethods(country:)`. Omitted: the cart's chosen method, else the cheapest offered to the address. One not offered there is SHIPPING_METHOD_UNAVAILABLE and nothing is stored. At most 200 characters. */
  shippingMethod?: string | null | undefined;
};

/** Products whose value of this field is one of `values`: the value stored, or the field's default for a product that stored none */
export type CustomFieldFilter = {
  /** An ENUM or BOOLEAN custom field. At most 200 characters. */
  key: string;
  /** Canonical strings (true/false for a BOOLEAN). Each at most 200 characters. */
  values: Array<string>;
};

export type CustomFieldType =
  | 'BOOLEAN'
  | 'DATE'
  | 'ENUM'
  | 'MONEY'
  | 'NUMBER'
  | 'REFERENCE'
  | 'TEXT';

export type CustomFieldValueInput = {
  /** At most 200 characters. */
  key: string;
  /** The canonical string (see CustomField.value); null or "" removes the value. At most 1000 characters. */
  value?: string | null | undefined;
};

/** The codes customerPasswordResetComplete can return in its errors. */
export type CustomerPasswordResetCompleteErrorCode =
  | 'INVALID_TOKEN'
  | 'WEAK_PASSWORD';

export type CustomerPasswordResetCompleteInput = {
  /** At least 10 characters, 3 kinds of character. At most 1000 characters. */
  newPassword: string;
  /** From the reset mail; it works once */
  token: string;
};

/** The codes customerPasswordResetRequest can return in its errors. */
export type CustomerPasswordResetRequestErrorCode =
  | 'INVALID_EMAIL';

export type CustomerPasswordResetRequestInput = {
  /** At most 320 characters. */
  email: string;
};

/** The codes customerRegisterComplete can return in its errors. */
export type CustomerRegisterCompleteErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TOKEN';

export type CustomerRegisterCompleteInput = {
  /** The password chosen when registering. At most 1000 characters. */
  password: string;
  /** From the registration mail; it works once */
  token: string;
};

/** The codes customerRegister can return in its errors. */
export type CustomerRegisterErrorCode =
  | 'INVALID_EMAIL'
  | 'INVALID_INPUT'
  | 'PLUGIN_REFUSED'
  | 'WEAK_PASSWORD';

export type CustomerRegisterInput = {
  /** At most 320 characters. */
  email: string;
  /** At most 200 characters. */
  name?: string | null | undefined;
  /** At most 1000 characters. */
  password: string;
};

/** The codes customerSessionCreate can return in its errors. */
export type CustomerSessionCreateErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_ATTEMPTS';

export type CustomerSessionCreateInput = {
  /** At most 320 characters. */
  email: string;
  /** At most 1000 characters. */
  password: string;
};

/** The codes customerSessionRefresh can return in its errors. */
export type CustomerSessionRefreshErrorCode =
  | 'INVALID_REFRESH_TOKEN'
  | 'REFRESH_TOKEN_EXPIRED'
  | 'REFRESH_TOKEN_REUSED';

export type CustomerSessionRefreshInput = {
  refreshToken: string;
};

/** The codes customerUpdate can return in its errors. */
export type CustomerUpdateErrorCode =
  | 'CONFLICT'
  | 'CUSTOM_FIELD_REQUIRED'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'INVALID_EMAIL'
  | 'INVALID_INPUT'
  | 'UNKNOWN_CUSTOM_FIELD';

export type CustomerUpdateInput = {
  /** Values of the CUSTOMER custom fields the shop shows shoppers (STOREFRONT); null or "" removes one, fields not named keep theirs */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** At most 320 characters. */
  email?: string | null | undefined;
  /** At most 200 characters. */
  firstName?: string | null | undefined;
  /** At most 200 characters. */
  lastName?: string | null | undefined;
  version?: number | null | undefined;
};

export type FulfillmentLineInput = {
  quantity: number;
  variantId: string;
};

/** What the caller may start for the order now */
export type OrderFulfillmentAction =
  /** shipmentCreate: the order is confirmed, not on hold, and something is left to ship */
  | 'CREATE_SHIPMENT'
  /** returnRequest: something shipped that is not returned yet (staff, or the order's customer within the return window) */
  | 'REQUEST_RETURN';

export type OrderStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'CREATED'
  | 'FULFILLED'
  | 'PARTIALLY_FULFILLED';

export type PaymentInput = {
  /** "test" is built in. At most 200 characters. */
  provider: string;
  /** From the PSP; the test provider declines "tok_decline" */
  token: string;
};

export type PaymentStatus =
  | 'AUTHORIZED'
  | 'CAPTURED'
  | 'FAILED'
  | 'REFUNDED'
  | 'VOIDED';

export type PrincipalKind =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'CUSTOMER'
  | 'PUBLISHABLE_KEY'
  | 'SERVICE'
  | 'USER';

export type ProductSearchFilter = {
  /** Each attribute must have one of its values */
  attributes?: Array<AttributeFilter> | null | undefined;
  /** This category or any below it */
  categoryId?: string | null | undefined;
  /** Any of these categories or any below them (OR within the facet; with `categoryId`, any of all of them); at most 50 */
  categoryIds?: Array<string> | null | undefined;
  /** Needed by price filters, PRICE_* sorts and the price facet */
  currency?: string | null | undefined;
  /** Each field must have one of its values */
  customFields?: Array<CustomFieldFilter> | null | undefined;
  /** Prices for this group (callers with catalog:read only). At most 200 characters. */
  customerGroup?: string | null | undefined;
  inStock?: boolean | null | undefined;
  priceMax?: number | null | undefined;
  /** Minor units of `currency`, against the cheapest variant */
  priceMin?: number | null | undefined;
  /** Storefront keys always get ACTIVE */
  status?: ProductStatus | null | undefined;
};

export type ProductSearchSort =
  | 'NEWEST'
  | 'OLDEST'
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  | 'RELEVANCE'
  | 'TITLE'
  | 'TITLE_DESC';

export type ProductStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT';

/** The codes returnRequest can return in its errors. */
export type ReturnRequestErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NOT_FOUND'
  | 'RETURN_QUANTITY_EXCEEDS_SHIPPED'
  | 'RETURN_WINDOW_CLOSED';

export type ReturnRequestInput = {
  lines: Array<FulfillmentLineInput>;
  orderId: string;
  /** At most 1000 characters. */
  reason?: string | null | undefined;
};

export type ReturnStatus =
  | 'APPROVED'
  | 'RECEIVED'
  | 'REFUNDED'
  | 'REJECTED'
  | 'REQUESTED';

export type ShipmentStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'PACKED'
  | 'PENDING'
  | 'SHIPPED';

/** Each the mutation of that name */
export type SubscriptionAction =
  | 'CANCEL'
  | 'PAUSE'
  | 'RESUME'
  | 'SKIP_NEXT';

export type SubscriptionActionInput = {
  id: string;
  /** At most 1000 characters. */
  reason?: string | null | undefined;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

/** The codes subscriptionCancel can return in its errors. */
export type SubscriptionCancelErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

/** The codes subscriptionChange can return in its errors. */
export type SubscriptionChangeErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'INVALID_PHONE'
  | 'INVALID_POSTAL_CODE'
  | 'INVALID_QUANTITY'
  | 'INVALID_STREET'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'SHIPPING_METHOD_UNAVAILABLE';

/** What the next renewals order; an absent field keeps its value */
export type SubscriptionChangeInput = {
  id: string;
  /** 1 to 10,000 */
  quantity?: number | null | undefined;
  shippingAddress?: AddressInput | null | undefined;
  /** A method code the address's shipping zone offers in the subscription's currency. At most 200 characters. */
  shippingMethod?: string | null | undefined;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

export type SubscriptionIntervalUnit =
  | 'DAY'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

/** The codes subscriptionPause can return in its errors. */
export type SubscriptionPauseErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

/** The codes subscriptionPaymentMethodUpdate can return in its errors. */
export type SubscriptionPaymentMethodUpdateErrorCode =
  | 'CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'PAYMENT_DECLINED'
  | 'SUBSCRIPTION_PAYMENT_UNSUPPORTED';

export type SubscriptionPaymentMethodUpdateInput = {
  id: string;
  /** One per change: a repeat saves nothing more and answers the subscription as it is. At most 200 characters. */
  idempotencyKey: string;
  /** The new card or wallet, tokenised by the provider's form as at checkout */
  payment: PaymentInput;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

/** The codes subscriptionResume can return in its errors. */
export type SubscriptionResumeErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

/** The codes subscriptionSkipNext can return in its errors. */
export type SubscriptionSkipNextErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type SubscriptionStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  /** A renewal charge failed; retried on the dunning schedule */
  | 'PAST_DUE'
  /** Not renewing until resumed */
  | 'PAUSED'
  /** Before its first renewal, within the trial days */
  | 'TRIALING';

export type CustomerSignIn_CreateMutationVariables = Exact<{
  input: CustomerSessionCreateInput;
}>;


export type CustomerSignIn_CreateMutation = { customerSessionCreate: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, errors: Array<{ code: CustomerSessionCreateErrorCode, field: Array<string> | null, message: string }> } };

export type CustomerSignUp_RegisterMutationVariables = Exact<{
  input: CustomerRegisterInput;
}>;


export type CustomerSignUp_RegisterMutation = { customerRegister: { done: boolean, errors: Array<{ code: CustomerRegisterErrorCode, field: Array<string> | null, message: string }> } };

export type CustomerVerify_CompleteMutationVariables = Exact<{
  input: CustomerRegisterCompleteInput;
}>;


export type CustomerVerify_CompleteMutation = { customerRegisterComplete: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, errors: Array<{ code: CustomerRegisterCompleteErrorCode, field: Array<string> | null, message: string }> } };

export type CustomerForgotPassword_RequestMutationVariables = Exact<{
  input: CustomerPasswordResetRequestInput;
}>;


export type CustomerForgotPassword_RequestMutation = { customerPasswordResetRequest: { done: boolean, errors: Array<{ code: CustomerPasswordResetRequestErrorCode, field: Array<string> | null, message: string }> } };

export type CustomerResetPassword_CompleteMutationVariables = Exact<{
  input: CustomerPasswordResetCompleteInput;
}>;


export type CustomerResetPassword_CompleteMutation = { customerPasswordResetComplete: { done: boolean, errors: Array<{ code: CustomerPasswordResetCompleteErrorCode, field: Array<string> | null, message: string }> } };

export type AccountSignOut_RevokeMutationVariables = Exact<{
  input: CustomerSessionRefreshInput;
}>;


export type AccountSignOut_RevokeMutation = { customerSessionRevoke: { revoked: boolean } };

export type AccountOrders_ListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type AccountOrders_ListQuery = { myOrders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayNumber: string, status: OrderStatus, createdAt: string, total: { amount: number, currency: string, fractionDigits: number }, shipments: Array<{ status: ShipmentStatus }> } }> } };

export type AccountOrderDetail_OrderQueryVariables = Exact<{
  id: string;
}>;


export type AccountOrderDetail_OrderQuery = { order: { id: string, displayNumber: string, status: OrderStatus, paymentStatus: PaymentStatus, createdAt: string, email: string, currency: string, pricesIncludeTax: boolean, taxNote: string | null, giftCardMaskedCode: string | null, customFields: Array<{ key: string, label: string, type: CustomFieldType, value: string | null }>, lines: Array<{ id: string, title: string, sku: string, quantity: number, fulfilledQuantity: number, variant: { id: string }, unitPrice: { amount: number, currency: string, fractionDigits: number }, total: { amount: number, currency: string, fractionDigits: number }, adjustments: Array<{ reason: string, amount: { amount: number, currency: string, fractionDigits: number } }> }>, subtotal: { amount: number, currency: string, fractionDigits: number }, discount: { amount: number, currency: string, fractionDigits: number }, shipping: { amount: number, currency: string, fractionDigits: number }, tax: { amount: number, currency: string, fractionDigits: number }, taxLines: Array<{ name: string, ratePpm: number | null, amount: { amount: number, currency: string, fractionDigits: number } }>, total: { amount: number, currency: string, fractionDigits: number }, giftCardAmount: { amount: number, currency: string, fractionDigits: number }, paymentAmount: { amount: number, currency: string, fractionDigits: number }, shippingMethod: { name: string } | null, billingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string }, shipments: Array<{ id: string, status: ShipmentStatus, carrier: string, service: string | null, trackingNumber: string | null, updatedAt: string }>, fulfillment: { availableActions: Array<OrderFulfillmentAction>, returnWindowEndsAt: string | null, lines: Array<{ returnableQuantity: number, variant: { id: string } }> } | null, returns: Array<{ id: string, status: ReturnStatus, reason: string | null, createdAt: string, refundAmount: number | null, lines: Array<{ quantity: number, variant: { id: string } }> }> } | null };

export type AccountOrderReturn_RequestMutationVariables = Exact<{
  input: ReturnRequestInput;
}>;


export type AccountOrderReturn_RequestMutation = { returnRequest: { return: { id: string, status: ReturnStatus } | null, errors: Array<{ code: ReturnRequestErrorCode, field: Array<string> | null, message: string }> } };

export type AccountPage_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPage_MeQuery = { viewer: { kind: PrincipalKind, customer: { id: string, email: string, name: string | null } | null } };

export type AccountPage_ProfileFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPage_ProfileFieldsQuery = { customerCustomFieldDefinitions: Array<{ key: string, label: string, type: CustomFieldType, required: boolean, validation: { values: Array<string> | null } }>, me: { id: string, version: number, customFields: Array<{ key: string, value: string | null }> } | null };

export type AccountPage_CustomerUpdateMutationVariables = Exact<{
  input: CustomerUpdateInput;
}>;


export type AccountPage_CustomerUpdateMutation = { customerUpdate: { customer: { id: string, version: number } | null, errors: Array<{ code: CustomerUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type AccountSubscriptions_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSubscriptions_ListQuery = { mySubscriptions: { totalCount: number, edges: Array<{ node: { id: string, status: SubscriptionStatus, version: number, quantity: number, intervalUnit: SubscriptionIntervalUnit, intervalCount: number, nextRenewalAt: string, retryAt: string | null, stockWaits: number, availableActions: Array<SubscriptionAction>, shippingMethodCode: string | null, shippingMethods: Array<{ code: string, name: string }>, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string }, plan: { name: string }, variant: { sku: string, title: string, product: { title: string, handle: string } | null } } }> } };

export type AccountSubscriptions_PauseMutationVariables = Exact<{
  input: SubscriptionActionInput;
}>;


export type AccountSubscriptions_PauseMutation = { subscriptionPause: { subscription: { id: string } | null, errors: Array<{ code: SubscriptionPauseErrorCode, field: Array<string> | null, message: string }> } };

export type AccountSubscriptions_ResumeMutationVariables = Exact<{
  input: SubscriptionActionInput;
}>;


export type AccountSubscriptions_ResumeMutation = { subscriptionResume: { subscription: { id: string } | null, errors: Array<{ code: SubscriptionResumeErrorCode, field: Array<string> | null, message: string }> } };

export type AccountSubscriptions_SkipNextMutationVariables = Exact<{
  input: SubscriptionActionInput;
}>;


export type AccountSubscriptions_SkipNextMutation = { subscriptionSkipNext: { subscription: { id: string } | null, errors: Array<{ code: SubscriptionSkipNextErrorCode, field: Array<string> | null, message: string }> } };

export type AccountSubscriptions_CancelMutationVariables = Exact<{
  input: SubscriptionActionInput;
}>;


export type AccountSubscriptions_CancelMutation = { subscriptionCancel: { subscription: { id: string } | null, errors: Array<{ code: SubscriptionCancelErrorCode, field: Array<string> | null, message: string }> } };

export type AccountSubscriptions_ChangeMutationVariables = Exact<{
  input: SubscriptionChangeInput;
}>;


export type AccountSubscriptions_ChangeMutation = { subscriptionChange: { subscription: { id: string } | null, errors: Array<{ code: SubscriptionChangeErrorCode, field: Array<string> | null, message: string }> } };

export type AccountSubscriptions_PaymentMethodUpdateMutationVariables = Exact<{
  input: SubscriptionPaymentMethodUpdateInput;
}>;


export type AccountSubscriptions_PaymentMethodUpdateMutation = { subscriptionPaymentMethodUpdate: { subscription: { id: string, status: SubscriptionStatus, retryAt: string | null } | null, errors: Array<{ code: SubscriptionPaymentMethodUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type CurrencySwitch_CartQueryVariables = Exact<{
  id: string;
}>;


export type CurrencySwitch_CartQuery = { cart: { status: CartStatus, currency: string, lines: Array<{ sku: string, title: string }> } | null };

export type CurrencySwitch_CartCurrencyChangeMutationVariables = Exact<{
  input: CartCurrencyChangeInput;
}>;


export type CurrencySwitch_CartCurrencyChangeMutation = { cartCurrencyChange: { cart: { id: string, currency: string } | null, errors: Array<{ code: CartCurrencyChangeErrorCode, field: Array<string> | null, message: string }> } };

export type CartView_CartFragment = { id: string, version: number, currency: string, status: CartStatus, promotionCode: string | null, promotionCodeProblem: string | null, giftCardProblem: string | null, pricesIncludeTax: boolean, lines: Array<{ sku: string, title: string, quantity: number, variant: { id: string, product: { handle: string, media: Array<{ url: string, alt: string | null }> } | null }, unitPrice: { amount: number, currency: string, fractionDigits: number }, subscriptionPlan: { name: string, intervalUnit: SubscriptionIntervalUnit, intervalCount: number, trialDays: number } | null, total: { amount: number, currency: string, fractionDigits: number }, discount: { amount: number, currency: string, fractionDigits: number }, discountedTotal: { amount: number, currency: string, fractionDigits: number }, discounts: Array<{ explanation: string }>, adjustments: Array<{ reason: string, amount: { amount: number, currency: string, fractionDigits: number } }> }>, giftCard: { last4: string, balance: { amount: number, currency: string, fractionDigits: number } } | null, giftCardAmount: { amount: number, currency: string, fractionDigits: number }, amountToPay: { amount: number, currency: string, fractionDigits: number }, discount: { amount: number, currency: string, fractionDigits: number }, shippingDiscount: { amount: number, currency: string, fractionDigits: number }, appliedPromotions: Array<{ explanation: string }>, subtotal: { amount: number, currency: string, fractionDigits: number }, shipping: { amount: number, currency: string, fractionDigits: number }, tax: { amount: number, currency: string, fractionDigits: number }, taxLines: Array<{ name: string, ratePpm: number | null, amount: { amount: number, currency: string, fractionDigits: number } }>, total: { amount: number, currency: string, fractionDigits: number } } & { ' $fragmentName'?: 'CartView_CartFragment' };

export type CartPage_CartQueryVariables = Exact<{
  id: string;
}>;


export type CartPage_CartQuery = { cart: { ' $fragmentRefs'?: { 'CartView_CartFragment': CartView_CartFragment } } | null };

export type AddToCart_CartCreateMutationVariables = Exact<{
  input: CartCreateInput;
}>;


export type AddToCart_CartCreateMutation = { cartCreate: { cart: { id: string, version: number } | null, errors: Array<{ code: CartCreateErrorCode, field: Array<string> | null, message: string }> } };

export type AddToCart_LinesAddMutationVariables = Exact<{
  input: CartLinesAddInput;
}>;


export type AddToCart_LinesAddMutation = { cartLinesAdd: { cart: { id: string, lines: Array<{ quantity: number }> } | null, errors: Array<{ code: CartLinesAddErrorCode, field: Array<string> | null, message: string }> } };

export type CartPage_LinesUpdateMutationVariables = Exact<{
  input: CartLinesUpdateInput;
}>;


export type CartPage_LinesUpdateMutation = { cartLinesUpdate: { cart: { id: string } | null, errors: Array<{ code: CartLinesUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type CustomerSignIn_CartMergeMutationVariables = Exact<{
  input: CartMergeInput;
}>;


export type CustomerSignIn_CartMergeMutation = { cartMerge: { cart: { id: string } | null, errors: Array<{ code: CartMergeErrorCode, field: Array<string> | null, message: string }> } };

export type CartPage_ApplyPromotionCodeMutationVariables = Exact<{
  input: CartApplyPromotionCodeInput;
}>;


export type CartPage_ApplyPromotionCodeMutation = { cartApplyPromotionCode: { cart: { id: string } | null, errors: Array<{ code: CartApplyPromotionCodeErrorCode, field: Array<string> | null, message: string }> } };

export type CartPage_RemovePromotionCodeMutationVariables = Exact<{
  input: CartRemovePromotionCodeInput;
}>;


export type CartPage_RemovePromotionCodeMutation = { cartRemovePromotionCode: { cart: { id: string } | null, errors: Array<{ code: CartRemovePromotionCodeErrorCode, field: Array<string> | null, message: string }> } };

export type CartPage_ApplyGiftCardMutationVariables = Exact<{
  input: CartApplyGiftCardInput;
}>;


export type CartPage_ApplyGiftCardMutation = { cartApplyGiftCard: { cart: { id: string } | null, errors: Array<{ code: CartApplyGiftCardErrorCode, field: Array<string> | null, message: string }> } };

export type CartPage_RemoveGiftCardMutationVariables = Exact<{
  input: CartRemoveGiftCardInput;
}>;


export type CartPage_RemoveGiftCardMutation = { cartRemoveGiftCard: { cart: { id: string } | null, errors: Array<{ code: CartRemoveGiftCardErrorCode, field: Array<string> | null, message: string }> } };

export type CheckoutPage_DataQueryVariables = Exact<{
  id: string;
  country: string;
}>;


export type CheckoutPage_DataQuery = { cart: (
    { id: string, version: number, status: CartStatus, lines: Array<{ title: string, quantity: number }>, shippingMethods: Array<{ code: string, name: string, estimatedDaysMin: number, estimatedDaysMax: number, price: { amount: number, currency: string, fractionDigits: number }, cartTax: { amount: number, currency: string, fractionDigits: number }, cartTotal: { amount: number, currency: string, fractionDigits: number } }> }
    & { ' $fragmentRefs'?: { 'CartView_CartFragment': CartView_CartFragment } }
  ) | null };

export type CheckoutPage_ShopperQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutPage_ShopperQuery = { viewer: { customer: { email: string, name: string | null } | null } };

export type CheckoutForm_CompleteMutationVariables = Exact<{
  input: CheckoutCompleteInput;
}>;


export type CheckoutForm_CompleteMutation = { checkoutComplete: { order: { id: string, displayNumber: string, email: string, pricesIncludeTax: boolean, taxNote: string | null, giftCardMaskedCode: string | null, confirmationExtras: { note: string | null, fields: Array<{ label: string, value: string }> }, lines: Array<{ title: string, sku: string, quantity: number, unitPrice: { amount: number, currency: string, fractionDigits: number }, total: { amount: number, currency: string, fractionDigits: number }, adjustments: Array<{ reason: string, amount: { amount: number, currency: string, fractionDigits: number } }> }>, subtotal: { amount: number, currency: string, fractionDigits: number }, discount: { amount: number, currency: string, fractionDigits: number }, shipping: { amount: number, currency: string, fractionDigits: number }, tax: { amount: number, currency: string, fractionDigits: number }, taxLines: Array<{ name: string, ratePpm: number | null, amount: { amount: number, currency: string, fractionDigits: number } }>, total: { amount: number, currency: string, fractionDigits: number }, giftCardAmount: { amount: number, currency: string, fractionDigits: number }, paymentAmount: { amount: number, currency: string, fractionDigits: number }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string }, billingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string }, shippingMethod: { name: string, price: { amount: number, currency: string, fractionDigits: number } } | null } | null, errors: Array<{ code: CheckoutCompleteErrorCode, field: Array<string> | null, message: string }> } };

export type CollectionPage_CollectionQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
  currency: string;
}>;


export type CollectionPage_CollectionQuery = { collection: { id: string, title: string, description: string, products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
          { id: string }
          & { ' $fragmentRefs'?: { 'ProductCard_ProductFragment': ProductCard_ProductFragment } }
        ) }> } } | null };

export type StoreLayout_TenantQueryVariables = Exact<{ [key: string]: never; }>;


export type StoreLayout_TenantQuery = { tenant: { name: string } | null };

export type StoreLayout_CartCountQueryVariables = Exact<{
  id: string;
}>;


export type StoreLayout_CartCountQuery = { cart: { status: CartStatus, lines: Array<{ quantity: number }> } | null };

export type HomePage_ContentQueryVariables = Exact<{
  currency: string;
}>;


export type HomePage_ContentQuery = { collections: { edges: Array<{ node: { id: string, handle: string, title: string } }> }, categories: Array<{ id: string, name: string }>, productSearch: { edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'ProductCard_ProductFragment': ProductCard_ProductFragment } }
      ) }> } };

export type VariantPicker_LiveQueryVariables = Exact<{
  id: string;
  currency: string;
  quantity: number;
}>;


export type VariantPicker_LiveQuery = { variant: { id: string, price: { amount: number, currency: string, fractionDigits: number } | null, inventory: { available: number, inStock: boolean } } | null };

export type ProductPage_ProductQueryVariables = Exact<{
  handle: string;
}>;


export type ProductPage_ProductQuery = { productByHandle: { id: string, title: string, description: string, attributes: Array<{ name: string, value: string }>, customFields: Array<{ key: string, label: string, type: CustomFieldType, value: string | null }>, media: Array<{ url: string, alt: string | null, width: number | null, height: number | null }>, categories: Array<{ id: string, name: string }>, variants: Array<{ id: string, sku: string, title: string }> } | null, categories: Array<{ id: string, name: string, parent: { id: string } | null }> };

export type ProductPage_SubscriptionPlansQueryVariables = Exact<{
  variantIds: Array<string> | string;
}>;


export type ProductPage_SubscriptionPlansQuery = { subscriptionPlansOfVariants: Array<{ id: string, name: string, intervalUnit: SubscriptionIntervalUnit, intervalCount: number, trialDays: number, variant: { id: string } }> };

export type SearchPage_ResultsQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: ProductSearchFilter | null | undefined;
  sort?: ProductSearchSort | null | undefined;
  first: number;
  after?: string | null | undefined;
  currency: string;
}>;


export type SearchPage_ResultsQuery = { productSearch: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { categories: Array<{ id: string, name: string, count: number }>, attributes: Array<{ name: string, values: Array<{ value: string, count: number }> }>, inStock: { count: number } }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'ProductCard_ProductFragment': ProductCard_ProductFragment } }
      ) }> }, categories: Array<{ id: string, name: string, parent: { id: string } | null }> };

export type ProductCard_ProductFragment = { handle: string, title: string, inStock: boolean, media: Array<{ url: string, alt: string | null }>, variants: Array<{ id: string, price: { amount: number, currency: string, fractionDigits: number } | null }> } & { ' $fragmentName'?: 'ProductCard_ProductFragment' };

export type StoreCurrencies_TenantQueryVariables = Exact<{ [key: string]: never; }>;


export type StoreCurrencies_TenantQuery = { tenant: { currencies: Array<string> } | null };

export type StorefrontFlags_EnabledQueryVariables = Exact<{
  key: string;
}>;


export type StorefrontFlags_EnabledQuery = { featureEnabled: boolean };

export type ShopAvailability_ProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopAvailability_ProbeQuery = { tenant: { id: string } | null };

export type ShopperSession_RenewMutationVariables = Exact<{
  input: CustomerSessionRefreshInput;
}>;


export type ShopperSession_RenewMutation = { customerSessionRefresh: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, errors: Array<{ code: CustomerSessionRefreshErrorCode, message: string }> } };

export const CartView_CartFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView_cart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"intervalUnit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalCount"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotionCode"}},{"kind":"Field","name":{"kind":"Name","value":"promotionCodeProblem"}},{"kind":"Field","name":{"kind":"Name","value":"giftCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"giftCardProblem"}},{"kind":"Field","name":{"kind":"Name","value":"giftCardAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountToPay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliedPromotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"taxLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ratePpm"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]} as unknown as DocumentNode<CartView_CartFragment, unknown>;
export const ProductCard_ProductFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCard_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}}]} as unknown as DocumentNode<ProductCard_ProductFragment, unknown>;
export const CustomerSignIn_CreateDocument = {"__meta__":{"hash":"sha256:9eea1b97b341d6c6cf2189da1802a789f7ace64daa097b8a537ca0be1dddd48e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerSignIn_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerSessionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerSessionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerSignIn_CreateMutation, CustomerSignIn_CreateMutationVariables>;
export const CustomerSignUp_RegisterDocument = {"__meta__":{"hash":"sha256:0d74edbbcaf3ec4020c7e5a063b9def4eff3e2fc4709d26f1d451a3945c977c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerSignUp_Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerSignUp_RegisterMutation, CustomerSignUp_RegisterMutationVariables>;
export const CustomerVerify_CompleteDocument = {"__meta__":{"hash":"sha256:acc804499481409762caf25dd10357c65a3a4a90ac2e7d48d262852d3eeff238"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerVerify_Complete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerRegisterCompleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerRegisterComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerVerify_CompleteMutation, CustomerVerify_CompleteMutationVariables>;
export const CustomerForgotPassword_RequestDocument = {"__meta__":{"hash":"sha256:7e8617cb60f5e45c28759b838182258107fec416fa2c9dd5e35aab81167cd036"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerForgotPassword_Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerPasswordResetRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerPasswordResetRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerForgotPassword_RequestMutation, CustomerForgotPassword_RequestMutationVariables>;
export const CustomerResetPassword_CompleteDocument = {"__meta__":{"hash":"sha256:bb264c3323911c9dcc8a926aa6eb1616c4a28e033b7b8a8e4a358b2f574a299b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerResetPassword_Complete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerPasswordResetCompleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerPasswordResetComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerResetPassword_CompleteMutation, CustomerResetPassword_CompleteMutationVariables>;
export const AccountSignOut_RevokeDocument = {"__meta__":{"hash":"sha256:d22e854634fc8c976c35952cded998d8c0c9f99d97fd49ea4d45f93f24955d43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountSignOut_Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerSessionRefreshInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerSessionRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<AccountSignOut_RevokeMutation, AccountSignOut_RevokeMutationVariables>;
export const AccountOrders_ListDocument = {"__meta__":{"hash":"sha256:a6c5cb8149dbca8683b077dd4db646118cc9a46e477eaf79bb5c4f254fc61c49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountOrders_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountOrders_ListQuery, AccountOrders_ListQueryVariables>;
export const AccountOrderDetail_OrderDocument = {"__meta__":{"hash":"sha256:342c717936c9fe9b1596b96ff2b50ea98336cb70114dc65f3a0a35e419ec2d60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountOrderDetail_Order"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"taxNote"}},{"kind":"Field","name":{"kind":"Name","value":"taxLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ratePpm"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"giftCardMaskedCode"}},{"kind":"Field","name":{"kind":"Name","value":"giftCardAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfillment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"returnWindowEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnableQuantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountOrderDetail_OrderQuery, AccountOrderDetail_OrderQueryVariables>;
export const AccountOrderReturn_RequestDocument = {"__meta__":{"hash":"sha256:4987065fdccf4fe1323432b41713c7c7c0ab55670cbc1c350f14d74da668d7c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountOrderReturn_Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"return"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountOrderReturn_RequestMutation, AccountOrderReturn_RequestMutationVariables>;
export const AccountPage_MeDocument = {"__meta__":{"hash":"sha256:57c70d8e93fb018031453eda745aeee5f08ee2a92bdb82f94465366b0f4577be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPage_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccountPage_MeQuery, AccountPage_MeQueryVariables>;
export const AccountPage_ProfileFieldsDocument = {"__meta__":{"hash":"sha256:307bd05a59369d911ddadb0269a644d3ae245a9e8b25da01fc52540163d687a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPage_ProfileFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCustomFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<AccountPage_ProfileFieldsQuery, AccountPage_ProfileFieldsQueryVariables>;
export const AccountPage_CustomerUpdateDocument = {"__meta__":{"hash":"sha256:59fa72a8b0bda0a88c929873c94a6f783d0947a3afc21ddd9b17f4a0017017a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountPage_CustomerUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountPage_CustomerUpdateMutation, AccountPage_CustomerUpdateMutationVariables>;
export const AccountSubscriptions_ListDocument = {"__meta__":{"hash":"sha256:e5c064a65e3d92b8d4753d5c3cb53b036619c50df3e57555a98ec92a77b5ef4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountSubscriptions_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"intervalUnit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextRenewalAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"stockWaits"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethodCode"}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountSubscriptions_ListQuery, AccountSubscriptions_ListQueryVariables>;
export const AccountSubscriptions_PauseDocument = {"__meta__":{"hash":"sha256:4b2be22a7c374f1d51f9702c85959c729845654051272885429192d1a68a1f0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountSubscriptions_Pause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionPause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSubscriptions_PauseMutation, AccountSubscriptions_PauseMutationVariables>;
export const AccountSubscriptions_ResumeDocument = {"__meta__":{"hash":"sha256:1c92a47bfb3abea1f4d994bb3423ee701bac383543f87c26c2d3865cb304dba6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountSubscriptions_Resume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionResume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSubscriptions_ResumeMutation, AccountSubscriptions_ResumeMutationVariables>;
export const AccountSubscriptions_SkipNextDocument = {"__meta__":{"hash":"sha256:4ef5fb4b7ec05a5b7e02a5fd420333432c0f3466f01afc6dbe11ef9952b34bd3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountSubscriptions_SkipNext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionSkipNext"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSubscriptions_SkipNextMutation, AccountSubscriptions_SkipNextMutationVariables>;
export const AccountSubscriptions_CancelDocument = {"__meta__":{"hash":"sha256:cc4cb32a7dcd574b6f30b1b54151a2fb16ac4951de50fd33b31dcb07f100a5f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountSubscriptions_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSubscriptions_CancelMutation, AccountSubscriptions_CancelMutationVariables>;
export const AccountSubscriptions_ChangeDocument = {"__meta__":{"hash":"sha256:3f990d548354d4171d81c5813c2e08cd443174a527928336ecc57a8e24daf9dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountSubscriptions_Change"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSubscriptions_ChangeMutation, AccountSubscriptions_ChangeMutationVariables>;
export const AccountSubscriptions_PaymentMethodUpdateDocument = {"__meta__":{"hash":"sha256:6c832d091b5cd1750e116b7b4ca6f211f2597773521902b9d8e2ca31e054fc19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountSubscriptions_PaymentMethodUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionPaymentMethodUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionPaymentMethodUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSubscriptions_PaymentMethodUpdateMutation, AccountSubscriptions_PaymentMethodUpdateMutationVariables>;
export const CurrencySwitch_CartDocument = {"__meta__":{"hash":"sha256:63ae804d92329268812a09a8b9b23b2f1b1211a985b1ada8a2463355e3f4391f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrencySwitch_Cart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CurrencySwitch_CartQuery, CurrencySwitch_CartQueryVariables>;
export const CurrencySwitch_CartCurrencyChangeDocument = {"__meta__":{"hash":"sha256:447a6d34337ff7b32f7e7b579af00f308f1cf9ae0efb55ec14b328261ed0270e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurrencySwitch_CartCurrencyChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartCurrencyChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartCurrencyChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CurrencySwitch_CartCurrencyChangeMutation, CurrencySwitch_CartCurrencyChangeMutationVariables>;
export const CartPage_CartDocument = {"__meta__":{"hash":"sha256:bf7bbc1d88b297c701f3a1132ccb20a718821761c7b519b05c7661b69fe82048"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CartPage_Cart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView_cart"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView_cart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"intervalUnit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalCount"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotionCode"}},{"kind":"Field","name":{"kind":"Name","value":"promotionCodeProblem"}},{"kind":"Field","name":{"kind":"Name","value":"giftCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"giftCardProblem"}},{"kind":"Field","name":{"kind":"Name","value":"giftCardAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountToPay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliedPromotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"taxLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ratePpm"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]} as unknown as DocumentNode<CartPage_CartQuery, CartPage_CartQueryVariables>;
export const AddToCart_CartCreateDocument = {"__meta__":{"hash":"sha256:c70888f0f571b985060665c9120c68fe1cbad462c775aaf6ac4516d2afa3ff14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToCart_CartCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddToCart_CartCreateMutation, AddToCart_CartCreateMutationVariables>;
export const AddToCart_LinesAddDocument = {"__meta__":{"hash":"sha256:16b54c45fd6b546231f9adfd3930dd116de3cd79c595638399473f5129fdcd76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToCart_LinesAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartLinesAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartLinesAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddToCart_LinesAddMutation, AddToCart_LinesAddMutationVariables>;
export const CartPage_LinesUpdateDocument = {"__meta__":{"hash":"sha256:5b2403e9f55ca8bcde01ced1d22d4da301f4db2fd92aad4b946a05709ffb9a2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CartPage_LinesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartLinesUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartLinesUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CartPage_LinesUpdateMutation, CartPage_LinesUpdateMutationVariables>;
export const CustomerSignIn_CartMergeDocument = {"__meta__":{"hash":"sha256:2fef07ecdd68ab729d8a10dfb34e4c5fa5d6badddae046587da13ee73aa80bff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerSignIn_CartMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartMergeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartMerge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerSignIn_CartMergeMutation, CustomerSignIn_CartMergeMutationVariables>;
export const CartPage_ApplyPromotionCodeDocument = {"__meta__":{"hash":"sha256:213ea52777d16c25de9ca8e7d9207c667feaf183a00d4c2be008ae19fb295659"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CartPage_ApplyPromotionCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartApplyPromotionCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartApplyPromotionCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CartPage_ApplyPromotionCodeMutation, CartPage_ApplyPromotionCodeMutationVariables>;
export const CartPage_RemovePromotionCodeDocument = {"__meta__":{"hash":"sha256:b9c207eaf691627f3ba98cd0974f74a1c2afb3b8a64d08984355ce286626256a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CartPage_RemovePromotionCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartRemovePromotionCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartRemovePromotionCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CartPage_RemovePromotionCodeMutation, CartPage_RemovePromotionCodeMutationVariables>;
export const CartPage_ApplyGiftCardDocument = {"__meta__":{"hash":"sha256:b0afe19e333d1d9ca159e67aaa5302899fce0f24ea8231b1bdf2fd129a70d9b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CartPage_ApplyGiftCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartApplyGiftCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartApplyGiftCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CartPage_ApplyGiftCardMutation, CartPage_ApplyGiftCardMutationVariables>;
export const CartPage_RemoveGiftCardDocument = {"__meta__":{"hash":"sha256:8dba42e331c8c4ae2fafeb3c262955db4e030254e5d9f9ebca928e49f14bd423"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CartPage_RemoveGiftCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartRemoveGiftCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartRemoveGiftCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CartPage_RemoveGiftCardMutation, CartPage_RemoveGiftCardMutationVariables>;
export const CheckoutPage_DataDocument = {"__meta__":{"hash":"sha256:ef211ff89fe3c0c48a7d9dc36a816e8d6d287092ebb5a0ce718c2b059dda503e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutPage_Data"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartView_cart"}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDaysMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDaysMax"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cartTax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cartTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartView_cart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"intervalUnit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalCount"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotionCode"}},{"kind":"Field","name":{"kind":"Name","value":"promotionCodeProblem"}},{"kind":"Field","name":{"kind":"Name","value":"giftCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"giftCardProblem"}},{"kind":"Field","name":{"kind":"Name","value":"giftCardAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountToPay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliedPromotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"taxLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ratePpm"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]} as unknown as DocumentNode<CheckoutPage_DataQuery, CheckoutPage_DataQueryVariables>;
export const CheckoutPage_ShopperDocument = {"__meta__":{"hash":"sha256:153ebe0e0faccb895dc51f860cfd81c4a2830b9e764bd7c6c264a41a0999d6f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutPage_Shopper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutPage_ShopperQuery, CheckoutPage_ShopperQueryVariables>;
export const CheckoutForm_CompleteDocument = {"__meta__":{"hash":"sha256:cd9980b6ebc76d1b109ecc315f9632634c8fd3ac1a9c5c0fe08586eb24800bc2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutForm_Complete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutCompleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkoutComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationExtras"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"taxNote"}},{"kind":"Field","name":{"kind":"Name","value":"taxLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ratePpm"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"giftCardMaskedCode"}},{"kind":"Field","name":{"kind":"Name","value":"giftCardAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutForm_CompleteMutation, CheckoutForm_CompleteMutationVariables>;
export const CollectionPage_CollectionDocument = {"__meta__":{"hash":"sha256:eeb98874718ede64c39ada58f9f2c9fa523a5d6ffd0bed24b00d2c922393155c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollectionPage_Collection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCard_product"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCard_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}}]} as unknown as DocumentNode<CollectionPage_CollectionQuery, CollectionPage_CollectionQueryVariables>;
export const StoreLayout_TenantDocument = {"__meta__":{"hash":"sha256:32c9a41dbfd9047b4d68b33ae248dc7a86bb82143c3a64097f5f1d6fac3e44cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreLayout_Tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StoreLayout_TenantQuery, StoreLayout_TenantQueryVariables>;
export const StoreLayout_CartCountDocument = {"__meta__":{"hash":"sha256:102425048b8a10d18820b3eec2529390af5f46476d78595bdb3b46977591e26f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreLayout_CartCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]} as unknown as DocumentNode<StoreLayout_CartCountQuery, StoreLayout_CartCountQueryVariables>;
export const HomePage_ContentDocument = {"__meta__":{"hash":"sha256:a31b835059a64b793670742f9636dc914fcc05367f0b08b86239b9a613154496"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePage_Content"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rootsOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NEWEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCard_product"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCard_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}}]} as unknown as DocumentNode<HomePage_ContentQuery, HomePage_ContentQueryVariables>;
export const VariantPicker_LiveDocument = {"__meta__":{"hash":"sha256:bd13a08f7c6c69c0be48949218d8995b95c78222ebb72586b5a2d59a97adea3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VariantPicker_Live"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}}]}}]}}]} as unknown as DocumentNode<VariantPicker_LiveQuery, VariantPicker_LiveQueryVariables>;
export const ProductPage_ProductDocument = {"__meta__":{"hash":"sha256:9d417133e1c599a7223db838dc025626ecd1d1e42fb7b3a5620d8f250b8eeb3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductPage_Product"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handle"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productByHandle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"handle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handle"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProductPage_ProductQuery, ProductPage_ProductQueryVariables>;
export const ProductPage_SubscriptionPlansDocument = {"__meta__":{"hash":"sha256:4e5dd41b7d6909cdbf4e7d240c87b3cb0ebe6a74f22735a40f7195cd0e2360a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductPage_SubscriptionPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variantIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionPlansOfVariants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variantIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variantIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"intervalUnit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalCount"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProductPage_SubscriptionPlansQuery, ProductPage_SubscriptionPlansQueryVariables>;
export const SearchPage_ResultsDocument = {"__meta__":{"hash":"sha256:6eebec5a0af8d37c4e60a5d44f0059f18b90c68db65063a963e642bd17ac6b2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage_Results"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductSearchSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inStock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCard_product"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCard_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}}]} as unknown as DocumentNode<SearchPage_ResultsQuery, SearchPage_ResultsQueryVariables>;
export const StoreCurrencies_TenantDocument = {"__meta__":{"hash":"sha256:2394fa981a80d01be68d058d3a1c0ca7e2e4fa148254ffadb37c4d3f2e9a7cac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreCurrencies_Tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencies"}}]}}]}}]} as unknown as DocumentNode<StoreCurrencies_TenantQuery, StoreCurrencies_TenantQueryVariables>;
export const StorefrontFlags_EnabledDocument = {"__meta__":{"hash":"sha256:1961bfe992ef534aa934855a0b485f16896352a7c60707d82bc7d59676d4d328"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StorefrontFlags_Enabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}]}}]} as unknown as DocumentNode<StorefrontFlags_EnabledQuery, StorefrontFlags_EnabledQueryVariables>;
export const ShopAvailability_ProbeDocument = {"__meta__":{"hash":"sha256:1bfdd9610a5b5dcde963566e1cff345b9852cf51ebd7654a930171df474cc745"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopAvailability_Probe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ShopAvailability_ProbeQuery, ShopAvailability_ProbeQueryVariables>;
export const ShopperSession_RenewDocument = {"__meta__":{"hash":"sha256:d743e53d76e8acd16388c8fea3482f0f93d3c6b3d1614e911bd9f71f7f18eee1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopperSession_Renew"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerSessionRefreshInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerSessionRefresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopperSession_RenewMutation, ShopperSession_RenewMutationVariables>;