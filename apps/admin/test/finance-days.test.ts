import { describe, expect, it } from 'vitest';
import { todayIn, yearStartOf } from '../src/app/(portal)/finance/shop-day.ts';

describe("the finance pages' default days", () => {
  it("are the shop's calendar day, not the server's UTC one", () => {
    // 23:30 UTC on 31 Dec: already 1 Jan (12:30 NZDT) in Auckland, still 31 Dec in Los Angeles
    const now = new Date('2026-12-31T23:30:00Z');
    expect(todayIn('Pacific/Auckland', now)).toBe('2027-01-01');
    expect(yearStartOf(todayIn('Pacific/Auckland', now))).toBe('2027-01-01');
    expect(todayIn('UTC', now)).toBe('2026-12-31');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-12-31');
    // 10:30 UTC: still the previous day in Honolulu (UTC−10 at 00:30)
    expect(todayIn('Pacific/Honolulu', new Date('2026-06-01T09:30:00Z'))).toBe('2026-05-31');
  });

  it('fall back to the UTC day for a zone Intl does not know', () => {
    expect(todayIn('Mars/Olympus_Mons', new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
