/**
 * fast-check generators for random calendars and instants. Edges and instants are biased towards DST transitions,
 * because that is where the wall-clock rules bite.
 */
import fc from 'fast-check';
import type { BusinessCalendar, Holiday, TimeWindow, Weekday, Workday } from '../../../lib/policy/types';
import { DAY, HOUR, MINUTE } from './calendar-fixtures';

export const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  'Asia/Shanghai',
  'Asia/Kolkata',
  'Australia/Lord_Howe', // 30-minute DST shift
  'Pacific/Chatham', // +12:45 / +13:45
  'America/St_Johns', // −03:30 / −02:30
  'America/Santiago', // southern-hemisphere DST at midnight
] as const;

/** DST transitions of the zones above in 2026 (approximate to the hour is enough: instants are jittered). */
export const TRANSITIONS = [
  '2026-03-08T07:00Z', // New York forward
  '2026-11-01T06:00Z', // New York back
  '2026-03-29T01:00Z', // London forward
  '2026-10-25T01:00Z', // London back
  '2026-04-04T16:00Z', // Sydney back
  '2026-10-03T16:00Z', // Sydney forward
  '2026-04-04T15:00Z', // Lord Howe back
  '2026-10-03T15:30Z', // Lord Howe forward
  '2026-04-04T14:00Z', // Chatham back
  '2026-09-26T14:00Z', // Chatham forward
  '2026-04-05T03:00Z', // Santiago back
  '2026-09-06T04:00Z', // Santiago forward
].map((iso) => Date.parse(iso));

export const RANGE_FROM = Date.parse('2025-12-01T00:00Z');
export const RANGE_TO = Date.parse('2027-02-01T00:00Z');

const pad = (n: number) => String(n).padStart(2, '0');
const wall = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
const isoDate = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A window edge in minutes: anywhere, or on a quarter hour between 00:00 and 04:00 (where transitions happen). */
const edge = fc.oneof(
  fc.integer({ min: 0, max: 1440 }),
  fc.integer({ min: 0, max: 16 }).map((q) => q * 15),
  fc.constantFrom(0, 540, 720, 780, 1020, 1080, 1440),
);

/** The sorted, non-overlapping (possibly touching) windows of one day. */
export const dayWindows: fc.Arbitrary<TimeWindow[]> = fc
  .array(edge, { maxLength: 6 })
  .map((edges) => {
    const sorted = [...new Set(edges)].sort((a, b) => a - b);
    const windows: TimeWindow[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) windows.push([wall(sorted[i]!), wall(sorted[i + 1]!)]);
    return windows;
  });

const dateInRange = fc.integer({ min: 0, max: Math.floor((RANGE_TO - RANGE_FROM) / DAY) }).map((d) => RANGE_FROM + d * DAY);

const holiday: fc.Arbitrary<Holiday> = fc.oneof(
  dateInRange.map((d) => ({ date: isoDate(d) })),
  fc.tuple(dateInRange, fc.integer({ min: 0, max: 12 })).map(([d, len]) => ({ from: isoDate(d), to: isoDate(d + len * DAY) })),
);

const workday: fc.Arbitrary<Workday> = fc
  .tuple(dateInRange, dayWindows.filter((w) => w.length > 0))
  .map(([d, hours]) => ({ date: isoDate(d), hours }));

/** A random calendar in the shape `parsePolicy` produces (no holiday/workday clash, workday dates unique). */
export const randomCalendar: fc.Arbitrary<BusinessCalendar> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    weekly: fc.record<Record<Weekday, TimeWindow[]>>({
      mon: dayWindows,
      tue: dayWindows,
      wed: dayWindows,
      thu: dayWindows,
      fri: dayWindows,
      sat: dayWindows,
      sun: dayWindows,
    }),
    holidays: fc.array(holiday, { maxLength: 4 }),
    workdays: fc.uniqueArray(workday, { maxLength: 3, selector: (w) => w.date }),
  })
  .map(({ timeZone, weekly, holidays, workdays }) => {
    const isHoliday = (date: string) =>
      holidays.some((h) => ('date' in h ? h.date === date : h.from <= date && date <= h.to));
    return {
      id: 'random',
      name: 'Random calendar',
      timeZone,
      weekly,
      holidays,
      workdays: workdays.filter((w) => !isHoliday(w.date)),
    };
  });

/** An instant in the test range: uniform, or within a day of a DST transition, at ms or minute precision. */
export const instant: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: RANGE_FROM, max: RANGE_TO }),
  fc
    .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -24 * 60, max: 24 * 60 }))
    .map(([t, m]) => t + m * MINUTE),
  fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -DAY, max: DAY })).map(([t, d]) => t + d),
);

/** A business-time duration: small, minute-aligned, or up to two weeks of hours. */
export const duration: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 10 * MINUTE }),
  fc.integer({ min: 0, max: 3000 }).map((m) => m * MINUTE),
  fc.integer({ min: 0, max: 14 * 24 * HOUR }),
);
