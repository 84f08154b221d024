import { readFileSync } from 'node:fs';

/** Plugins the platform tests install: manifest, source and language as a merchant uploads them. */

const example = (name: string, file: string) =>
  readFileSync(new URL(`../../packages/plugin-sdk/examples/${name}/${file}`, import.meta.url), 'utf8');

/** The SDK's example, as a merchant would upload it: config `{ minimumAmount, currency, message? }`. */
const minimumOrderManifest = JSON.parse(example('minimum-order-value', 'manifest.json')) as Record<string, unknown>;
const minimumOrderSource = example('minimum-order-value', 'plugin.ts');

/** The SDK's bulk-tier example: config `{ tiers: [{ minQuantity, percentOff }], skus? }`. */
const bulkTierManifest = JSON.parse(example('bulk-tier-discount', 'manifest.json')) as Record<string, unknown>;
const bulkTierSource = example('bulk-tier-discount', 'plugin.ts');

/** A price plugin that throws on every call, under the policy given (allow: prices stay; refuse: checkout stops). */
const priceCrasherManifest = (failurePolicy: 'allow' | 'refuse') => ({
  name: `price-crasher-${failurePolicy}`,
  version: '1.0.0',
  hooks: [{ point: 'cart.price.adjust', failurePolicy, timeoutMs: 100 }],
  capabilities: ['log'],
  configSchema: { type: 'object' },
});

const priceCrasherSource = `
export default {
  'cart.price.adjust'() {
    throw new Error('pricing service is down');
  },
};
`;

/** Adds to every line: a surcharge, which orders does not take. */
const surchargeManifest = {
  name: 'surcharge',
  version: '1.0.0',
  hooks: [{ point: 'cart.price.adjust', failurePolicy: 'allow', timeoutMs: 100 }],
  capabilities: [],
  configSchema: { type: 'object' },
};

const surchargeSource = `
export default {
  'cart.price.adjust'(input) {
    return { adjustments: input.cart.lines.map((line) => ({ lineId: line.id, amount: { amount: 100, currency: input.cart.currency }, reason: 'Handling' })) };
  },
};
`;

/** cart.price.adjust plugins: the SDK's example and misbehaving ones. */
export const PRICE_FIXTURES = {
  bulkTier: { manifest: bulkTierManifest, source: bulkTierSource, language: 'TS' },
  crasherAllow: { manifest: priceCrasherManifest('allow'), source: priceCrasherSource, language: 'JS' },
  crasherRefuse: { manifest: priceCrasherManifest('refuse'), source: priceCrasherSource, language: 'JS' },
  surcharge: { manifest: surchargeManifest, source: surchargeSource, language: 'JS' },
} as const;

/** The SDK's store-pickup example: config `{ pickup?: { name, countries, readyInDays? }, surcharges?: [{ country, postalPrefix, amount }] }`. */
const storePickupManifest = JSON.parse(example('store-pickup-rates', 'manifest.json')) as Record<string, unknown>;
const storePickupSource = example('store-pickup-rates', 'plugin.ts');

/** A rates plugin that throws on every call and refuses when it fails: checkout cannot price shipping. */
const ratesCrasherManifest = {
  name: 'rates-crasher',
  version: '1.0.0',
  hooks: [{ point: 'shipping.rates', failurePolicy: 'refuse', timeoutMs: 100 }],
  capabilities: [],
  configSchema: { type: 'object' },
};
const ratesCrasherSource = `
export default {
  'shipping.rates'() {
    throw new Error('carrier rate service is down');
  },
};
`;

/** shipping.rates plugins: the SDK's example and one that fails closed. */
export const RATES_FIXTURES = {
  storePickup: { manifest: storePickupManifest, source: storePickupSource, language: 'TS' },
  crasherRefuse: { manifest: ratesCrasherManifest, source: ratesCrasherSource, language: 'JS' },
} as const;

/** Throws on every call; its failure policy lets checkout proceed. */
const crasherManifest = {
  name: 'inventory-sync-check',
  version: '1.0.0',
  hooks: [{ point: 'checkout.validate', failurePolicy: 'allow', timeoutMs: 100 }],
  capabilities: ['log'],
  configSchema: { type: 'object' },
};

