import { describe, expect, it } from 'vitest';
import { addBusinessTime } from '../../../lib/sla/add-business-time';
import { businessTimeBetween } from '../../../lib/sla/business-time-between';
import { isBusinessTime } from '../../../lib/sla/is-business-time';
import type { TimeWindow } from '../../../lib/policy/types';
import { HOUR, MINUTE, at, calendar, everyDay } from './calendar-fixtures';

/**
 * Each row: a zone, a local date, one window that day, and where ENGINE.md says the window's edges land.
 * Expected instants are written with explicit offsets, so they are independent of the process TZ.
 *   gap (spring forward): an edge inside it moves to the first instant after the gap;
 *   overlap (fall back):  an edge inside it takes the earlier instant;
 *   business time is real elapsed time.
 */
const rows: [name: string, zone: string, date: string, window: TimeWindow, start: string, end: string, hours: number][] = [
  // America/New_York: 2026-03-08 02:00 EST → 03:00 EDT; 2026-11-01 02:00 EDT → 01:00 EST.
  ['NY spring forward: 01:00–04:00 holds 2 h', 'America/New_York', '2026-03-08', ['01:00', '04:00'], '2026-03-08T01:00-05:00', '2026-03-08T04:00-04:00', 2],
  ['NY spring forward: a start in the gap moves to 03:00', 'America/New_York', '2026-03-08', ['02:30', '05:00'], '2026-03-08T03:00-04:00', '2026-03-08T05:00-04:00', 2],
  ['NY spring forward: an end in the gap moves to 03:00', 'America/New_York', '2026-03-08', ['00:00', '02:30'], '2026-03-08T00:00-05:00', '2026-03-08T03:00-04:00', 2],
  ['NY spring forward: an edge exactly at 02:00 is in the gap', 'America/New_York', '2026-03-08', ['02:00', '04:00'], '2026-03-08T03:00-04:00', '2026-03-08T04:00-04:00', 1],
  ['NY spring forward: a window wholly in the gap is empty', 'America/New_York', '2026-03-08', ['02:10', '02:50'], '2026-03-08T03:00-04:00', '2026-03-08T03:00-04:00', 0],
  ['NY spring forward: 09:00–17:00 is unaffected', 'America/New_York', '2026-03-08', ['09:00', '17:00'], '2026-03-08T09:00-04:00', '2026-03-08T17:00-04:00', 8],
  ['NY spring forward: 00:00–24:00 holds 23 h', 'America/New_York', '2026-03-08', ['00:00', '24:00'], '2026-03-08T00:00-05:00', '2026-03-09T00:00-04:00', 23],
  ['NY fall back: 01:00–04:00 holds 4 h', 'America/New_York', '2026-11-01', ['01:00', '04:00'], '2026-11-01T01:00-04:00', '2026-11-01T04:00-05:00', 4],
  ['NY fall back: a start in the overlap takes the earlier 01:30', 'America/New_York', '2026-11-01', ['01:30', '05:00'], '2026-11-01T01:30-04:00', '2026-11-01T05:00-05:00', 4.5],
  ['NY fall back: an end in the overlap takes the earlier 01:30', 'America/New_York', '2026-11-01', ['00:00', '01:30'], '2026-11-01T00:00-04:00', '2026-11-01T01:30-04:00', 1.5],
  ['NY fall back: both edges in the overlap', 'America/New_York', '2026-11-01', ['01:15', '01:45'], '2026-11-01T01:15-04:00', '2026-11-01T01:45-04:00', 0.5],
  ['NY fall back: an end at 02:00 is after the overlap', 'America/New_York', '2026-11-01', ['01:00', '02:00'], '2026-11-01T01:00-04:00', '2026-11-01T02:00-05:00', 2],
  ['NY fall back: 00:00–24:00 holds 25 h', 'America/New_York', '2026-11-01', ['00:00', '24:00'], '2026-11-01T00:00-04:00', '2026-11-02T00:00-05:00', 25],
  // Europe/London: 2026-03-29 01:00 GMT → 02:00 BST; 2026-10-25 02:00 BST → 01:00 GMT.
  ['London spring forward: 00:00–03:00 holds 2 h', 'Europe/London', '2026-03-29', ['00:00', '03:00'], '2026-03-29T00:00Z', '2026-03-29T03:00+01:00', 2],
  ['London spring forward: 01:00–04:00 holds 2 h (01:00 is in the gap)', 'Europe/London', '2026-03-29', ['01:00', '04:00'], '2026-03-29T02:00+01:00', '2026-03-29T04:00+01:00', 2],
  ['London spring forward: a start in the gap moves to 02:00 BST', 'Europe/London', '2026-03-29', ['01:30', '03:00'], '2026-03-29T02:00+01:00', '2026-03-29T03:00+01:00', 1],
  ['London fall back: 01:00–04:00 holds 4 h', 'Europe/London', '2026-10-25', ['01:00', '04:00'], '2026-10-25T01:00+01:00', '2026-10-25T04:00Z', 4],
  ['London fall back: 01:30–02:00 holds 1.5 h', 'Europe/London', '2026-10-25', ['01:30', '02:00'], '2026-10-25T01:30+01:00', '2026-10-25T02:00Z', 1.5],
  // Australia/Sydney: 2026-04-05 03:00 AEDT → 02:00 AEST; 2026-10-04 02:00 AEST → 03:00 AEDT.
  ['Sydney fall back: 01:00–04:00 holds 4 h', 'Australia/Sydney', '2026-04-05', ['01:00', '04:00'], '2026-04-05T01:00+11:00', '2026-04-05T04:00+10:00', 4],
  ['Sydney fall back: a start in the overlap takes the earlier 02:30', 'Australia/Sydney', '2026-04-05', ['02:30', '09:00'], '2026-04-05T02:30+11:00', '2026-04-05T09:00+10:00', 7.5],
  ['Sydney spring forward: 01:00–04:00 holds 2 h', 'Australia/Sydney', '2026-10-04', ['01:00', '04:00'], '2026-10-04T01:00+10:00', '2026-10-04T04:00+11:00', 2],
  ['Sydney spring forward: a start in the gap moves to 03:00', 'Australia/Sydney', '2026-10-04', ['02:30', '09:00'], '2026-10-04T03:00+11:00', '2026-10-04T09:00+11:00', 6],
  // Asia/Shanghai has no DST: the same windows on the same dates hold their wall-clock length.
  ['Shanghai (no DST) on NY spring-forward day: 01:00–04:00 holds 3 h', 'Asia/Shanghai', '2026-03-08', ['01:00', '04:00'], '2026-03-08T01:00+08:00', '2026-03-08T04:00+08:00', 3],
  ['Shanghai (no DST) on Sydney spring-forward day: 02:30–09:00 holds 6.5 h', 'Asia/Shanghai', '2026-10-04', ['02:30', '09:00'], '2026-10-04T02:30+08:00', '2026-10-04T09:00+08:00', 6.5],
  ['Shanghai (no DST) on London fall-back day: 01:00–04:00 holds 3 h', 'Asia/Shanghai', '2026-10-25', ['01:00', '04:00'], '2026-10-25T01:00+08:00', '2026-10-25T04:00+08:00', 3],
  // Australia/Lord_Howe shifts by 30 minutes: 2026-10-04 02:00 → 02:30.
  ['Lord Howe spring forward: 01:00–04:00 holds 2.5 h', 'Australia/Lord_Howe', '2026-10-04', ['01:00', '04:00'], '2026-10-04T01:00+10:30', '2026-10-04T04:00+11:00', 2.5],
  ['Lord Howe spring forward: a start at 02:15 moves to 02:30', 'Australia/Lord_Howe', '2026-10-04', ['02:15', '04:00'], '2026-10-04T02:30+11:00', '2026-10-04T04:00+11:00', 1.5],
  // America/Santiago changes at midnight: 2026-09-06 00:00 → 01:00 (the date starts at 01:00), and
  // 2026-04-05 00:00 → 2026-04-04 23:00 (Saturday's last hour happens twice).
  ['Santiago spring forward: midnight is in the gap, 00:00–02:00 holds 1 h', 'America/Santiago', '2026-09-06', ['00:00', '02:00'], '2026-09-06T01:00-03:00', '2026-09-06T02:00-03:00', 1],
  ['Santiago spring forward: 22:00–24:00 the evening before holds 2 h', 'America/Santiago', '2026-09-05', ['22:00', '24:00'], '2026-09-05T22:00-04:00', '2026-09-06T01:00-03:00', 2],
  ['Santiago fall back: 23:00–24:00 takes the earlier 23:00 and holds 2 h', 'America/Santiago', '2026-04-04', ['23:00', '24:00'], '2026-04-04T23:00-03:00', '2026-04-05T00:00-04:00', 2],
  ['Santiago fall back: 00:00–01:00 the next day holds 1 h', 'America/Santiago', '2026-04-05', ['00:00', '01:00'], '2026-04-05T00:00-04:00', '2026-04-05T01:00-04:00', 1],
];

