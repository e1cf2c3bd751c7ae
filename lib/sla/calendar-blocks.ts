/**
 * Per-calendar interval tables, the shared core of `addBusinessTime`, `businessTimeBetween` and `isBusinessTime`.
 *
 * The time line is cut into fixed UTC blocks of `BLOCK_DAYS` days. A block holds the calendar's business intervals
 * (epoch ms, half-open, sorted, touching ones merged, clipped to the block) and their running totals. Blocks are
 * built lazily, once per calendar, and kept in a WeakMap keyed by the calendar object, because one calendar serves
 * thousands of calls: a warm call is a Map read plus a binary search, with no `Intl` work and no allocation.
 *
 * Blocks are aligned to UTC, not to local days, so finding the block of an instant needs no zone arithmetic; the
 * local days that overlap a block are converted to instants and clipped to it.
 */
import type { BusinessCalendar, Holiday, TimeWindow, Weekday } from '../policy/types';
import { localDayToInstants } from './zone-offsets';

export const DAY_MS = 86_400_000;
/** 16 days: a 2400-minute target in an 8 h/day calendar usually lands within one or two blocks. */
export const BLOCK_DAYS = 16;
export const BLOCK_MS = BLOCK_DAYS * DAY_MS;

/** Business intervals of one block: interval `i` is `[starts[i], ends[i])`; `before[i]` is the total before it. */
export interface CalendarBlock {
  // Plain arrays of doubles: as fast to read as typed arrays in V8, and built without a copy.
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly before: readonly number[];
  readonly total: number;
  /** False when the whole calendar has no window at all (weekly or workday): no block can ever hold business time. */
  readonly calendarHasWindows: boolean;
}

interface CalendarTables {
  /** Windows per weekday, Monday = 0, in minutes since local midnight. */
  weekly: Int32Array[];
  /** Workday overrides by local day number. */
  workdays: Map<number, Int32Array>;
  /** Holiday single days (and short ranges, expanded). */
  holidayDays: Set<number>;
  /** Long holiday ranges, as inclusive day-number pairs, checked linearly. */
  holidayRanges: [number, number][];
  /** False when the calendar has no window at all: then no block can hold business time. */
  hasWindows: boolean;
  blocks: Map<number, CalendarBlock>;
  /** What the tables were built from, compared shallowly on every call (see `isStale`). */
  source: {
    timeZone: string;
    weekly: BusinessCalendar['weekly'];
    days: unknown[];
    holidays: Holiday[];
    holidayCount: number;
    workdays: BusinessCalendar['workdays'];
    workdayCount: number;
  };
}

