import { encodeGlobalId } from '@ucos/kit';
import jsonata from 'jsonata';

/**
 * The workflow expression language is JSONata: side-effect free, no access to the process, the
 * network or the clock beyond `$now()`, and bounded here by a time limit. It reads the run's scope.
 */

export interface ExpressionScope {
  event?: unknown;
  input?: unknown;
  vars?: Record<string, unknown>;
  steps?: Record<string, { output: unknown }>;
  run?: { id: string; startedAt: string };
  tenant?: { id: string };
}

export type CompiledExpression = ReturnType<typeof jsonata>;

export interface ExpressionError {
  message: string;
  /** character offset inside the expression, when JSONata reports one */
  position: number | null;
}

export function compileExpression(
  source: string,
): { ok: true; expression: CompiledExpression } | { ok: false; error: ExpressionError } {
  try {
    return { ok: true, expression: withPlatformFunctions(jsonata(source, LIMITS)) };
  } catch (error) {
    const detail = error as { message?: string; position?: number };
    return { ok: false, error: { message: detail.message ?? String(error), position: detail.position ?? null } };
  }
}

const LIMITS = { timeout: 250, stack: 200, sequence: 10_000 };

/**
 * An order event's number as the shop shows it: its prefixed `displayNumber` (AC-1001), or `#1001` on
 * events from before prefixes.
 */
export function orderNumberOf(payload: unknown): string {
  if (!payload || typeof payload !== 'object') return '';
  const { displayNumber, number } = payload as { displayNumber?: unknown; number?: unknown };
  if (typeof displayNumber === 'string' && displayNumber !== '') return displayNumber;
  return typeof number === 'number' ? `#${number}` : '';
}

/**
 * The platform's own functions, on every expression: `$globalId('Order', event.payload.orderId)` turns
 * an event's local uuid into the global id the API takes (events carry local ids, mutations global ones);
 * `$orderNumber(event.payload)` is an order event's number as the shop shows it.
 */
function withPlatformFunctions(expression: CompiledExpression): CompiledExpression {
  expression.registerFunction('globalId', (type: string, id: string) => encodeGlobalId(type, id), '<ss:s>');
  expression.registerFunction('orderNumber', orderNumberOf, '<o:s>');
  return expression;
}

/**
 * Compiled expressions by source. Parsing costs more than evaluating a typical trigger filter, and the
 * router evaluates the same few filters for every event; a compiled expression is safe to share, as
 * JSONata starts each evaluation in a fresh frame with its own guardrail clock.
 */
const compiled = new Map<string, CompiledExpression>();
const COMPILED_LIMIT = 2_000;

function compiledFor(source: string): CompiledExpression {
  const cached = compiled.get(source);
  if (cached) return cached;
  let expression: CompiledExpression;
  try {
    expression = withPlatformFunctions(jsonata(source, LIMITS));
  } catch (error) {
    throw new ExpressionFailure(source, (error as Error).message);
  }
  if (compiled.size >= COMPILED_LIMIT) compiled.delete(compiled.keys().next().value!);
  compiled.set(source, expression);
  return expression;
}

/** Evaluates with JSONata's time, depth and sequence guardrails, so a tenant's expression cannot stall a worker. */
export async function evaluate(source: string, scope: ExpressionScope): Promise<unknown> {
  const expression = compiledFor(source);
  try {
    return await expression.evaluate(scope);
  } catch (error) {
    throw new ExpressionFailure(source, (error as { message?: string }).message ?? String(error));
  }
}

export async function evaluateBoolean(source: string, scope: ExpressionScope): Promise<boolean> {
  const value = await evaluate(source, scope);
  if (typeof value !== 'boolean' && value !== undefined) {
    throw new ExpressionFailure(source, `expected true or false, got ${JSON.stringify(value)}`);
  }
  return value === true;
}

const WHOLE = /^\{\{([\s\S]+)\}\}$/;
const INSIDE = /\{\{([\s\S]+?)\}\}/g;

/**
 * Resolves `{{ expr }}` templates in a JSON-like value: a string that is one whole template becomes
 * the expression's value; templates inside a longer string are interpolated as text.
 */
export async function resolveTemplates(value: unknown, scope: ExpressionScope): Promise<unknown> {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value.trim());
    if (whole && !whole[1]!.includes('}}')) return (await evaluate(whole[1]!.trim(), scope)) ?? null;
    if (!value.includes('{{')) return value;
    let text = '';
    let last = 0;
    for (const match of value.matchAll(INSIDE)) {
      text += value.slice(last, match.index);
      const result = await evaluate(match[1]!.trim(), scope);
      text +=
        result === undefined || result === null ? '' : typeof result === 'string' ? result : JSON.stringify(result);
      last = (match.index ?? 0) + match[0].length;
    }
    return text + value.slice(last);
  }
  if (Array.isArray(value)) return Promise.all(value.map((item) => resolveTemplates(item, scope)));
  if (value && typeof value === 'object') {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, item]) => [key, await resolveTemplates(item, scope)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

export class ExpressionFailure extends Error {
  override name = 'ExpressionFailure';
  readonly expression: string;
  constructor(expression: string, reason: string) {
    super(`expression "${expression}" failed: ${reason}`);
    this.expression = expression;
  }
}