describe.each(rows)('%s', (_name, zone, date, window, startIso, endIso, hours) => {
  // Only that date has business time (a workday on an otherwise closed calendar), so neighbours never interfere.
  const cal = calendar(zone, [], { days: [], workdays: [{ date, hours: [window] }] });
  const start = at(startIso);
  const end = at(endIso);

  it(`holds ${hours} h`, () => {
    expect(businessTimeBetween(cal, start - 2 * 24 * HOUR, end + 2 * 24 * HOUR)).toBe(hours * HOUR);
    expect(end - start).toBe(hours * HOUR);
  });

  if (hours > 0) {
    it('opens at the expected instant', () => {
      expect(isBusinessTime(cal, start - 1)).toBe(false);
      expect(isBusinessTime(cal, start)).toBe(true);
      expect(addBusinessTime(cal, start - 1, 1)).toBe(start + 1);
      expect(addBusinessTime(cal, start - 2 * 24 * HOUR, 1)).toBe(start + 1);
    });
    it('closes at the expected instant', () => {
      expect(isBusinessTime(cal, end - 1)).toBe(true);
      expect(isBusinessTime(cal, end)).toBe(false);
      expect(addBusinessTime(cal, start, hours * HOUR)).toBe(end);
    });
  } else {
    it('is never business time', () => {
      expect(isBusinessTime(cal, start)).toBe(false);
      expect(businessTimeBetween(cal, start - 3 * HOUR, start + 3 * HOUR)).toBe(0);
    });
  }
});