const crasherSource = `
export default {
  'checkout.validate'(input, ctx) {
    console.log('checking ' + input.lines.length + ' lines');
    throw new Error('inventory sync is down');
  },
};
`;

const maxQuantityManifest = {
  name: 'max-quantity',
  version: '1.0.0',
  hooks: [{ point: 'cart.line.validate', failurePolicy: 'refuse', timeoutMs: 100 }],
  capabilities: [],
  configSchema: {
    type: 'object',
    properties: { maxQuantity: { type: 'integer', minimum: 1 } },
    required: ['maxQuantity'],
  },
};

const maxQuantitySource = `
export default {
  'cart.line.validate'(input, ctx) {
    if (input.line.quantity > ctx.config.maxQuantity) {
      return { allow: false, message: 'At most ' + ctx.config.maxQuantity + ' per order line', field: 'lines' };
    }
    return { allow: true };
  },
};
`;

/** A shop's catalog rules: a house style for titles and a brand attribute, no "free" titles, import clean-up. */
const catalogRulesManifest = {
  name: 'catalog-house-rules',
  version: '1.0.0',
  hooks: [
    { point: 'product.save.transform', failurePolicy: 'allow', timeoutMs: 100 },
    { point: 'product.save.validate', failurePolicy: 'refuse', timeoutMs: 100 },
    { point: 'import.row.transform', failurePolicy: 'refuse', timeoutMs: 100 },
  ],
  capabilities: ['log'],
  configSchema: { type: 'object', properties: { brand: { type: 'string' } }, required: ['brand'] },
};

const catalogRulesSource = `
export default {
  'product.save.transform'(input, ctx) {
    const title = input.product.title.charAt(0).toUpperCase() + input.product.title.slice(1);
    const changes = { title };
    if (!input.product.attributes.some((attribute) => attribute.name === 'brand')) {
      changes.attributes = [...input.product.attributes, { name: 'brand', value: ctx.config.brand }];
    }
    return { changes };
  },
  'product.save.validate'(input) {
    if (/free/i.test(input.product.title)) {
      return { allow: false, message: 'Titles may not promise anything free', field: 'title' };
    }
    return { allow: true };
  },
  'import.row.transform'(input) {
    if (input.row.discontinued === 'yes') return { skip: true, reason: 'Discontinued items are not imported' };
    const row = { ...input.row, sku: (input.row.sku || '').toUpperCase() };
    delete row.discontinued;
    console.log('row ' + input.rowNumber + ' of ' + input.kind);
    return { row };
  },
};
`;

/** Purchase orders above a budget need another way. */
const purchaseBudgetManifest = {
  name: 'purchase-budget',
  version: '1.0.0',
  hooks: [{ point: 'purchase-order.submit.validate', failurePolicy: 'refuse', timeoutMs: 100 }],
  capabilities: [],
  configSchema: { type: 'object', properties: { maxTotal: { type: 'integer' } }, required: ['maxTotal'] },
};

const purchaseBudgetSource = `
export default {
  'purchase-order.submit.validate'(input, ctx) {
    const order = input.purchaseOrder;
    if (order.total.amount > ctx.config.maxTotal) {
      return { allow: false, message: order.number + ' is over the budget of ' + ctx.config.maxTotal + ' ' + order.currency, field: 'purchaseOrderId' };
    }
    return { allow: true };
  },
};
`;

/** No registrations from throwaway mail domains. */
const registrationManifest = {
  name: 'no-throwaway-mail',
  version: '1.0.0',
  hooks: [{ point: 'customer.register.validate', failurePolicy: 'allow', timeoutMs: 100 }],
  capabilities: [],
  configSchema: { type: 'object' },
};

const registrationSource = `
export default {
  'customer.register.validate'(input) {
    if (input.customer.email.toLowerCase().endsWith('@throwaway.example')) {
      return { allow: false, message: 'Please register with a permanent address', field: 'email' };
    }
    return { allow: true };
  },
};
`;

