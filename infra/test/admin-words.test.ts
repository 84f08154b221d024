import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  actorWords,
  historyLine,
  operationWords,
  orderStatusWords,
  outcomeWords,
  paymentStatusWords,
  plainWords,
  targetWords,
} from '../../apps/admin/src/lib/history-words.ts';
import {
  clockIn,
  dayStartIn,
  formatDate,
  formatDateTime,
  formatDay,
  NO_DATE,
  nextDay,
} from '../../apps/admin/src/lib/time.ts';

/**
 * The admin prints every date and time through `lib/time.ts` and every state, actor and audited
 * operation through `lib/history-words.ts` (issue 18, items 10 and 11): what a merchant reads must
 * be unambiguous ("3 Dec 2026, 14:05 UTC", never "03/12/2026, 14:05:00") and in words
 * ("Order placed by a shopper on the storefront", never `∅ → created by publishable_key`).
 */
describe('admin times', () => {
  it('prints an instant with its day, month name, year, 24-hour time and zone', () => {
    expect(formatDateTime('2026-12-03T14:05:59.123Z')).toBe('3 Dec 2026, 14:05 UTC');
    expect(formatDateTime(new Date(Date.UTC(2026, 0, 9, 0, 7)))).toBe('9 Jan 2026, 00:07 UTC');
  });

  it('names the zone it was asked for, so a shop time is never mistaken for UTC', () => {
    // 14:05 UTC is 15:05 in Berlin in winter and 09:05 in New York
    expect(formatDateTime('2026-12-03T14:05:00Z', 'Europe/Berlin')).toBe('3 Dec 2026, 15:05 CET');
    expect(formatDateTime('2026-12-03T14:05:00Z', 'America/New_York')).toBe('3 Dec 2026, 09:05 GMT-5');
    // the day changes with the zone, and the date says so
    expect(formatDateTime('2026-12-03T23:30:00Z', 'Asia/Tokyo')).toBe('4 Dec 2026, 08:30 GMT+9');
  });

  it('prints the calendar day of an instant in its zone, and a YYYY-MM-DD day as it is', () => {
    expect(formatDate('2026-12-03T23:30:00Z')).toBe('3 Dec 2026');
    expect(formatDate('2026-12-03T23:30:00Z', 'Asia/Tokyo')).toBe('4 Dec 2026');
    expect(formatDay('2026-03-12')).toBe('12 Mar 2026');
    expect(formatDay('2026-03-12', { year: false })).toBe('12 Mar');
  });

  it('prints a dash for nothing and for what is not a date, instead of "Invalid Date"', () => {
    expect(formatDateTime(null)).toBe(NO_DATE);
    expect(formatDateTime(undefined)).toBe(NO_DATE);
    expect(formatDateTime('')).toBe(NO_DATE);
    expect(formatDateTime('not a date')).toBe(NO_DATE);
    expect(formatDate(null)).toBe(NO_DATE);
    expect(formatDay(null)).toBe(NO_DATE);
  });
});

