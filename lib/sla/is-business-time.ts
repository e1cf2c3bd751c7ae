import type { CalendarRef } from './types';
import { BLOCK_MS, calendarBlock } from './calendar-blocks';

/**
 * Whether the instant `at` lies inside one of the calendar's (half-open) windows: a window's start is business
 * time, its end is not. `'24x7'` is always business time. Agrees with `businessTimeBetween(c, at, at + 1) === 1`.
 *
 * @example
 * // Mon–Fri 09:00–17:00 UTC
 * isBusinessTime(officeUtc, Date.parse('2026-01-09T09:00Z')); // true
 * isBusinessTime(officeUtc, Date.parse('2026-01-09T17:00Z')); // false
 */
export function isBusinessTime(calendar: CalendarRef, at: number): boolean {
  if (calendar === '24x7') return true;
  if (!Number.isFinite(at)) return false;
  const { starts, ends } = calendarBlock(calendar, Math.floor(at / BLOCK_MS));
  // Last interval starting at or before `at`.
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found >= 0 && at < ends[found]!;
}
