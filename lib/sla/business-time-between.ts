import type { CalendarRef } from './types';
import { BLOCK_MS, calendarBlock } from './calendar-blocks';
import { businessTimeInBlockBefore } from './calendar-block-prefix';

/**
 * The business time, in real elapsed milliseconds, inside `[from, to)` on `calendar` (`ENGINE.md`, "Calendar
 * arithmetic"). It is 0 when `to ≤ from`. `'24x7'` counts every millisecond.
 *
 * Cost: one cached block lookup per 16 days spanned plus two binary searches; no `Intl` work once the calendar's
 * blocks for that period are warm.
 *
 * @example
 * // Mon–Fri 09:00–17:00 UTC: Friday 16:00 → Monday 10:00 holds 1 h + 1 h.
 * businessTimeBetween(officeUtc, Date.parse('2026-01-09T16:00Z'), Date.parse('2026-01-12T10:00Z')); // 7200000
 * businessTimeBetween('24x7', 0, 60_000); // 60000
 */
export function businessTimeBetween(calendar: CalendarRef, from: number, to: number): number {
  // `!(to > from)` rather than `to <= from`, so NaN inputs also give 0 instead of looping.
  if (!(to > from)) return 0;
  if (calendar === '24x7') return to - from;
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new RangeError(`businessTimeBetween: instants must be finite (got ${from}, ${to})`);
  }
  const firstK = Math.floor(from / BLOCK_MS);
  const lastK = Math.floor(to / BLOCK_MS);
  const first = calendarBlock(calendar, firstK);
  if (firstK === lastK) return businessTimeInBlockBefore(first, to) - businessTimeInBlockBefore(first, from);
  // A calendar without any window holds nothing, however long the span: skip the block walk.
  if (!first.calendarHasWindows) return 0;
  let sum = first.total - businessTimeInBlockBefore(first, from);
  for (let k = firstK + 1; k < lastK; k++) sum += calendarBlock(calendar, k).total;
  return sum + businessTimeInBlockBefore(calendarBlock(calendar, lastK), to);
}
