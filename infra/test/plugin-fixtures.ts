import { readFileSync } from 'node:fs';

/** Plugins the platform tests install: manifest, source and language as a merchant uploads them. */

const example = (name: string, file: string) =>
  readFileSync(new URL(`../../packages/plugin-sdk/examples/${name}/${file}`, import.meta.url), 'utf8');

/** The SDK's example, as a merchant would upload it: config `{ minimumAmount, currency, message? }`. */
const minimumOrderManifest = JSON.parse(example('minimum-order-value', 'manifest.json')) as Record<string, unknown>;
const minimumOrderSource = example('minimum-order-value', 'plugin.ts');

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
