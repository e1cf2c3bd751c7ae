import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../../../lib/policy/types';
import { addBusinessTime } from '../../../lib/sla/add-business-time';
import { businessTimeBetween } from '../../../lib/sla/business-time-between';
import { isBusinessTime } from '../../../lib/sla/is-business-time';
import { duration, instant, randomCalendar } from './calendar-arbitraries';
import { DAY } from './calendar-fixtures';

const RUNS = { numRuns: Number(process.env.CALENDAR_PROPERTY_RUNS ?? 300) };
const TEN_YEARS = 3653 * DAY;

/** addBusinessTime, or null when it (legitimately) cannot reach the target within ten years. */
function tryAdd(cal: BusinessCalendar, start: number, d: number): number | null {
  try {
    return addBusinessTime(cal, start, d);
  } catch (error) {
    expect(error).toBeInstanceOf(RangeError);
    // Only allowed when the calendar really lacks that much business time in the horizon.
    expect(businessTimeBetween(cal, start, start + TEN_YEARS)).toBeLessThan(d);
    return null;
  }
}

describe('calendar invariants on random calendars (ENGINE.md "Invariants")', { timeout: 120_000 }, () => {
  it('round trip: businessTimeBetween(c, a, addBusinessTime(c, a, d)) === d', () => {
    fc.assert(
      fc.property(randomCalendar, instant, duration, (cal, a, d) => {
        const t = tryAdd(cal, a, d);
        if (t === null) return;
        expect(t).toBeGreaterThanOrEqual(a);
        expect(businessTimeBetween(cal, a, t)).toBe(d);
      }),
      RUNS,
    );
  });

  it('addBusinessTime returns the EARLIEST such instant', () => {
    fc.assert(
      fc.property(randomCalendar, instant, duration, (cal, a, d) => {
        fc.pre(d > 0);
        const t = tryAdd(cal, a, d);
        if (t === null) return;
        expect(businessTimeBetween(cal, a, t - 1)).toBeLessThan(d);
        // The last millisecond before t is business time (the target is reached at the end of a business ms).
        expect(isBusinessTime(cal, t - 1)).toBe(true);
      }),
      RUNS,
    );
  });

  it('addBusinessTime is monotonic in the duration', () => {
    fc.assert(
      fc.property(randomCalendar, instant, duration, duration, (cal, a, d1, d2) => {
        const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const tHi = tryAdd(cal, a, hi);
        if (tHi === null) return;
        expect(addBusinessTime(cal, a, lo)).toBeLessThanOrEqual(tHi);
      }),
      RUNS,
    );
  });

  it('addBusinessTime is monotonic in the start', () => {
    fc.assert(
      fc.property(randomCalendar, instant, instant, duration, (cal, s1, s2, d) => {
        const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const tHi = tryAdd(cal, hi, d);
        if (tHi === null) return;
        const tLo = tryAdd(cal, lo, d);
        if (tLo === null) return;
        expect(tLo).toBeLessThanOrEqual(tHi);
      }),
      RUNS,
    );
  });

  it('additivity: btb(a, b) + btb(b, e) === btb(a, e) for a ≤ b ≤ e', () => {
    fc.assert(
      fc.property(randomCalendar, instant, instant, instant, (cal, x, y, z) => {
        const [a, b, e] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        expect(businessTimeBetween(cal, a, b) + businessTimeBetween(cal, b, e)).toBe(businessTimeBetween(cal, a, e));
      }),
      RUNS,
    );
  });

  it('businessTimeBetween lies within [0, to − from] and is 0 when to ≤ from', () => {
    fc.assert(
      fc.property(randomCalendar, instant, instant, (cal, a, b) => {
        const v = businessTimeBetween(cal, a, b);
        if (b <= a) expect(v).toBe(0);
        else {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(b - a);
        }
      }),
      RUNS,
    );
  });

  it('isBusinessTime(t) agrees with businessTimeBetween(t, t + 1) === 1', () => {
    fc.assert(
      fc.property(randomCalendar, instant, (cal, t) => {
        expect(isBusinessTime(cal, t)).toBe(businessTimeBetween(cal, t, t + 1) === 1);
      }),
      RUNS,
    );
  });

  it("'24x7' satisfies the same invariants trivially", () => {
    fc.assert(
      fc.property(instant, duration, (a, d) => {
        expect(addBusinessTime('24x7', a, d)).toBe(a + d);
        expect(businessTimeBetween('24x7', a, a + d)).toBe(d);
        expect(isBusinessTime('24x7', a)).toBe(true);
      }),
      RUNS,
    );
  });
});