describe("admin times in the shop's time zone", () => {
  it("binds the formatters to the shop's zone, named in every time", () => {
    const berlin = clockIn('Europe/Berlin');
    expect(berlin.dateTime('2026-12-03T14:05:00Z')).toBe('3 Dec 2026, 15:05 CET');
    expect(berlin.dateTime('2026-07-03T14:05:00Z')).toBe('3 Jul 2026, 16:05 CEST');
    expect(berlin.date('2026-12-03T23:30:00Z')).toBe('4 Dec 2026');
    expect(clockIn('UTC').dateTime('2026-12-03T14:05:00Z')).toBe('3 Dec 2026, 14:05 UTC');
  });

  it("starts a filter's day at midnight in the shop's zone, across daylight-saving changes", () => {
    expect(dayStartIn('2026-12-03', 'UTC')?.toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(dayStartIn('2026-12-03', 'Europe/Berlin')?.toISOString()).toBe('2026-12-02T23:00:00.000Z');
    expect(dayStartIn('2026-07-03', 'Europe/Berlin')?.toISOString()).toBe('2026-07-02T22:00:00.000Z');
    // the days the clocks change: midnight is still before the change
    expect(dayStartIn('2026-03-29', 'Europe/Berlin')?.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(dayStartIn('2026-10-25', 'Europe/Berlin')?.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(dayStartIn('2026-11-01', 'America/New_York')?.toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(dayStartIn('2026-12-03', 'Asia/Tokyo')?.toISOString()).toBe('2026-12-02T15:00:00.000Z');
    expect(dayStartIn('2026-02-30', 'UTC')).toBeNull();
    expect(dayStartIn('3.12.2026', 'UTC')).toBeNull();
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it("passes the shop's zone wherever an admin page prints a time (no page prints UTC by default)", async () => {
    const root = fileURLToPath(new URL('../../apps/admin/src/app/', import.meta.url));
    const files = (await readdir(root, { recursive: true })).filter((file) => /\.tsx?$/.test(file));
    const offenders: string[] = [];
    for (const file of files) {
      const source = await readFile(join(root, file), 'utf8');
      // a formatter called with one argument prints in UTC; toLocaleString of a date prints the server's zone
      for (const match of source.matchAll(/\bformatDate(?:Time)?\(([^()]*(?:\([^()]*\))?[^()]*)\)/g)) {
        if (!match[1]?.includes(',')) offenders.push(`${file}: ${match[0]}`);
      }
      for (const match of source.matchAll(/new Date\([^)]*\)\.toLocale(?:Date|Time)?String\([^)]*\)/g)) {
        offenders.push(`${file}: ${match[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('admin words', () => {
  it('tells an order’s history in sentences, naming who did it', () => {
    expect(historyLine({ machine: 'order', from: null, to: 'created', actorKind: 'publishable_key' })).toBe(
      'Order placed by a shopper on the storefront',
    );
    expect(historyLine({ machine: 'order', from: 'created', to: 'confirmed', actorKind: 'user' })).toBe(
      'Order confirmed (was placed) by a staff member',
    );
    expect(
      historyLine({ machine: 'order', from: 'confirmed', to: 'cancelled', actorKind: 'user', reason: 'Out of stock' }),
    ).toBe('Order cancelled (was confirmed) by a staff member — “Out of stock”');
    expect(historyLine({ machine: 'payment', from: null, to: 'authorized', actorKind: 'customer' })).toBe(
      'Payment authorised by the shopper',
    );
    expect(historyLine({ machine: 'payment', from: 'authorized', to: 'captured', actorKind: 'service' })).toBe(
      'Payment taken by the system',
    );
  });

  it('never shows the API’s symbols or snake_case in a history line', () => {
    const line = historyLine({
      machine: 'order',
      from: 'partially_fulfilled',
      to: 'fulfilled',
      actorKind: 'api_key',
    });
    expect(line).toBe('Order shipped (was partly shipped) by an integration (API key)');
    expect(line).not.toMatch(/[∅→_]/);
  });

  it('keeps a state or actor it does not know, made readable', () => {
    expect(orderStatusWords('ON_THE_MOON')).toBe('on the moon');
    expect(actorWords('robot_arm')).toBe('robot arm');
    expect(historyLine({ machine: 'order', from: null, to: 'teleported', actorKind: 'user' })).toBe(
      'Order teleported by a staff member',
    );
    expect(plainWords('apiKeyRateLimitTierSet')).toBe('api key rate limit tier set');
  });

  it('names statuses as a merchant says them', () => {
    expect(orderStatusWords('CREATED')).toBe('placed');
    expect(orderStatusWords('PARTIALLY_FULFILLED')).toBe('partly shipped');
    expect(paymentStatusWords('CAPTURED')).toBe('paid');
    expect(paymentStatusWords('AUTHORIZED')).toBe('authorised (not yet charged)');
  });

  it('says what an audit entry did, to what, and how it ended', () => {
    expect(actorWords('publishable_key')).toBe('a shopper on the storefront');
    expect(operationWords('apiKeyRevoke')).toBe('revoked a key');
    expect(operationWords('somethingNew')).toBe('something new');
    expect(targetWords('ApiKey')).toBe('API key');
    expect(targetWords(null)).toBe('');
    expect(outcomeWords('SUCCESS', null)).toBe('done');
    expect(outcomeWords('FAILURE', 'FORBIDDEN')).toBe('refused (forbidden)');
  });
});
