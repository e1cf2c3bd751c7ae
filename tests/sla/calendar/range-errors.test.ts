import { describe, expect, it } from 'vitest';
import { addBusinessTime } from '../../../lib/sla/add-business-time';
import { businessTimeBetween } from '../../../lib/sla/business-time-between';
import { HOUR, MINUTE, at, calendar } from './calendar-fixtures';

const office = calendar('UTC', [['09:00', '17:00']]);
const closed = calendar('Europe/Paris', [], { days: [] });
const start = at('2026-01-05T10:00Z');

describe('addBusinessTime refuses impossible requests with a RangeError', () => {
  it('a negative duration', () => {
    expect(() => addBusinessTime(office, start, -1)).toThrow(RangeError);
    expect(() => addBusinessTime('24x7', start, -1)).toThrow(RangeError);
  });
  it('a NaN duration', () => {
    expect(() => addBusinessTime(office, start, Number.NaN)).toThrow(RangeError);
  });
  it('an infinite duration', () => {
    expect(() => addBusinessTime(office, start, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
  it('a calendar with no business time at all', () => {
    expect(() => addBusinessTime(closed, start, 1)).toThrow(RangeError);
    expect(businessTimeBetween(closed, start, start + 3650 * 24 * HOUR)).toBe(0);
  });
  it('a calendar whose only business time is in the past', () => {
    const pastOnly = calendar('UTC', [], { days: [], workdays: [{ date: '2025-06-02', hours: [['09:00', '17:00']] }] });
    expect(() => addBusinessTime(pastOnly, start, MINUTE)).toThrow(RangeError);
  });
  it('business time that only appears more than ten years ahead', () => {
    const farAway = calendar('UTC', [], { days: [], workdays: [{ date: '2036-03-02', hours: [['09:00', '17:00']] }] });
    expect(() => addBusinessTime(farAway, start, MINUTE)).toThrow(RangeError);
    expect(businessTimeBetween(farAway, start, at('2037-01-01T00:00Z'))).toBe(8 * HOUR);
  });
  it('a target that needs more than ten years to accumulate', () => {
    // One minute a week: ten years hold about 521 minutes.
    const trickle = calendar('UTC', [], { weekly: { wed: [['12:00', '12:01']] } });
    expect(() => addBusinessTime(trickle, start, 600 * MINUTE)).toThrow(RangeError);
    expect(addBusinessTime(trickle, start, 500 * MINUTE)).toBeGreaterThan(start);
  });
});

describe('what is not an error', () => {
  it('a zero duration returns start, even on a calendar with no business time', () => {
    expect(addBusinessTime(closed, start, 0)).toBe(start);
  });
  it('business time nine and a half years ahead is still reached', () => {
    const nearlyTen = calendar('UTC', [], { days: [], workdays: [{ date: '2035-07-02', hours: [['09:00', '17:00']] }] });
    expect(addBusinessTime(nearlyTen, start, HOUR)).toBe(at('2035-07-02T10:00Z'));
  });
  it('a one-year target on a normal calendar', () => {
    // 525600 minutes (the policy maximum) of 8-hour days: 1095 weekdays.
    const t = addBusinessTime(office, start, 525_600 * MINUTE);
    expect(businessTimeBetween(office, start, t)).toBe(525_600 * MINUTE);
  });
  it('businessTimeBetween with to ≤ from is zero, not an error', () => {
    expect(businessTimeBetween(office, start, start - HOUR)).toBe(0);
    expect(businessTimeBetween(closed, start, start)).toBe(0);
  });
});