/** Posts each created product to an allow-listed endpoint; asks to retry when it answers 5xx. */
const productExportManifest = (host: string) => ({
  name: 'product-export',
  version: '1.0.0',
  hooks: [{ point: 'event.action', failurePolicy: 'allow', timeoutMs: 1000 }],
  capabilities: ['http', 'log'],
  allowedHosts: [host],
  configSchema: { type: 'object', properties: { endpoint: { type: 'string' } }, required: ['endpoint'] },
});

const productExportSource = `
export default {
  async 'event.action'(input, ctx) {
    if (input.event.type !== 'catalog.product.created') return { status: 'skipped' };
    const answer = await ctx.fetch(ctx.config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': input.event.id },
      body: JSON.stringify({ handle: input.event.data.handle, attempt: input.attempt }),
    });
    if (answer.status >= 500) return { status: 'retry', message: 'endpoint answered ' + answer.status };
    return { status: 'done', message: 'exported ' + input.event.data.handle };
  },
};
`;

/** An action hook that runs only after one product's creation: its manifest filters by type and handle. */
const filteredWatcherManifest = {
  name: 'filtered-watcher',
  version: '1.0.0',
  hooks: [
    {
      point: 'event.action',
      failurePolicy: 'allow',
      timeoutMs: 100,
      events: ['catalog.product.created', 'orders.order.*'],
      where: [{ path: 'handle', equals: 'hook-filtered' }],
    },
  ],
  capabilities: [],
  configSchema: { type: 'object' },
};

const filteredWatcherSource = `
export default {
  'event.action'(input) {
    return { status: 'done', message: 'saw ' + input.event.type + ' of ' + input.event.data.handle };
  },
};
`;

export const FILTERED_ACTION_FIXTURE = {
  manifest: filteredWatcherManifest,
  source: filteredWatcherSource,
  language: 'JS',
};

/** An action hook that always throws, and wants to be tried again when it does. */
const actionCrasherManifest = {
  name: 'action-crasher',
  version: '1.0.0',
  hooks: [{ point: 'event.action', failurePolicy: 'refuse', timeoutMs: 100 }],
  capabilities: [],
  configSchema: { type: 'object' },
};

const actionCrasherSource = `
export default {
  'event.action'() {
    throw new Error('crm is down');
  },
};
`;

/** A pickup code and the shop's note on every confirmation. */
const confirmationManifest = {
  name: 'confirmation-notes',
  version: '1.0.0',
  hooks: [{ point: 'order.confirmation.transform', failurePolicy: 'allow', timeoutMs: 100 }],
  capabilities: [],
  configSchema: { type: 'object', properties: { note: { type: 'string' } }, required: ['note'] },
};

const confirmationSource = `
export default {
  'order.confirmation.transform'(input, ctx) {
    const items = input.order.lines.reduce((count, line) => count + line.quantity, 0);
    return {
      fields: [
        { label: 'Pickup code', value: 'PK-' + input.order.number },
        { label: 'Items', value: String(items) + ' for ' + input.order.total.amount + ' ' + input.order.currency },
      ],
      note: ctx.config.note,
    };
  },
};
`;

export const CONFIRMATION_FIXTURE = { manifest: confirmationManifest, source: confirmationSource, language: 'JS' };

/** The action fixtures need the endpoint's host (a local server's port). */
export const actionFixtures = (host: string) => ({
  productExport: { manifest: productExportManifest(host), source: productExportSource, language: 'JS' },
  actionCrasher: { manifest: actionCrasherManifest, source: actionCrasherSource, language: 'JS' },
});

export const PLUGIN_FIXTURES = {
  catalogRules: { manifest: catalogRulesManifest, source: catalogRulesSource, language: 'JS' },
  purchaseBudget: { manifest: purchaseBudgetManifest, source: purchaseBudgetSource, language: 'JS' },
  registration: { manifest: registrationManifest, source: registrationSource, language: 'JS' },
  minimumOrder: { manifest: minimumOrderManifest, source: minimumOrderSource, language: 'TS' },
  crasher: { manifest: crasherManifest, source: crasherSource, language: 'JS' },
  maxQuantity: { manifest: maxQuantityManifest, source: maxQuantitySource, language: 'JS' },
} as const;
