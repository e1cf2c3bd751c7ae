import type { CalendarRef } from './types';
import { BLOCK_MS, calendarBlock } from './calendar-blocks';

/**
 * The first instant after `at` at which `isBusinessTime(calendar, ·)` may change: the end of the window holding
 * `at`, or the start of the next window. Looks at `at`'s block and the next one (16–32 days ahead) and answers
 * `Infinity` beyond them, and `Infinity` for `'24x7'`. Windows touching across a block edge make that edge an
 * early (harmless) answer. The overlay uses it so a tick can shift a countdown without asking the calendar.
 *
 * @example
 * // Mon–Fri 09:00–17:00 UTC
 * nextHoursEdge(officeUtc, Date.parse('2026-01-09T10:00Z')); // Date.parse('2026-01-09T17:00Z')
 * nextHoursEdge(officeUtc, Date.parse('2026-01-09T17:00Z')); // Date.parse('2026-01-12T09:00Z') (Monday)
 */
export function nextHoursEdge(calendar: CalendarRef, at: number): number {
  if (calendar === '24x7' || !Number.isFinite(at)) return Infinity;
  const first = Math.floor(at / BLOCK_MS);
  for (let k = first; k <= first + 1; k++) {
    const { starts, ends } = calendarBlock(calendar, k);
    for (let i = 0; i < starts.length; i++) {
      if (starts[i]! > at) return starts[i]!;
      if (ends[i]! > at) return ends[i]!;
    }
  }
  return Infinity;
}