describe('office hours across DST weekends', () => {
  it('New York: Friday 16:00 EST + 2 h is Monday 10:00 EDT', () => {
    const ny = calendar('America/New_York', [['09:00', '17:00']]);
    expect(addBusinessTime(ny, at('2026-03-06T16:00-05:00'), 2 * HOUR)).toBe(at('2026-03-09T10:00-04:00'));
    expect(businessTimeBetween(ny, at('2026-03-02T00:00-05:00'), at('2026-03-16T00:00-04:00'))).toBe(80 * HOUR);
  });
  it('London: Friday 16:00 BST + 2 h is Monday 10:00 GMT', () => {
    const london = calendar('Europe/London', [['09:00', '17:00']]);
    expect(addBusinessTime(london, at('2026-10-23T16:00+01:00'), 2 * HOUR)).toBe(at('2026-10-26T10:00Z'));
  });
  it('Sydney: Friday 16:00 AEST + 2 h is Monday 10:00 AEDT', () => {
    const sydney = calendar('Australia/Sydney', [['09:00', '17:00']]);
    expect(addBusinessTime(sydney, at('2026-10-02T16:00+10:00'), 2 * HOUR)).toBe(at('2026-10-05T10:00+11:00'));
  });
  it('adding across the 01:00–04:00 spring-forward window counts 2 h of it', () => {
    const ny = everyDay('America/New_York', [['01:00', '04:00']]);
    // Sat 7 Mar 03:00 EST + 1 h (to 04:00) + 2 h (all of Sunday's window) + 30 min on Monday.
    expect(addBusinessTime(ny, at('2026-03-07T03:00-05:00'), 3.5 * HOUR)).toBe(at('2026-03-09T01:30-04:00'));
  });
});
