/**
 * The hook points a plugin can implement, with one typed input and one typed output each. These
 * types are the contract between the platform (which builds the input) and plugin authors (who
 * return the output); `outputSchemas.ts` checks the output shape at run time.
 */

/** Integer minor units plus an ISO 4217 code, as everywhere in the platform (never a float). */
export interface Money {
  amount: number;
  currency: string;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const VALIDATOR_HOOKS = [
  'cart.line.validate',
  'checkout.validate',
  'product.save.validate',
  'purchase-order.submit.validate',
  'customer.register.validate',
] as const;
export const TRANSFORMER_HOOKS = [
  'import.row.transform',
  'product.save.transform',
  'cart.price.adjust',
  'order.confirmation.transform',
  'shipping.rates',
] as const;
export const ACTION_HOOKS = ['event.action'] as const;
/** run when a member clicks a button of an admin UI extension bound to one of the plugin's named actions */
export const ADMIN_HOOKS = ['admin.action'] as const;
export const HOOK_POINTS = [...VALIDATOR_HOOKS, ...TRANSFORMER_HOOKS, ...ACTION_HOOKS, ...ADMIN_HOOKS] as const;

export type ValidatorHook = (typeof VALIDATOR_HOOKS)[number];
export type TransformerHook = (typeof TRANSFORMER_HOOKS)[number];
export type ActionHook = (typeof ACTION_HOOKS)[number];
export type AdminHook = (typeof ADMIN_HOOKS)[number];
export type HookPoint = ValidatorHook | TransformerHook | ActionHook | AdminHook;
export type HookKind = 'validator' | 'transformer' | 'action' | 'admin';

export function hookKind(point: HookPoint): HookKind {
  if ((VALIDATOR_HOOKS as readonly string[]).includes(point)) return 'validator';
  if ((TRANSFORMER_HOOKS as readonly string[]).includes(point)) return 'transformer';
  if ((ADMIN_HOOKS as readonly string[]).includes(point)) return 'admin';
  return 'action';
}

export function isHookPoint(value: unknown): value is HookPoint {
  return typeof value === 'string' && (HOOK_POINTS as readonly string[]).includes(value);
}

/** Every validator answers the same way: allow, or refuse with a message (and the input field it is about). */
export type ValidatorVerdict = { allow: true } | { allow: false; message: string; field?: string };

export interface CustomerRef {
  id: string | null;
  email: string | null;
  /** customer groups (price tiers, B2B companies) the customer belongs to */
  groups: string[];
}

export interface CartLine {
  id: string;
  variantId: string;
  productId: string | null;
  sku: string;
  title: string;
  quantity: number;
  unitPrice: Money;
  total: Money;
}

export interface Cart {
  id: string;
  currency: string;
  lines: CartLine[];
  subtotal: Money;
  customer: CustomerRef | null;
}

export interface PostalAddressInput {
  country: string;
  postalCode: string | null;
  city: string | null;
  region: string | null;
}

/** A line is about to be added to a cart, or its quantity changed. */
export interface CartLineValidateInput {
  cart: Cart;
  line: { variantId: string; productId: string | null; sku: string; quantity: number; unitPrice: Money };
}

/** A shopper is about to place an order from a cart. */
export interface CheckoutValidateInput {
  cartId: string;
  currency: string;
  lines: CartLine[];
  subtotal: Money;
  shipping: Money | null;
  tax: Money | null;
  total: Money;
  customer: CustomerRef | null;
  shippingAddress: PostalAddressInput | null;
  shippingMethod: string | null;
}

export interface ProductAttribute {
  name: string;
  value: string;
}

export interface ProductDraft {
  /** null for a product being created */
  id: string | null;
  handle: string;
  title: string;
  description: string | null;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  attributes: ProductAttribute[];
  variants: Array<{ sku: string; title: string | null; weightGrams: number | null }>;
}

/** A product is about to be created or updated (after `product.save.transform` ran). */
export interface ProductSaveValidateInput {
  product: ProductDraft;
  isNew: boolean;
}

export interface PurchaseOrderSubmitValidateInput {
  purchaseOrder: {
    id: string;
    number: string;
    supplier: { id: string; name: string };
    currency: string;
    total: Money;
    lines: Array<{ sku: string; quantity: number; unitCost: Money; total: Money }>;
  };
}

export interface CustomerRegisterValidateInput {
  customer: {
    email: string;
    firstName: string | null;
    lastName: string | null;
    phone: string | null;
    company: string | null;
  };
}

/** One row of an import file (cells by column name), before the platform parses it. */
export interface ImportRowTransformInput {
  /** what is being imported, e.g. "products", "customers", "stock" */
  kind: string;
  /** 1-based, the header being row 0 */
  rowNumber: number;
  row: Record<string, string>;
}
export type ImportRowTransformOutput = { row: Record<string, string> } | { skip: true; reason: string };

/** A product about to be saved: the plugin may rewrite the fields of `ProductTransformChanges`. */
export interface ProductSaveTransformInput {
  product: ProductDraft;
  isNew: boolean;
}
export interface ProductTransformChanges {
  handle?: string;
  title?: string;
  description?: string | null;
  attributes?: ProductAttribute[];
}
/** only the fields returned change; `{ changes: {} }` keeps the product as it is */
export interface ProductSaveTransformOutput {
  changes: ProductTransformChanges;
}

/** A cart is being priced: the plugin returns per-line adjustments. */
export interface CartPriceAdjustInput {
  cart: Cart;
}
export interface PriceAdjustment {
  lineId: string;
  /** added to the line total, in the cart's currency: negative for a discount */
  amount: Money;
  /** shown to the shopper next to the line */
  reason: string;
}
export interface CartPriceAdjustOutput {
  adjustments: PriceAdjustment[];
}

/** A shipping method as the shopper is offered it, priced for one cart. */
export interface ShippingRate {
  /** stable: what the shopper sends to choose it (1-40 of a-z, 0-9, "_" and "-") */
  code: string;
  name: string;
  /** what the shopper pays for it, in the cart's currency (0: free) */
  amount: Money;
  estimatedDaysMin: number;
  estimatedDaysMax: number;
}

/**
 * The shop is working out which shipping methods to offer a cart, and at what price (the cart page,
 * choosing a method, checkout, a subscription's delivery settings). Runs for tenants that selected
 * the "Shipping-rate plugins" adapter (Settings → Integrations).
 */
export interface ShippingRatesInput {
  /**
   * the cart as priced by catalog; for a subscription's delivery settings a cart without lines
   * (`id` the subscription's), whose renewal's checkout asks again with them
   */
  cart: Cart;
  /** where it goes; null while it is not known yet (a cart before checkout) */
  destination: PostalAddressInput | null;
  /** what the shop's own shipping zones offer (Settings → Shipping), cheapest first */
  rates: ShippingRate[];
}
/** the methods offered, which replace `rates` (return `{ rates: input.rates }` to keep them); cheapest first is the platform's job */
export interface ShippingRatesOutput {
  rates: ShippingRate[];
}

/** An order confirmation (page and email) is about to be rendered. */
export interface OrderConfirmationTransformInput {
  order: {
    id: string;
    number: string;
    email: string | null;
    currency: string;
    lines: Array<{ sku: string; title: string; quantity: number; total: Money }>;
    subtotal: Money;
    total: Money;
    customer: CustomerRef | null;
    shippingAddress: PostalAddressInput | null;
  };
}
/** extra lines shown on the confirmation, as plain text (never HTML) */
export interface OrderConfirmationTransformOutput {
  fields: Array<{ label: string; value: string }>;
  note?: string;
}

/** A platform event, delivered after it happened by the worker tier (never on the request path). */
export interface EventActionInput {
  event: { id: string; type: string; occurredAt: string; data: JsonValue };
  /** 1 for the first delivery, more on retries */
  attempt: number;
}
/**
 * `done` (also what returning nothing means), `skipped` (the event was not for this plugin), or
 * `retry` (a temporary failure: the worker delivers it again later).
 */
export interface EventActionOutput {
  status: 'done' | 'skipped' | 'retry';
  message?: string;
}

/** The object of the admin page whose button ran the action (none on the dashboard or a page of its own). */
export type AdminActionObjectType = 'product' | 'order' | 'customer';

/**
 * A member clicked a button of an admin UI extension bound to one of the plugin's actions
 * (`{ "type": "button", "label": …, "action": { "name": … } }`). Runs on the request path, with the
 * hook's timeout and failure policy, never with `http` (that is for `event.action`, in the worker tier).
 */
export interface AdminActionInput {
  /** the action's name, one of the `actions` the manifest declares for `admin.action` */
  action: string;
  /** the page's object: its type and global id (null on the dashboard and on a plugin's own page) */
  object: { type: AdminActionObjectType; id: string } | null;
  /** the extension whose button was clicked */
  extension: { id: string; point: string };
}
/** What the admin shows next to the button: a message, and whether it went well (default `success`). */
export interface AdminActionOutput {
  message: string;
  status?: 'success' | 'failure';
}

export interface HookInputs {
  'cart.line.validate': CartLineValidateInput;
  'checkout.validate': CheckoutValidateInput;
  'product.save.validate': ProductSaveValidateInput;
  'purchase-order.submit.validate': PurchaseOrderSubmitValidateInput;
  'customer.register.validate': CustomerRegisterValidateInput;
  'import.row.transform': ImportRowTransformInput;
  'product.save.transform': ProductSaveTransformInput;
  'cart.price.adjust': CartPriceAdjustInput;
  'order.confirmation.transform': OrderConfirmationTransformInput;
  'shipping.rates': ShippingRatesInput;
  'event.action': EventActionInput;
  'admin.action': AdminActionInput;
}

export interface HookOutputs {
  'cart.line.validate': ValidatorVerdict;
  'checkout.validate': ValidatorVerdict;
  'product.save.validate': ValidatorVerdict;
  'purchase-order.submit.validate': ValidatorVerdict;
  'customer.register.validate': ValidatorVerdict;
  'import.row.transform': ImportRowTransformOutput;
  'product.save.transform': ProductSaveTransformOutput;
  'cart.price.adjust': CartPriceAdjustOutput;
  'order.confirmation.transform': OrderConfirmationTransformOutput;
  'shipping.rates': ShippingRatesOutput;
  'event.action': EventActionOutput;
  'admin.action': AdminActionOutput;
}
