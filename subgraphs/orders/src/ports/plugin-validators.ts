import type { EventBus, Subscription } from '@ucos/kit';
import type { PluginHookRunner } from '@ucos/kit/plugin-hooks';
import type { CartLine, CustomerRef } from '@ucos/plugin-sdk';
import type { PricedLine } from '../data/pricing.ts';
import type { Address } from '../data/rows.ts';

/** A tenant's plugin said no: its message and the field it names (a plugin's own word, e.g. `lines`). */
export interface PluginRefusal {
  message: string;
  field: string | null;
  plugin: string;
}

export interface CheckoutToValidate {
  cartId: string;
  currency: string;
  /** the lines as priced by catalog, in minor units */
  lines: readonly PricedLine[];
  subtotal: number;
  shipping: number;
  tax: number;
  total: number;
  email: string;
  shippingAddress: Address;
  shippingMethod: string;
  customerId: string | null;
}

export interface CartLinesToValidate {
  cartId: string;
  currency: string;
  /** the lines the request adds or changes, at their new quantities */
  changed: readonly PricedLine[];
  /** every line of the cart as it would be */
  lines: readonly PricedLine[];
  subtotal: number;
  customerId: string | null;
}

/**
 * Tenants' validator plugins at checkout (`checkout.validate`) and at add-to-cart
 * (`cart.line.validate`, once per changed line). null: proceed. The runner applies each plugin's
 * failure policy, so a crashing fail-open plugin answers null here.
 */
export interface ValidatorsPort {
  checkout(tenantId: string, checkout: CheckoutToValidate): Promise<PluginRefusal | null>;
  cartLines(tenantId: string, cart: CartLinesToValidate): Promise<PluginRefusal | null>;
  subscribe(bus: EventBus): Promise<Subscription[]>;
  close(): Promise<void>;
}

const money = (amount: number, currency: string) => ({ amount, currency });

/** Cart lines are keyed by variant: the variant id is the line's id too. */
const lineOf = (line: PricedLine, currency: string): CartLine => ({
  id: line.variantId,
  variantId: line.variantId,
  productId: null,
  sku: line.sku,
  title: line.title,
  quantity: line.quantity,
  unitPrice: money(line.unitAmount, currency),
  total: money(line.unitAmount * line.quantity, currency),
});

const customerOf = (id: string | null, email: string | null): CustomerRef | null =>
  id || email ? { id, email, groups: [] } : null;

const refusalOf = (verdict: Awaited<ReturnType<PluginHookRunner['validate']>>): PluginRefusal | null =>
  verdict.allow ? null : { message: verdict.message, field: verdict.field, plugin: verdict.plugin };

/** The port over the kit's hook runner (plugins from the plugins subgraph, run in the SDK's sandbox). */
export function pluginValidators(runner: PluginHookRunner): ValidatorsPort {
  return {
    async checkout(tenantId, checkout) {
      const { currency, shippingAddress } = checkout;
      return refusalOf(
        await runner.validate(tenantId, 'checkout.validate', {
          cartId: checkout.cartId,
          currency,
          lines: checkout.lines.map((line) => lineOf(line, currency)),
          subtotal: money(checkout.subtotal, currency),
          shipping: money(checkout.shipping, currency),
          tax: money(checkout.tax, currency),
          total: money(checkout.total, currency),
          customer: customerOf(checkout.customerId, checkout.email),
          shippingAddress: {
            country: shippingAddress.country.toUpperCase(),
            postalCode: shippingAddress.postalCode,
            city: shippingAddress.city,
            region: null,
          },
          shippingMethod: checkout.shippingMethod,
        }),
      );
    },
    async cartLines(tenantId, cart) {
      const { currency } = cart;
      const snapshot = {
        id: cart.cartId,
        currency,
        lines: cart.lines.map((line) => lineOf(line, currency)),
        subtotal: money(cart.subtotal, currency),
        customer: customerOf(cart.customerId, null),
      };
      for (const changed of cart.changed) {
        const { variantId, productId, sku, quantity, unitPrice } = lineOf(changed, currency);
        const refusal = refusalOf(
          await runner.validate(tenantId, 'cart.line.validate', {
            cart: snapshot,
            line: { variantId, productId, sku, quantity, unitPrice },
          }),
        );
        if (refusal) return refusal;
      }
      return null;
    },
    subscribe: (bus) => runner.subscribe(bus),
    close: () => runner.close(),
  };
}

/** No plugins (tests that are not about them, and deployments without the plugins subgraph). */
export const noValidators: ValidatorsPort = {
  checkout: async () => null,
  cartLines: async () => null,
  subscribe: async () => [],
  close: async () => undefined,
};