const WEEKDAY_ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const EMPTY = new Int32Array(0);
const tablesByCalendar = new WeakMap<BusinessCalendar, CalendarTables>();
/** Reused output buffer for one day's converted edges (blocks are built synchronously, one at a time). */
let scratch = new Float64Array(16);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm; no `Date`, no TZ). */
function dayNumber(iso: string): number {
  let y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** `HH:mm` → minutes since midnight (`24:00` → 1440). The policy parser has validated the shape. */
function minutes(wall: string): number {
  return Number(wall.slice(0, 2)) * 60 + Number(wall.slice(3, 5));
}

function windowsToMinutes(windows: readonly TimeWindow[]): Int32Array {
  const out = new Int32Array(windows.length * 2);
  windows.forEach(([s, e], i) => {
    out[2 * i] = minutes(s);
    out[2 * i + 1] = minutes(e);
  });
  return out;
}

/**
 * Policies are treated as immutable values (`parsePolicy` and the editor's `structuredClone` always hand out fresh
 * objects), but a calendar patched in place must never keep serving old answers. A shallow identity check of
 * everything the tables derive from costs a dozen comparisons per call and catches replaced lists, days, zones
 * and added/removed holidays or workdays. (Rewriting one window tuple in place is not detected: don't.)
 */
function isStale(tables: CalendarTables, calendar: BusinessCalendar): boolean {
  const src = tables.source;
  if (
    src.timeZone !== calendar.timeZone ||
    src.weekly !== calendar.weekly ||
    src.holidays !== calendar.holidays ||
    src.holidayCount !== calendar.holidays.length ||
    src.workdays !== calendar.workdays ||
    src.workdayCount !== calendar.workdays.length
  ) {
    return true;
  }
  for (let i = 0; i < 7; i++) if (src.days[i] !== calendar.weekly[WEEKDAY_ORDER[i]!]) return true;
  return false;
}

function tablesFor(calendar: BusinessCalendar): CalendarTables {
  let tables = tablesByCalendar.get(calendar);
  if (tables && !isStale(tables, calendar)) return tables;
  const weekly = WEEKDAY_ORDER.map((day) => windowsToMinutes(calendar.weekly[day] ?? []));
  const workdays = new Map<number, Int32Array>();
  for (const w of calendar.workdays) workdays.set(dayNumber(w.date), windowsToMinutes(w.hours));
  const holidayDays = new Set<number>();
  const holidayRanges: [number, number][] = [];
  for (const h of calendar.holidays) {
    if ('date' in h) {
      holidayDays.add(dayNumber(h.date));
    } else {
      const from = dayNumber(h.from);
      const to = dayNumber(h.to);
      // Expanding keeps the per-day check O(1); very long ranges stay as ranges to bound memory.
      if (to - from <= 400) for (let n = from; n <= to; n++) holidayDays.add(n);
      else holidayRanges.push([from, to]);
    }
  }
  const hasWindows = weekly.some((w) => w.length > 0) || [...workdays.values()].some((w) => w.length > 0);
  tables = {
    weekly,
    workdays,
    holidayDays,
    holidayRanges,
    hasWindows,
    blocks: new Map(),
    source: {
      timeZone: calendar.timeZone,
      weekly: calendar.weekly,
      days: WEEKDAY_ORDER.map((day) => calendar.weekly[day]),
      holidays: calendar.holidays,
      holidayCount: calendar.holidays.length,
      workdays: calendar.workdays,
      workdayCount: calendar.workdays.length,
    },
  };
  tablesByCalendar.set(calendar, tables);
  return tables;
}

/** The windows of local day `n`, in the precedence ENGINE.md fixes: workday override, then holiday, then weekly. */
function windowsOfDay(tables: CalendarTables, n: number): Int32Array {
  const override = tables.workdays.get(n);
  if (override) return override;
  if (tables.holidayDays.has(n)) return EMPTY;
  for (const [from, to] of tables.holidayRanges) if (n >= from && n <= to) return EMPTY;
  // 1970-01-01 (day 0) was a Thursday, index 3 with Monday = 0.
  return tables.weekly[(((n + 3) % 7) + 7) % 7] ?? EMPTY;
}

function buildBlock(calendar: BusinessCalendar, tables: CalendarTables, k: number): CalendarBlock {
  const blockStart = k * BLOCK_MS;
  const blockEnd = blockStart + BLOCK_MS;
  const starts: number[] = [];
  const ends: number[] = [];
  if (tables.hasWindows) {
    // Local day n spans the instants [n·D − 14 h, (n+1)·D + 12 h] at most; one day of slack each side covers it.
    const firstDay = k * BLOCK_DAYS - 1;
    const lastDay = (k + 1) * BLOCK_DAYS;
    for (let n = firstDay; n <= lastDay; n++) {
      const windows = windowsOfDay(tables, n);
      if (windows.length === 0) continue;
      if (scratch.length < windows.length) scratch = new Float64Array(windows.length * 2);
      localDayToInstants(calendar.timeZone, n, windows, scratch);
      for (let i = 0; i < windows.length; i += 2) {
        const s = scratch[i]!;
        const e = scratch[i + 1]!;
        const cs = Math.max(s, blockStart);
        const ce = Math.min(e, blockEnd);
        // A window wholly inside a gap collapses to nothing; clipping can empty it too.
        if (ce <= cs) continue;
        const last = ends.length - 1;
        if (last >= 0 && ends[last]! >= cs) {
          // Touching windows (12:00–13:00 then 13:00–…, or 24:00 then 00:00) merge into one interval.
          if (ce > ends[last]!) ends[last] = ce;
        } else {
          starts.push(cs);
          ends.push(ce);
        }
      }
    }
  }
  const before: number[] = [];
  let total = 0;
  for (let i = 0; i < starts.length; i++) {
    before.push(total);
    total += ends[i]! - starts[i]!;
  }
  return {
    starts,
    ends,
    before,
    total,
    calendarHasWindows: tables.hasWindows,
  };
}

/**
 * The interval table of block `k` (instants `[k·BLOCK_MS, (k+1)·BLOCK_MS)`) for `calendar`, built once and cached.
 *
 * @example
 * const block = calendarBlock(calendar, Math.floor(Date.UTC(2026, 0, 5) / BLOCK_MS));
 * block.total; // business ms inside those 16 days
 */
export function calendarBlock(calendar: BusinessCalendar, k: number): CalendarBlock {
  const tables = tablesFor(calendar);
  let block = tables.blocks.get(k);
  if (!block) {
    block = buildBlock(calendar, tables, k);
    tables.blocks.set(k, block);
  }
  return block;
}
