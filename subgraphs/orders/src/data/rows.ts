import type { CustomFieldValue } from '@ucos/kit/custom-fields';
import type {
  Address as AddressModel,
  CartLine as CartLineModel,
  Cart as CartModel,
  Company as CompanyModel,
  Customer as CustomerModel,
  OrderHold as OrderHoldModel,
  OrderLine as OrderLineModel,
  Order as OrderModel,
  OrderTransition as OrderTransitionModel,
} from '../generated/prisma/client.ts';
import type { LineAdjustment } from './price-adjustments.ts';

/**
 * Rows as the stores return them (camelCase), derived from the Prisma models of
 * prisma/schema.prisma (checked against the migrated database in test/schema-and-models.test.ts),
 * and the SQL column lists that produce them. A row leaves out `tenant_id` (row security scopes
 * every statement) and overrides what the SQL casts or the code narrows: amounts are read as
 * numbers (`::float8`, exact up to the MinorUnits bound the database checks), states as unions,
 * JSON columns as their shape.
 */
type RowOf<Model, Overrides = Record<never, never>> = Omit<Model, 'tenantId' | keyof Overrides> & Overrides;

export type CartRow = RowOf<
  CartModel,
  {
    status: 'open' | 'merged' | 'completed';
    /** the code chosen with cartShippingMethodSet; null: the cheapest offered */
    shippingMethod: string | null;
    /** the promotion code entered with cartApplyPromotionCode, upper case */
    promotionCode: string | null;
    /** the gift card applied with cartApplyGiftCard */
    giftCardId: string | null;
  }
>;

/** A cart line as priced (its insertion order and time stay in SQL: `seq`, `added_at`). */
export type CartLineRow = Pick<
  CartLineModel,
  'cartId' | 'variantId' | 'productId' | 'collectionIds' | 'categoryIds' | 'quantity' | 'sku' | 'title' | 'taxClass'
> & {
  unitAmount: number;
};

export type OrderStatus = 'created' | 'confirmed' | 'partially_fulfilled' | 'fulfilled' | 'completed' | 'cancelled';
export type PaymentStatus = 'authorized' | 'captured' | 'voided' | 'refunded' | 'failed';

export interface Address {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  country: string;
  phone?: string | null;
}

export type OrderRow = RowOf<
  OrderModel,
  {
    /** the tenant's custom fields (migration 0034): `{ key: value }` as the kit stores them */
    customFields: Record<string, CustomFieldValue>;
    /** per shop, from 1001 */
    number: number;
    status: OrderStatus;
    paymentStatus: PaymentStatus;
    subtotalAmount: number;
    shippingAmount: number;
    taxAmount: number;
    totalAmount: number;
    shippingAddress: Address;
    /** null: billed at the shipping address */
    billingAddress: Address | null;
    /** the shipping method as placed (null on orders from before methods existed) */
    shippingMethodAmount: number | null;
    taxLines: StoredTaxLine[];
    discountAmount: number;
    shippingDiscountAmount: number;
    discounts: StoredDiscount[];
    /** what the gift card paid; the payment provider was authorised for the rest */
    giftCardAmount: number;
  }
>;

/** One promotion as the order was placed with it (amounts in minor units). */
export interface StoredDiscount {
  promotionId: string;
  name: string;
  code: string | null;
  amount: number;
  shippingAmount: number;
  explanation: string;
}

/** One rate's tax as the order was placed (amounts in minor units; ratePpm null: the deployment's flat rate). */
export interface StoredTaxLine {
  name: string;
  ratePpm: number | null;
  taxable: number;
  amount: number;
  /** the classes taxed at this rate (absent on orders from before it was kept) */
  taxClasses?: string[];
}

export type OrderLineRow = RowOf<
  OrderLineModel,
  {
    unitAmount: number;
    discountAmount: number;
    /** the price plugins' part of `discountAmount`, with the reason the shopper saw (migration 0037) */
    adjustments: LineAdjustment[];
  }
>;

export type TransitionRow = RowOf<OrderTransitionModel, { id: string; machine: 'order' | 'payment' }>;

/** A hold on an order (open while `releasedAt` is null); `source` names who asked: `staff`, `workflow:<name>`, … */
export type HoldRow = RowOf<OrderHoldModel>;

/** A customer, its custom field values as the kit's values (`{ key: value }`). */
export type CustomerRow = RowOf<CustomerModel, { customFields: Record<string, CustomFieldValue> }>;

export type AddressRow = Pick<
  AddressModel,
  'id' | 'customerId' | 'name' | 'line1' | 'line2' | 'city' | 'postalCode' | 'country' | 'phone'
>;

export type CompanyRow = RowOf<CompanyModel>;

export const CART_COLUMNS = `id, customer_id as "customerId", currency, status, shipping_method as "shippingMethod", promotion_code as "promotionCode",
  gift_card_id as "giftCardId", version,
  created_at as "createdAt", updated_at as "updatedAt"`;
export const CART_LINE_COLUMNS = `cart_id as "cartId", variant_id as "variantId", quantity, sku, title,
  unit_amount::float8 as "unitAmount", tax_class as "taxClass", product_id as "productId",
  collection_ids::text[] as "collectionIds", category_ids::text[] as "categoryIds"`;
export const ORDER_COLUMNS = `id, number::int, number_prefix as "numberPrefix", cart_id as "cartId", customer_id as "customerId", email, status,
  payment_status as "paymentStatus", currency, subtotal_amount::float8 as "subtotalAmount",
  shipping_amount::float8 as "shippingAmount", tax_amount::float8 as "taxAmount", total_amount::float8 as "totalAmount",
  shipping_address as "shippingAddress", billing_address as "billingAddress", payment_provider as "paymentProvider",
  payment_reference as "paymentReference", shipping_method_code as "shippingMethodCode",
  shipping_method_name as "shippingMethodName", shipping_method_amount::float8 as "shippingMethodAmount",
  tax_lines as "taxLines", prices_include_tax as "pricesIncludeTax", customer_tax_id as "customerTaxId", tax_note as "taxNote",
  discount_amount::float8 as "discountAmount", shipping_discount_amount::float8 as "shippingDiscountAmount", discounts,
  gift_card_id as "giftCardId", gift_card_amount::float8 as "giftCardAmount", custom_fields as "customFields", version,
  created_at as "createdAt", updated_at as "updatedAt"`;
export const ORDER_LINE_COLUMNS = `id, order_id as "orderId", position, variant_id as "variantId", sku, title, quantity,
  unit_amount::float8 as "unitAmount", tax_class as "taxClass", fulfilled_quantity as "fulfilledQuantity",
  product_id as "productId", discount_amount::float8 as "discountAmount", adjustments`;
export const TRANSITION_COLUMNS = `id::text, order_id as "orderId", machine, from_state as "fromState",
  to_state as "toState", actor_kind as "actorKind", actor_id as "actorId", reason, occurred_at as "occurredAt"`;

export const HOLD_COLUMNS = `id, order_id as "orderId", reason, source, idempotency_key as "idempotencyKey",
  placed_by as "placedBy", placed_at as "placedAt", released_at as "releasedAt", released_by as "releasedBy",
  release_note as "releaseNote"`;

/** What the payment provider was (or is to be) charged: the total less what the gift card paid. */
export const providerAmountOf = (order: Pick<OrderRow, 'totalAmount' | 'giftCardAmount'>) =>
  order.totalAmount - order.giftCardAmount;
