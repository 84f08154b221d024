/** Plugins the platform tests install: manifest, source and language as a merchant uploads them. */

const minimumOrderManifest = {
  name: 'minimum-order',
  version: '1.0.0',
  description: 'Refuses checkouts below a minimum subtotal',
  hooks: [{ point: 'checkout.validate', failurePolicy: 'refuse', timeoutMs: 100 }],
  capabilities: ['log'],
  configSchema: {
    type: 'object',
    properties: {
      minimumAmount: { type: 'integer', minimum: 0, title: 'Minimum subtotal (minor units)' },
      message: { type: 'string', maxLength: 200, title: 'Message shown to the shopper' },
    },
    required: ['minimumAmount'],
    additionalProperties: false,
  },
};

const minimumOrderSource = `
interface Config { minimumAmount: number; message?: string }
interface Input { subtotal: { amount: number; currency: string } }
export default {
  'checkout.validate'(input: Input, ctx: { config: Config }) {
    if (input.subtotal.amount < ctx.config.minimumAmount) {
      const fallback = 'Orders start at ' + (ctx.config.minimumAmount / 100).toFixed(2) + ' ' + input.subtotal.currency;
      return { allow: false, message: ctx.config.message ?? fallback, field: 'lines' };
    }
    return { allow: true };
  },
};
`;

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

export const PLUGIN_FIXTURES = {
  minimumOrder: { manifest: minimumOrderManifest, source: minimumOrderSource, language: 'TS' },
  crasher: { manifest: crasherManifest, source: crasherSource, language: 'JS' },
  maxQuantity: { manifest: maxQuantityManifest, source: maxQuantitySource, language: 'JS' },
} as const;
