import type { EventBus, Subscription } from '@ucos/kit';
import type { PluginHookRunner } from '@ucos/kit/plugin-hooks';
import type { CartLine, CustomerRef, ShippingRate } from '@ucos/plugin-sdk';
import type { LineAdjustment, LineAdjustments } from '../data/price-adjustments.ts';
import { NO_ADJUSTMENTS } from '../data/price-adjustments.ts';
import type { PricedLine } from '../data/pricing.ts';
import type { Address, OrderLineRow, OrderRow } from '../data/rows.ts';
import type { ShippingOffer, ShippingRequest } from '../data/shipping-offer.ts';
import type { ShippingQuote } from './calculators.ts';

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

/** A cart as `cart.price.adjust` plugins see it: its lines as priced by catalog, before any discount. */
export interface CartToAdjust {
  cartId: string;
  currency: string;
  lines: readonly Pick<PricedLine, 'variantId' | 'sku' | 'title' | 'quantity' | 'unitAmount'>[];
  customerId: string | null;
}

/**
 * What the price plugins answered: each line's adjustments (none when the tenant has no such plugin,
 * or when a fail-open plugin failed), or the refusal of a fail-closed plugin that failed (checkout
 * stops on it; a cart shows its prices without it).
 */
export interface PriceAdjusted {
  adjustments: LineAdjustments;
  refusal: PluginRefusal | null;
}

/** A shipping request with what the shop's zones offer for it (the plugins start from there). */
export interface RatesToOffer extends ShippingRequest {
  methods: ShippingQuote[];
}

/** What `order.confirmation.transform` plugins add to an order's confirmation: plain text. */
export interface ConfirmationExtras {
  fields: { label: string; value: string }[];
  note: string | null;
}

/**
 * Tenants' validator plugins at checkout (`checkout.validate`) and at add-to-cart
 * (`cart.line.validate`, once per changed line). null: proceed. The runner applies each plugin's
 * failure policy, so a crashing fail-open plugin answers null here. And the transformer
 * `order.confirmation.transform`: the extra fields and note of a placed order's confirmation.
 */
export interface ValidatorsPort {
  checkout(tenantId: string, checkout: CheckoutToValidate): Promise<PluginRefusal | null>;
  cartLines(tenantId: string, cart: CartLinesToValidate): Promise<PluginRefusal | null>;
  /** the transformer `cart.price.adjust`, run on the catalog prices every time a cart is priced */
  priceAdjust(tenantId: string, cart: CartToAdjust): Promise<PriceAdjusted>;
  /**
   * the transformer `shipping.rates`: the methods offered for a cart, starting from the zones'
   * (which it answers unchanged when the tenant has no such plugin, or a fail-open plugin failed)
   */
  shippingRates(tenantId: string, request: RatesToOffer): Promise<ShippingOffer>;
  /** `lines` is read only when the tenant has such a plugin */
  confirmation(
    tenantId: string,
    order: OrderRow & { displayNumber: string },
    lines: () => Promise<readonly OrderLineRow[]>,
  ): Promise<ConfirmationExtras>;
  subscribe(bus: EventBus): Promise<Subscription[]>;
  close(): Promise<void>;
}

const money = (amount: number, currency: string) => ({ amount, currency });

