import { describe, expect, it } from 'vitest';
import { eventMatches, parseManifest } from '../src/index.ts';

const order = {
  type: 'orders.order.created',
  data: { currency: 'EUR', totalAmount: 5000, shippingAddress: { country: 'DE' }, lines: [{ sku: 'MUG' }], gift: null },
};

describe('eventMatches', () => {
  it('without a filter, every event', () => {
    expect(eventMatches(undefined, order)).toBe(true);
    expect(eventMatches({}, order)).toBe(true);
  });

  it('event types: exact, a trailing .* for a family, * for all', () => {
    expect(eventMatches({ events: ['orders.order.created'] }, order)).toBe(true);
    expect(eventMatches({ events: ['catalog.product.created', 'orders.order.*'] }, order)).toBe(true);
    expect(eventMatches({ events: ['*'] }, order)).toBe(true);
    expect(eventMatches({ events: ['orders.order.cancelled'] }, order)).toBe(false);
    // a family is its dotted prefix, not any string that starts alike
    expect(eventMatches({ events: ['orders.ord.*'] }, order)).toBe(false);
    expect(eventMatches({ events: ['orders.order'] }, order)).toBe(false);
  });

  it('field conditions: every one must equal the value at its path, into objects and arrays', () => {
    expect(eventMatches({ where: [{ path: 'currency', equals: 'EUR' }] }, order)).toBe(true);
    expect(
      eventMatches(
        {
          events: ['orders.order.created'],
          where: [
            { path: 'shippingAddress.country', equals: 'DE' },
            { path: 'lines.0.sku', equals: 'MUG' },
            { path: 'totalAmount', equals: 5000 },
            { path: 'gift', equals: null },
          ],
        },
        order,
      ),
    ).toBe(true);
    expect(eventMatches({ where: [{ path: 'currency', equals: 'USD' }] }, order)).toBe(false);
    expect(eventMatches({ where: [{ path: 'totalAmount', equals: '5000' }] }, order)).toBe(false);
    // a missing field matches nothing, not even null; nor does a path through a primitive or the prototype
    expect(eventMatches({ where: [{ path: 'note', equals: null }] }, order)).toBe(false);
    expect(eventMatches({ where: [{ path: 'currency.length', equals: 3 }] }, order)).toBe(false);
    expect(eventMatches({ where: [{ path: 'lines.x', equals: null }] }, order)).toBe(false);
    expect(eventMatches({ where: [{ path: 'constructor', equals: null }] }, order)).toBe(false);
  });
});

describe('the filter on a manifest', () => {
  const manifest = (hook: Record<string, unknown>) => ({
    name: 'erp-export',
    version: '1.0.0',
    hooks: [{ failurePolicy: 'allow', timeoutMs: 100, ...hook }],
    capabilities: [],
    configSchema: { type: 'object' },
  });

  it('is accepted on an action hook', () => {
    const parsed = parseManifest(
      manifest({
        point: 'event.action',
        events: ['orders.order.created', 'catalog.product.*'],
        where: [{ path: 'currency', equals: 'EUR' }],
      }),
    );
    expect(parsed.ok).toBe(true);
  });

  it('is refused elsewhere, and a bad pattern or condition is reported at its path', () => {
    const onValidator = parseManifest(
      manifest({ point: 'checkout.validate', events: ['orders.order.created'], where: [{ path: 'a', equals: 1 }] }),
    );
    expect(onValidator).toEqual({
      ok: false,
      problems: [
        { path: 'hooks.0.events', message: 'only an action hook (event.action) filters events' },
        { path: 'hooks.0.where', message: 'only an action hook (event.action) filters events' },
      ],
    });
    const bad = parseManifest(
      manifest({ point: 'event.action', events: ['Orders.*.created'], where: [{ path: 'a..b', equals: {} }] }),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['hooks.0.events.0', 'hooks.0.where.0.path', 'hooks.0.where.0.equals']),
    );
  });
});
