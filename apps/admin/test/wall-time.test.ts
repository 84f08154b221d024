import { describe, expect, it } from 'vitest';
import { dayEndIn, dayStartIn, wallTimeIn, wallTimeOf } from '../src/lib/time.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('a wall-clock time typed in the shop’s zone (wallTimeIn)', () => {
  it('is the instant with the zone’s offset on that day: Berlin in winter (CET, +1) and summer (CEST, +2)', () => {
    expect(iso(wallTimeIn('2026-12-24T09:00', 'Europe/Berlin'))).toBe('2026-12-24T08:00:00.000Z');
    expect(iso(wallTimeIn('2026-07-01T09:00', 'Europe/Berlin'))).toBe('2026-07-01T07:00:00.000Z');
    expect(iso(wallTimeIn('2026-07-01T09:00:30', 'Europe/Berlin'))).toBe('2026-07-01T07:00:30.000Z');
    // west of UTC, and across midnight: 20:00 on 31 Dec in Los Angeles is 1 Jan in UTC
    expect(iso(wallTimeIn('2026-12-31T20:00', 'America/Los_Angeles'))).toBe('2027-01-01T04:00:00.000Z');
    // a half-hour zone
    expect(iso(wallTimeIn('2026-12-24T09:00', 'Asia/Kolkata'))).toBe('2026-12-24T03:30:00.000Z');
  });

  it('is the same wall time as the instant in UTC', () => {
    expect(iso(wallTimeIn('2026-12-24T09:00', 'UTC'))).toBe('2026-12-24T09:00:00.000Z');
    expect(iso(wallTimeIn('2026-03-29T02:30'))).toBe('2026-03-29T02:30:00.000Z');
  });

  it('moves a time the spring-forward gap skips forward by the gap (02:30 on 29 Mar 2026 in Berlin is 03:30 CEST)', () => {
    expect(iso(wallTimeIn('2026-03-29T02:00', 'Europe/Berlin'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(wallTimeIn('2026-03-29T02:30', 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
    expect(wallTimeOf(wallTimeIn('2026-03-29T02:30', 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-03-29T03:30');
    // either side of the gap, the plain offsets
    expect(iso(wallTimeIn('2026-03-29T01:59', 'Europe/Berlin'))).toBe('2026-03-29T00:59:00.000Z');
    expect(iso(wallTimeIn('2026-03-29T03:00', 'Europe/Berlin'))).toBe('2026-03-29T01:00:00.000Z');
    // New York springs forward at 02:00 local (8 Mar 2026): 02:30 is 03:30 EDT
    expect(iso(wallTimeIn('2026-03-08T02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('reads a time the autumn overlap shows twice as its first occurrence (02:30 on 25 Oct 2026 in Berlin, CEST)', () => {
    expect(iso(wallTimeIn('2026-10-25T02:30', 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
    // the second 02:30 (CET) is an hour later; either side of the overlap, the plain offsets
    expect(wallTimeOf('2026-10-25T01:30:00Z', 'Europe/Berlin')).toBe('2026-10-25T02:30');
    expect(iso(wallTimeIn('2026-10-25T01:59', 'Europe/Berlin'))).toBe('2026-10-24T23:59:00.000Z');
    expect(iso(wallTimeIn('2026-10-25T03:00', 'Europe/Berlin'))).toBe('2026-10-25T02:00:00.000Z');
    expect(iso(wallTimeIn('2026-11-01T01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('is null for what is not a date and time', () => {
    for (const text of [
      '',
      null,
      undefined,
      '2026-12-24',
      '2026-12-24 09:00',
      '24.12.2026 09:00',
      '2026-02-30T09:00',
      '2026-13-01T09:00',
      '2026-12-24T24:00',
      '2026-12-24T09:60',
      'soon',
    ]) {
      expect(wallTimeIn(text, 'Europe/Berlin'), String(text)).toBeNull();
    }
  });

  it('throws for a zone Intl does not know, as the formatters do', () => {
    expect(() => wallTimeIn('2026-12-24T09:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('the wall-clock time of an instant (wallTimeOf), what a form fills back in', () => {
  it('is the time in the zone, to the minute; empty without an instant', () => {
    expect(wallTimeOf('2026-12-24T08:00:00Z', 'Europe/Berlin')).toBe('2026-12-24T09:00');
    expect(wallTimeOf(new Date('2026-07-01T07:00:45.500Z'), 'Europe/Berlin')).toBe('2026-07-01T09:00');
    expect(wallTimeOf('2027-01-01T04:00:00Z', 'America/Los_Angeles')).toBe('2026-12-31T20:00');
    expect(wallTimeOf('2026-12-24T09:00:00Z')).toBe('2026-12-24T09:00');
    expect(wallTimeOf(null, 'Europe/Berlin')).toBe('');
    expect(wallTimeOf('not a time', 'Europe/Berlin')).toBe('');
  });

  it('gives back what was typed, wherever the clock does not jump', () => {
    const zones = [
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Pacific/Auckland',
      'Asia/Kolkata',
    ];
    const times = [
      '2026-01-01T00:00',
      '2026-03-29T01:59',
      '2026-03-29T03:00',
      '2026-06-15T12:34',
      '2026-10-25T02:30',
      '2026-10-25T03:00',
      '2026-12-31T23:59',
      '2028-02-29T09:15',
    ];
    for (const timeZone of zones) {
      for (const time of times) {
        expect(wallTimeOf(wallTimeIn(time, timeZone), timeZone), `${time} in ${timeZone}`).toBe(time);
      }
    }
  });
});

describe('the end of a day in the shop’s zone (dayEndIn), what a gift card’s expiry day means', () => {
  it('is the last millisecond before the next day starts there', () => {
    expect(iso(dayEndIn('2027-12-31', 'Europe/Berlin'))).toBe('2027-12-31T22:59:59.999Z');
    expect(iso(dayEndIn('2027-07-31', 'Europe/Berlin'))).toBe('2027-07-31T21:59:59.999Z');
    expect(iso(dayEndIn('2027-12-31', 'UTC'))).toBe('2027-12-31T23:59:59.999Z');
    expect(iso(dayEndIn('2027-12-31', 'America/Los_Angeles'))).toBe('2028-01-01T07:59:59.999Z');
    // a 23-hour day (spring forward) ends where the next begins
    expect(dayEndIn('2026-03-29', 'Europe/Berlin')!.getTime() + 1).toBe(
      dayStartIn('2026-03-30', 'Europe/Berlin')!.getTime(),
    );
    expect(dayEndIn('2026-02-30', 'Europe/Berlin')).toBeNull();
    expect(dayEndIn('', 'Europe/Berlin')).toBeNull();
  });
});
