/** Rows as the stores return them (camelCase), and the SQL column lists that produce them. */
export interface CartRow {
  id: string;
  customerId: string | null;
  currency: string;
  status: 'open' | 'merged' | 'completed';
  /** the code chosen with cartShippingMethodSet; null: the cheapest offered */
  shippingMethod: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface CartLineRow {
  cartId: string;
  variantId: string;
  quantity: number;
  sku: string;
  title: string;
  unitAmount: number;
}

export type OrderStatus = 'created' | 'confirmed' | 'partially_fulfilled' | 'fulfilled' | 'completed' | 'cancelled';
export type PaymentStatus = 'authorized' | 'captured' | 'voided' | 'refunded' | 'failed';

export interface Address {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  country: string;
}

export interface OrderRow {
  id: string;
  /** per shop, from 1001 */
  number: number;
  cartId: string;
  customerId: string | null;
  email: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  currency: string;
  subtotalAmount: number;
  shippingAmount: number;
  taxAmount: number;
  totalAmount: number;
  shippingAddress: Address;
  paymentProvider: string;
  paymentReference: string;
  /** the shipping method as placed (null on orders from before methods existed) */
  shippingMethodCode: string | null;
  shippingMethodName: string | null;
  shippingMethodAmount: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface OrderLineRow {
  id: string;
  orderId: string;
  position: number;
  variantId: string;
  sku: string;
  title: string;
  quantity: number;
  unitAmount: number;
  fulfilledQuantity: number;
}

export interface TransitionRow {
  id: string;
  orderId: string;
  machine: 'order' | 'payment';
  fromState: string | null;
  toState: string;
  actorKind: string;
  actorId: string | null;
  reason: string | null;
  occurredAt: Date;
}

export const CART_COLUMNS = `id, customer_id as "customerId", currency, status, shipping_method as "shippingMethod", version,
  created_at as "createdAt", updated_at as "updatedAt"`;
export const CART_LINE_COLUMNS = `cart_id as "cartId", variant_id as "variantId", quantity, sku, title,
  unit_amount::float8 as "unitAmount"`;
export const ORDER_COLUMNS = `id, number::int, cart_id as "cartId", customer_id as "customerId", email, status,
  payment_status as "paymentStatus", currency, subtotal_amount::float8 as "subtotalAmount",
  shipping_amount::float8 as "shippingAmount", tax_amount::float8 as "taxAmount", total_amount::float8 as "totalAmount",
  shipping_address as "shippingAddress", payment_provider as "paymentProvider",
  payment_reference as "paymentReference", shipping_method_code as "shippingMethodCode",
  shipping_method_name as "shippingMethodName", shipping_method_amount::float8 as "shippingMethodAmount",
  version, created_at as "createdAt", updated_at as "updatedAt"`;
export const ORDER_LINE_COLUMNS = `id, order_id as "orderId", position, variant_id as "variantId", sku, title, quantity,
  unit_amount::float8 as "unitAmount", fulfilled_quantity as "fulfilledQuantity"`;
export const TRANSITION_COLUMNS = `id::text, order_id as "orderId", machine, from_state as "fromState",
  to_state as "toState", actor_kind as "actorKind", actor_id as "actorId", reason, occurred_at as "occurredAt"`;

/** A hold on an order (open while `releasedAt` is null). */
export interface HoldRow {
  id: string;
  orderId: string;
  reason: string;
  /** who asked for it, free text: `staff`, `workflow:<name>`, … */
  source: string;
  idempotencyKey: string | null;
  placedBy: string | null;
  placedAt: Date;
  releasedAt: Date | null;
  releasedBy: string | null;
  releaseNote: string | null;
}

export const HOLD_COLUMNS = `id, order_id as "orderId", reason, source, idempotency_key as "idempotencyKey",
  placed_by as "placedBy", placed_at as "placedAt", released_at as "releasedAt", released_by as "releasedBy",
  release_note as "releaseNote"`;
