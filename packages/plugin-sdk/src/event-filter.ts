import type { JsonValue } from './hooks.ts';

/**
 * Which events an `event.action` hook runs after, declared on its manifest entry: `events` (event
 * types; `orders.order.*` is every type under `orders.order.`, `*` every type) and `where` (fields
 * of the event's data that must equal a value, all of them). Absent: every event, as before.
 */
export interface EventFilter {
  events?: string[];
  where?: EventFieldCondition[];
}

export interface EventFieldCondition {
  /** dot-separated path into the event's `data` (`lines.0.sku`, `shippingAddress.country`) */
  path: string;
  /** compared with `===` to the value at `path` (a missing field matches nothing, not even null) */
  equals: string | number | boolean | null;
}

export const MAX_FILTER_EVENTS = 50;
export const MAX_FILTER_CONDITIONS = 10;

/** JSON Schema of `events` and `where` on a manifest's hook entry. */
export const EVENT_FILTER_PROPERTIES = {
  events: {
    type: 'array',
    minItems: 1,
    maxItems: MAX_FILTER_EVENTS,
    uniqueItems: true,
    items: { type: 'string', maxLength: 200, pattern: '^(\\*|[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*(\\.\\*)?)$' },
  },
  where: {
    type: 'array',
    minItems: 1,
    maxItems: MAX_FILTER_CONDITIONS,
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'equals'],
      properties: {
        path: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$' },
        equals: { type: ['string', 'number', 'boolean', 'null'] },
      },
    },
  },
} as const;

function typeMatches(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}

/** The value at a dot path; `undefined` when any step is missing (an array step is its index). */
function valueAt(data: JsonValue | undefined, path: string): JsonValue | undefined {
  let current: JsonValue | undefined = data;
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current)
      ? /^\d+$/.test(step)
        ? current[Number(step)]
        : undefined
      : Object.hasOwn(current, step)
        ? (current as Record<string, JsonValue>)[step]
        : undefined;
  }
  return current;
}

/** Whether an event passes an action hook's filter (no filter: every event does). */
export function eventMatches(
  filter: EventFilter | null | undefined,
  event: { type: string; data: JsonValue },
): boolean {
  if (!filter) return true;
  if (filter.events && !filter.events.some((pattern) => typeMatches(pattern, event.type))) return false;
  return (filter.where ?? []).every((condition) => valueAt(event.data, condition.path) === condition.equals);
}
