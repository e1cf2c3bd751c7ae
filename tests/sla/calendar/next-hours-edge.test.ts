import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessTimeBetween } from '../../../lib/sla/business-time-between';
import { isBusinessTime } from '../../../lib/sla/is-business-time';
import { nextHoursEdge } from '../../../lib/sla/next-hours-edge';
import { instant, randomCalendar } from './calendar-arbitraries';
import { at, calendar, DAY } from './calendar-fixtures';

const RUNS = { numRuns: Number(process.env.CALENDAR_PROPERTY_RUNS ?? 300) };

describe('nextHoursEdge: where business hours next start or end', () => {
  const office = calendar('America/New_York', [
    ['09:00', '12:00'],
    ['13:00', '17:00'],
  ]);

  it.each([
    ['inside a window: its end', '2026-03-06T10:00-05:00', '2026-03-06T12:00-05:00'],
    ['at a window start (business time): its end', '2026-03-06T09:00-05:00', '2026-03-06T12:00-05:00'],
    ['at a window end (not business time): the next start', '2026-03-06T12:00-05:00', '2026-03-06T13:00-05:00'],
    ['over lunch: the afternoon start', '2026-03-06T12:30-05:00', '2026-03-06T13:00-05:00'],
    ['Friday evening: Monday morning', '2026-03-06T17:00-05:00', '2026-03-09T09:00-04:00'],
    ['across the spring-forward weekend', '2026-03-07T12:00-05:00', '2026-03-09T09:00-04:00'],
  ])('%s', (_name, from, expected) => {
    expect(nextHoursEdge(office, at(from))).toBe(at(expected));
  });

  it("'24x7' never changes, and a calendar with no window ahead answers Infinity", () => {
    expect(nextHoursEdge('24x7', at('2026-03-06T10:00Z'))).toBe(Infinity);
    const closed = calendar('UTC', [], { days: [] });
    expect(nextHoursEdge(closed, at('2026-03-06T10:00Z'))).toBe(Infinity);
  });

  it('isBusinessTime is constant from t up to the edge, and the edge is business time exactly when t is not', () => {
    fc.assert(
      fc.property(randomCalendar, instant, (cal, t) => {
        const edge = nextHoursEdge(cal, t);
        expect(edge).toBeGreaterThan(t);
        const inside = isBusinessTime(cal, t);
        const span = (Number.isFinite(edge) ? edge : t + 16 * DAY) - t;
        // Constant on [t, edge): all of it is business time, or none of it.
        expect(businessTimeBetween(cal, t, t + span)).toBe(inside ? span : 0);
        // Windows that touch across a block boundary may make the edge early, never late: the state after it is
        // either flipped or the same window continuing.
        if (Number.isFinite(edge) && isBusinessTime(cal, edge) === inside) expect(edge % (16 * DAY)).toBe(0);
      }),
      RUNS,
    );
  });
});