/** Cart lines are keyed by variant: the variant id is the line's id too. */
const lineOf = (line: CartToAdjust['lines'][number] & { productId?: string | null }, currency: string): CartLine => ({
  id: line.variantId,
  variantId: line.variantId,
  productId: line.productId ?? null,
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

const rateOf = (quote: ShippingQuote, currency: string): ShippingRate => ({
  code: quote.code,
  name: quote.name,
  amount: money(quote.amount, currency),
  estimatedDaysMin: quote.estimatedDaysMin,
  estimatedDaysMax: quote.estimatedDaysMax,
});

const quoteOf = (rate: ShippingRate): ShippingQuote => ({
  code: rate.code,
  name: rate.name,
  amount: rate.amount.amount,
  estimatedDaysMin: rate.estimatedDaysMin,
  estimatedDaysMax: rate.estimatedDaysMax,
});

const NONE_ADJUSTED: PriceAdjusted = { adjustments: NO_ADJUSTMENTS, refusal: null };

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
    async priceAdjust(tenantId, cart) {
      if (!(await runner.installed(tenantId, 'cart.price.adjust'))) return NONE_ADJUSTED;
      const { currency } = cart;
      const lines = cart.lines.map((line) => lineOf(line, currency));
      const adjustments = new Map<string, LineAdjustment[]>();
      // a surcharge is not something checkout can charge (a line's discount is never negative):
      // the plugin's answer is refused in its name, which its log shows, and the price stays as it was
      let unusable = false;
      const outcome = await runner.transform(
        tenantId,
        'cart.price.adjust',
        {
          cart: {
            id: cart.cartId,
            currency,
            lines,
            subtotal: money(
              lines.reduce((sum, line) => sum + line.total.amount, 0),
              currency,
            ),
            customer: customerOf(cart.customerId, null),
          },
        },
        (input, output, { plugin }) => {
          if (output.adjustments.some((adjustment) => adjustment.amount.amount > 0)) {
            unusable = true;
            return { refuse: 'A price adjustment may only lower a line (a surcharge is not supported)' };
          }
          // the next plugin sees the lines as this one left them, so together they never go below zero
          const off = new Map<string, number>();
          for (const adjustment of output.adjustments) {
            if (adjustment.amount.amount === 0) continue;
            off.set(adjustment.lineId, (off.get(adjustment.lineId) ?? 0) - adjustment.amount.amount);
            const list = adjustments.get(adjustment.lineId) ?? [];
            list.push({ amount: adjustment.amount.amount, reason: adjustment.reason, plugin });
            adjustments.set(adjustment.lineId, list);
          }
          const next = input.cart.lines.map((line) => {
            const taken = off.get(line.id) ?? 0;
            return taken ? { ...line, total: money(line.total.amount - taken, currency) } : line;
          });
          const subtotal = next.reduce((sum, line) => sum + line.total.amount, 0);
          return { input: { cart: { ...input.cart, lines: next, subtotal: money(subtotal, currency) } } };
        },
      );
      if (outcome.allow) return { adjustments, refusal: null };
      if (unusable) return { adjustments, refusal: null };
      return { adjustments: NO_ADJUSTMENTS, refusal: refusalOf(outcome) };
    },
    async shippingRates(tenantId, request) {
      if (!(await runner.installed(tenantId, 'shipping.rates'))) return { methods: request.methods, refusal: null };
      const { currency, address } = request;
      const outcome = await runner.transform(
        tenantId,
        'shipping.rates',
        {
          cart: {
            id: request.cartId,
            currency,
            lines: request.lines.map((line) => lineOf(line, currency)),
            subtotal: money(request.subtotal, currency),
            customer: customerOf(request.customerId, null),
          },
          destination: request.country
            ? {
                country: request.country.toUpperCase(),
                postalCode: address?.postalCode ?? null,
                city: address?.city ?? null,
                region: null,
              }
            : null,
          rates: request.methods.map((quote) => rateOf(quote, currency)),
        },
        // each plugin starts from the rates the one before it left
        (input, output) => ({ input: { ...input, rates: output.rates } }),
      );
      if (!outcome.allow) return { methods: request.methods, refusal: refusalOf(outcome) };
      // cheapest first, ties in the plugin's order: the first is the default, as with the zones
      return { methods: outcome.input.rates.map(quoteOf).sort((a, b) => a.amount - b.amount), refusal: null };
    },
    async confirmation(tenantId, order, lines) {
      const extras: ConfirmationExtras = { fields: [], note: null };
      if (!(await runner.installed(tenantId, 'order.confirmation.transform'))) return extras;
      const { currency, shippingAddress } = order;
      // each plugin adds its fields and note (the order is the same for all of them); a fail-closed
      // plugin that failed stops the ones after it, but a confirmation is never refused: it shows what was added
      await runner.transform(
        tenantId,
        'order.confirmation.transform',
        {
          order: {
            id: order.id,
            number: order.displayNumber,
            email: order.email,
            currency,
            lines: (await lines()).map((line) => ({
              sku: line.sku,
              title: line.title,
              quantity: line.quantity,
              total: money(line.unitAmount * line.quantity - line.discountAmount, currency),
            })),
            subtotal: money(order.subtotalAmount, currency),
            total: money(order.totalAmount, currency),
            customer: customerOf(order.customerId, order.email),
            shippingAddress: {
              country: shippingAddress.country.toUpperCase(),
              postalCode: shippingAddress.postalCode,
              city: shippingAddress.city,
              region: null,
            },
          },
        },
        (input, output) => {
          extras.fields.push(...output.fields);
          if (output.note) extras.note = extras.note ? `${extras.note}\n${output.note}` : output.note;
          return { input };
        },
      );
      return extras;
    },
    subscribe: (bus) => runner.subscribe(bus),
    close: () => runner.close(),
  };
}

/** No plugins (tests that are not about them, and deployments without the plugins subgraph). */
export const noValidators: ValidatorsPort = {
  checkout: async () => null,
  cartLines: async () => null,
  priceAdjust: async () => NONE_ADJUSTED,
  shippingRates: async (_tenantId, request) => ({ methods: request.methods, refusal: null }),
  confirmation: async () => ({ fields: [], note: null }),
  subscribe: async () => [],
  close: async () => undefined,
};
