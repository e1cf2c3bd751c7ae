import type { CalendarRef } from './types';
import { BLOCK_MS, DAY_MS, calendarBlock, type CalendarBlock } from './calendar-blocks';
import { businessTimeInBlockBefore } from './calendar-block-prefix';

/**
 * How far ahead `addBusinessTime` looks before giving up. ENGINE.md says "within 10 years after start"; 3653 days
 * is ten calendar years even when three leap days fall inside, so no reachable target is ever refused.
 */
const HORIZON_MS = 3653 * DAY_MS;

/** The earliest instant of `block` at which the block's running business time reaches `target` (> 0, ≤ total). */
function instantReaching(block: CalendarBlock, target: number): number {
  const { starts, before } = block;
  // Last interval with less than `target` before it: the target is reached inside it (possibly at its very end,
  // which is what makes 16:00 + 1 h in 09:00–17:00 give 17:00 rather than the next opening).
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (before[mid]! < target) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return starts[found]! + (target - before[found]!);
}

/**
 * The earliest instant `t ≥ start` with `businessTimeBetween(calendar, start, t) === duration` (`ENGINE.md`,
 * "Calendar arithmetic").
 *
 * - `duration = 0` returns `start`, always (even on a calendar with no business time).
 * - A target that fits exactly ends at the window's end: 16:00 + 1 h in 09:00–17:00 gives 17:00 the same day.
 * - A negative (or NaN) duration throws a `RangeError`, as does a target not reachable within ten years of `start`.
 *
 * Cost: one cached block lookup per 16 days spanned plus a binary search; no `Intl` work once warm.
 *
 * @example
 * // Mon–Fri 09:00–17:00 UTC: Friday 16:00 + 2 h → Monday 10:00.
 * addBusinessTime(officeUtc, Date.parse('2026-01-09T16:00Z'), 2 * 3_600_000) === Date.parse('2026-01-12T10:00Z');
 * addBusinessTime('24x7', 0, 60_000); // 60000
 */
export function addBusinessTime(calendar: CalendarRef, start: number, duration: number): number {
  if (!(duration >= 0)) throw new RangeError(`addBusinessTime: duration must be ≥ 0 (got ${duration})`);
  if (duration === 0) return start;
  if (!Number.isFinite(start) || !Number.isFinite(duration)) {
    throw new RangeError(`addBusinessTime: start and duration must be finite (got ${start}, ${duration})`);
  }
  if (calendar === '24x7') return start + duration;

  const limit = start + HORIZON_MS;
  let k = Math.floor(start / BLOCK_MS);
  let block = calendarBlock(calendar, k);
  if (!block.calendarHasWindows) {
    throw new RangeError(`addBusinessTime: calendar "${calendar.id}" has no business time`);
  }
  let base = businessTimeInBlockBefore(block, start);
  let need = duration;
  for (;;) {
    const available = block.total - base;
    if (need <= available) {
      const t = instantReaching(block, base + need);
      if (t > limit) break;
      return t;
    }
    need -= available;
    k += 1;
    if (k * BLOCK_MS > limit) break;
    block = calendarBlock(calendar, k);
    base = 0;
  }
  throw new RangeError(
    `addBusinessTime: calendar "${calendar.id}" cannot supply ${duration} ms of business time within 10 years`,
  );
}
