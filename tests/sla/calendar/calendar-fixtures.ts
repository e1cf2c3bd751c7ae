/**
 * Shared builders for the calendar-arithmetic tests, and a slow, obviously-correct reference implementation of
 * ENGINE.md's "Calendar arithmetic" to cross-check the fast engine against.
 */
import type { BusinessCalendar, Holiday, TimeWindow, Weekday, Workday } from '../../../lib/policy/types';

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
export const DAY = 86_400_000;
const STEP = 15 * 60_000;

/** `Date.parse` of an ISO string that carries its own offset, so the value never depends on the process TZ. */
export const at = (iso: string): number => {
  if (!/(Z|[+-]\d\d:\d\d)$/.test(iso)) throw new Error(`test instant needs an explicit offset: ${iso}`);
  return Date.parse(iso);
};

const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

let nextId = 0;

/** A calendar with the same windows Mon–Fri (or on the days given) and nothing else unless overridden. */
export function calendar(
  timeZone: string,
  windows: TimeWindow[],
  options: {
    days?: Weekday[];
    weekly?: Partial<Record<Weekday, TimeWindow[]>>;
    holidays?: Holiday[];
    workdays?: Workday[];
  } = {},
): BusinessCalendar {
  const days = options.days ?? ['mon', 'tue', 'wed', 'thu', 'fri'];
  const weekly = Object.fromEntries(
    DAYS.map((d) => [d, options.weekly?.[d] ?? (days.includes(d) ? windows : [])]),
  ) as Record<Weekday, TimeWindow[]>;
  nextId += 1;
  return {
    id: `test-${nextId}`,
    name: `Test calendar ${nextId}`,
    timeZone,
    weekly,
    holidays: options.holidays ?? [],
    workdays: options.workdays ?? [],
  };
}

/** Every day of the week has these windows. */
export const everyDay = (timeZone: string, windows: TimeWindow[]): BusinessCalendar =>
  calendar(timeZone, windows, { days: [...DAYS] });

// ---------------------------------------------------------------------------------------------------------------
// Reference implementation.
//
// It shares no code with the engine and uses a different, brute-force definition of the wall-clock rule:
// a wall time L becomes the FIRST instant (on a one-minute grid) whose local wall clock reads L or later. That one
// sentence gives both ENGINE.md rules at once: inside a gap no instant reads L, so the first one reading later is
// the end of the gap; inside an overlap two instants read L, and the first is the earlier one. Wall clocks are read
// from Intl at every quarter hour of UTC and run linearly in between, so it is slow and only looks at a bounded range.
// (Valid for zones whose offsets and transitions fall on UTC quarter hours — every zone in the test lists.)
// ---------------------------------------------------------------------------------------------------------------

const wallFormats = new Map<string, Intl.DateTimeFormat>();
const wallMemo = new Map<string, Map<number, number>>();

/** The wall clock (as ms since 1970-01-01T00:00 local) that `timeZone` shows at instant `t`. */
export function wallClock(timeZone: string, t: number): number {
  let memo = wallMemo.get(timeZone);
  if (!memo) wallMemo.set(timeZone, (memo = new Map()));
  const hit = memo.get(t);
  if (hit !== undefined) return hit;
  let f = wallFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallFormats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, x.value]));
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour! % 24, +p.minute!, +p.second!);
  memo.set(t, wall);
  return wall;
}

const isoDate = (dayStartUtc: number): string => new Date(dayStartUtc).toISOString().slice(0, 10);
const wallMinutes = (s: string): number => +s.slice(0, 2) * 60 + +s.slice(3, 5);

/** The windows of one local date, straight from the rule: workday override → holiday → weekly. */
export function referenceWindows(cal: BusinessCalendar, date: string): TimeWindow[] {
  const workday = cal.workdays.find((w) => w.date === date);
  if (workday) return workday.hours;
  const holiday = cal.holidays.some((h) => ('date' in h ? h.date === date : h.from <= date && date <= h.to));
  if (holiday) return [];
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return cal.weekly[DAYS[(dow + 6) % 7]!];
}

/** Business intervals (epoch ms, half-open) of every local date whose windows may touch `[from, to)`. */
export function referenceIntervals(cal: BusinessCalendar, from: number, to: number): [number, number][] {
  // Local dates whose instants can fall in [from, to): offsets lie within −12 h … +14 h, so a date's instants lie
  // within [date − 14 h, date + 36 h]. Pad a little more on both sides.
  const firstDate = Math.floor((from - 40 * HOUR) / DAY) * DAY;
  const lastDate = Math.floor((to + 16 * HOUR) / DAY) * DAY;
  // A quarter-hour grid wide enough that every candidate instant of every edge of those dates is on it.
  const gridFrom = Math.floor((firstDate - 16 * HOUR) / STEP) * STEP;
  const gridTo = Math.ceil((lastDate + DAY + 16 * HOUR) / STEP) * STEP;
  const grid: number[] = [];
  const walls: number[] = [];
  for (let t = gridFrom; t <= gridTo; t += STEP) {
    grid.push(t);
    walls.push(wallClock(cal.timeZone, t));
  }
  // First instant whose wall clock reads `wall` or later. Between grid points the clock runs linearly (no
  // transition inside a quarter hour), so segment i reads [walls[i], walls[i] + STEP).
  const toInstant = (wall: number): number => {
    for (let i = 0; i < grid.length - 1; i++) {
      if (walls[i]! + STEP > wall) {
        if (i === 0) throw new Error('reference grid too small');
        return grid[i]! + Math.max(0, wall - walls[i]!);
      }
    }
    throw new Error('reference grid too small');
  };
  const out: [number, number][] = [];
  for (let d = firstDate; d <= lastDate; d += DAY) {
    for (const [s, e] of referenceWindows(cal, isoDate(d))) {
      const start = toInstant(d + wallMinutes(s) * MINUTE);
      const end = toInstant(d + wallMinutes(e) * MINUTE);
      if (end > start) out.push([start, end]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Business ms in `[from, to)` by summing interval overlaps. */
export function referenceBetween(cal: BusinessCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  let sum = 0;
  for (const [s, e] of referenceIntervals(cal, from, to)) sum += Math.max(0, Math.min(e, to) - Math.max(s, from));
  return sum;
}

/** Earliest t ≥ start with `duration` business ms in `[start, t)`, searching up to `horizon`; null if not found. */
export function referenceAdd(cal: BusinessCalendar, start: number, duration: number, horizon: number): number | null {
  if (duration === 0) return start;
  let need = duration;
  for (const [s, e] of referenceIntervals(cal, start, horizon)) {
    const from = Math.max(s, start);
    if (e <= from) continue;
    if (e - from >= need) return from + need;
    need -= e - from;
  }
  return null;
}

export function referenceIsBusiness(cal: BusinessCalendar, t: number): boolean {
  return referenceIntervals(cal, t, t + 1).some(([s, e]) => s <= t && t < e);
}
