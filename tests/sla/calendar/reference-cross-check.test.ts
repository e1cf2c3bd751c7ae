import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime } from '../../../lib/sla/add-business-time';
import { businessTimeBetween } from '../../../lib/sla/business-time-between';
import { isBusinessTime } from '../../../lib/sla/is-business-time';
import { instant, randomCalendar } from './calendar-arbitraries';
import { DAY, HOUR, MINUTE, referenceAdd, referenceBetween, referenceIsBusiness } from './calendar-fixtures';

/**
 * The fast engine against the brute-force reference in `calendar-fixtures.ts` (a per-minute `Intl` walk that
 * shares no code with the engine), on random calendars and instants biased towards DST transitions.
 * The reference is slow, so spans stay within a few days.
 */
const RUNS = { numRuns: Number(process.env.CALENDAR_PROPERTY_RUNS ?? 150) };

describe('cross-check against a slow reference implementation', { timeout: 120_000 }, () => {
  it('businessTimeBetween', () => {
    fc.assert(
      fc.property(randomCalendar, instant, fc.integer({ min: 0, max: 4 * DAY }), (cal, from, span) => {
        expect(businessTimeBetween(cal, from, from + span)).toBe(referenceBetween(cal, from, from + span));
      }),
      RUNS,
    );
  });

  it('addBusinessTime', () => {
    fc.assert(
      fc.property(
        randomCalendar,
        instant,
        fc.oneof(fc.integer({ min: 1, max: 12 * HOUR }), fc.integer({ min: 1, max: 720 }).map((m) => m * MINUTE)),
        (cal, start, d) => {
          const expected = referenceAdd(cal, start, d, start + 5 * DAY);
          // Targets the reference cannot reach within its 5-day horizon are out of scope here.
          fc.pre(expected !== null);
          expect(addBusinessTime(cal, start, d)).toBe(expected);
        },
      ),
      RUNS,
    );
  });

  it('isBusinessTime', () => {
    fc.assert(
      fc.property(randomCalendar, instant, (cal, t) => {
        expect(isBusinessTime(cal, t)).toBe(referenceIsBusiness(cal, t));
      }),
      RUNS,
    );
  });
});
