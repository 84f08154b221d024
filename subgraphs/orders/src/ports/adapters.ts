import { AdapterRegistry, settingsObject } from '@ucos/kit/adapters/registry';
import { z } from 'zod';

/**
 * The integration adapters orders offers tenants (`@ucos/kit/adapters/registry`): the built-in
 * defaults of its ports (the test payment provider, the tax engine over the shop's zones, the shop's
 * shipping zones), the Stripe payment adapter and the plugin-backed shipping rates (the tenant's
 * `shipping.rates` plugins, `data/shipping-offer.ts`). Carrier and ERP export kinds have no adapter
 * here yet; the registry still lists them.
 */
export const ordersAdapters = new AdapterRegistry()
  .register({
    kind: 'payment',
    id: 'test',
    label: 'Test payments',
    description: 'Built in: approves every token except "tok_decline". The default of every shop.',
    builtIn: true,
    fields: [],
    settings: settingsObject({}),
  })
  .register({
    kind: 'payment',
    id: 'stripe',
    label: 'Stripe',
    description:
      'Card payments through Stripe PaymentIntents (authorised at checkout, captured when the order is captured, refunded on returns); webhooks mark payments captured or refunded.',
    fields: [
      {
        key: 'secretKey',
        label: 'Secret key',
        secret: true,
        required: true,
        description: 'sk_test_… or sk_live_… (or a restricted rk_ key) from the Stripe dashboard',
      },
      {
        key: 'webhookSecret',
        label: 'Webhook signing secret',
        secret: true,
        required: false,
        description: 'whsec_…: webhooks are refused until it is set',
      },
      {
        key: 'publishableKey',
        label: 'Publishable key',
        secret: false,
        required: false,
        description: 'pk_test_… or pk_live_…, for the storefront',
      },
    ],
    settings: settingsObject({
      secretKey: z.string().regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]{8,}$/, 'A Stripe secret key looks like sk_test_…'),
      webhookSecret: z
        .string()
        .regex(/^whsec_[A-Za-z0-9]{8,}$/, 'A webhook signing secret looks like whsec_…')
        .optional(),
      publishableKey: z
        .string()
        .regex(/^pk_(test|live)_[A-Za-z0-9]{8,}$/, 'A publishable key looks like pk_test_…')
        .optional(),
    }),
  })
  .register({
    kind: 'tax',
    id: 'engine',
    label: 'Tax zones',
    description: 'Built in: the shop’s tax zones and rates (Settings → Tax), or the flat rate of the deployment.',
    builtIn: true,
    fields: [],
    settings: settingsObject({}),
  })
  .register({
    kind: 'shippingRates',
    id: 'zones',
    label: 'Shipping zones',
    description: 'Built in: the shop’s shipping zones and methods (Settings → Shipping).',
    builtIn: true,
    fields: [],
    settings: settingsObject({}),
  })
  .register({
    kind: 'shippingRates',
    id: 'plugin',
    label: 'Shipping-rate plugins',
    description:
      'Your installed plugins implementing shipping.rates decide the methods offered and their prices, starting from the shop’s zones (e.g. a store pickup, a remote-area surcharge). Checkout charges what they offer.',
    fields: [],
    settings: settingsObject({}),
  });
