import { Ajv, type ValidateFunction } from 'ajv';
import type { CartPriceAdjustOutput, HookInputs, HookOutputs, HookPoint, ShippingRatesOutput } from './hooks.ts';
import { type Problem, problemsOf } from './problems.ts';

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength });
const money = {
  type: 'object',
  additionalProperties: false,
  required: ['amount', 'currency'],
  properties: {
    amount: { type: 'integer', minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
  },
};

const verdict = {
  oneOf: [
    { type: 'object', additionalProperties: false, required: ['allow'], properties: { allow: { const: true } } },
    {
      type: 'object',
      additionalProperties: false,
      required: ['allow', 'message'],
      properties: { allow: { const: false }, message: text(500), field: text(200) },
    },
  ],
};

/** The shape each hook must answer with; anything else is `invalid-output`. */
const OUTPUT_SCHEMAS: Record<HookPoint, object> = {
  'cart.line.validate': verdict,
  'checkout.validate': verdict,
  'product.save.validate': verdict,
  'purchase-order.submit.validate': verdict,
  'customer.register.validate': verdict,
  'import.row.transform': {
    oneOf: [
      {
        type: 'object',
        additionalProperties: false,
        required: ['row'],
        properties: {
          row: {
            type: 'object',
            maxProperties: 500,
            propertyNames: { maxLength: 200 },
            additionalProperties: { type: 'string', maxLength: 10_000 },
          },
        },
      },
      {
        type: 'object',
        additionalProperties: false,
        required: ['skip', 'reason'],
        properties: { skip: { const: true }, reason: text(500) },
      },
    ],
  },
  'product.save.transform': {
    type: 'object',
    additionalProperties: false,
    required: ['changes'],
    properties: {
      changes: {
        type: 'object',
        additionalProperties: false,
        properties: {
          handle: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 255 },
          title: text(255),
          description: { type: ['string', 'null'], maxLength: 20_000 },
          attributes: {
            type: 'array',
            maxItems: 100,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'value'],
              properties: { name: text(100), value: { type: 'string', maxLength: 1000 } },
            },
          },
        },
      },
    },
  },
  'cart.price.adjust': {
    type: 'object',
    additionalProperties: false,
    required: ['adjustments'],
    properties: {
      adjustments: {
        type: 'array',
        maxItems: 500,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['lineId', 'amount', 'reason'],
          properties: { lineId: text(100), amount: money, reason: text(200) },
        },
      },
    },
  },
  'order.confirmation.transform': {
    type: 'object',
    additionalProperties: false,
    required: ['fields'],
    properties: {
      fields: {
        type: 'array',
        maxItems: 20,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['label', 'value'],
          properties: { label: text(100), value: { type: 'string', maxLength: 1000 } },
        },
      },
      note: { type: 'string', maxLength: 2000 },
    },
  },
  'shipping.rates': {
    type: 'object',
    additionalProperties: false,
    required: ['rates'],
    properties: {
      rates: {
        type: 'array',
        maxItems: 20,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['code', 'name', 'amount', 'estimatedDaysMin', 'estimatedDaysMax'],
          properties: {
            code: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]{0,39}$' },
            name: text(80),
            amount: money,
            estimatedDaysMin: { type: 'integer', minimum: 0, maximum: 365 },
            estimatedDaysMax: { type: 'integer', minimum: 0, maximum: 365 },
          },
        },
      },
    },
  },
  'event.action': {
    type: 'object',
    additionalProperties: false,
    required: ['status'],
    properties: { status: { enum: ['done', 'skipped', 'retry'] }, message: { type: 'string', maxLength: 1000 } },
  },
  'admin.action': {
    type: 'object',
    additionalProperties: false,
    required: ['message'],
    properties: { message: text(1000), status: { enum: ['success', 'failure'] } },
  },
};

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<HookPoint, ValidateFunction>(
  Object.entries(OUTPUT_SCHEMAS).map(([point, schema]) => [point as HookPoint, ajv.compile(schema)]),
);

/** What only the input can tell: an adjustment names a line of this cart, in its currency. */
function priceAdjustProblems(input: HookInputs['cart.price.adjust'], output: CartPriceAdjustOutput): Problem[] {
  const lines = new Map(input.cart.lines.map((line) => [line.id, line]));
  const problems: Problem[] = [];
  output.adjustments.forEach((adjustment, index) => {
    const line = lines.get(adjustment.lineId);
    if (!line) problems.push({ path: `adjustments.${index}.lineId`, message: 'is not a line of this cart' });
    if (adjustment.amount.currency !== input.cart.currency) {
      problems.push({ path: `adjustments.${index}.amount.currency`, message: `must be ${input.cart.currency}` });
    }
    if (line && adjustment.amount.amount < -line.total.amount) {
      problems.push({ path: `adjustments.${index}.amount.amount`, message: 'would make the line total negative' });
    }
  });
  return problems;
}

/** What only the input can tell: rates in the cart's currency, never negative, one per code, days in order. */
function shippingRatesProblems(input: HookInputs['shipping.rates'], output: ShippingRatesOutput): Problem[] {
  const problems: Problem[] = [];
  const codes = new Set<string>();
  output.rates.forEach((rate, index) => {
    if (rate.amount.currency !== input.cart.currency) {
      problems.push({ path: `rates.${index}.amount.currency`, message: `must be ${input.cart.currency}` });
    }
    if (rate.amount.amount < 0)
      problems.push({ path: `rates.${index}.amount.amount`, message: 'must not be negative' });
    if (rate.estimatedDaysMax < rate.estimatedDaysMin) {
      problems.push({ path: `rates.${index}.estimatedDaysMax`, message: 'must not be before estimatedDaysMin' });
    }
    if (codes.has(rate.code)) problems.push({ path: `rates.${index}.code`, message: 'is offered twice' });
    codes.add(rate.code);
  });
  return problems;
}

/**
 * Normalises and checks a plugin's answer for a hook. An action hook that returns nothing is done.
 * Returns the typed output, or the problems that make it `invalid-output`.
 */
export function checkOutput<H extends HookPoint>(
  hook: H,
  input: HookInputs[H],
  raw: unknown,
): { ok: true; output: HookOutputs[H] } | { ok: false; problems: Problem[] } {
  const value = hook === 'event.action' && raw === undefined ? { status: 'done' } : raw;
  const validate = validators.get(hook);
  if (!validate) return { ok: false, problems: [{ path: '', message: `unknown hook point ${hook}` }] };
  if (!validate(value)) return { ok: false, problems: problemsOf(validate.errors) };
  if (hook === 'cart.price.adjust') {
    const problems = priceAdjustProblems(input as HookInputs['cart.price.adjust'], value as CartPriceAdjustOutput);
    if (problems.length) return { ok: false, problems };
  }
  if (hook === 'shipping.rates') {
    const problems = shippingRatesProblems(input as HookInputs['shipping.rates'], value as ShippingRatesOutput);
    if (problems.length) return { ok: false, problems };
  }
  return { ok: true, output: value as HookOutputs[H] };
}
