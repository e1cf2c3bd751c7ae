import type { Escalation } from '../policy/types';
import { addBusinessTime } from './add-business-time';
import { businessTimeBetween } from './business-time-between';
import { isBusinessTime } from './is-business-time';
import { metricLevel } from './metric-level';
import type { CalendarRef, MetricName, MetricSla, MetricState } from './types';

/**
 * A metric clock as the intervals it counts: `intervals` is flat, `[from0, to0, from1, to1, …]`, ascending, each
 * interval half-open. A running clock's last interval ends at `now`.
 */
export interface CountingClock {
  intervals: number[];
  state: MetricState;
}

/**
 * Measures a counting clock against its target and produces the metric's `MetricSla` (`ENGINE.md`):
 * - `elapsedMs` is the business time inside the intervals; `remainingMs = targetMs - elapsedMs`;
 * - `breached` when `elapsedMs > targetMs`, or `=== targetMs` while running (a clock that stops or pauses exactly at
 *   its target has not breached);
 * - `breachedAt` is the instant the count reached the target, found with `addBusinessTime` inside the interval
 *   where it happened; non-null exactly when breached;
 * - `dueAt` (running only) is `addBusinessTime(calendar, now, remainingMs)`, or `breachedAt` once nothing remains.
 *   A calendar with no business time ahead gives `dueAt: null` rather than throwing at the badge.
 *
 * @example
 * measureClock('resolution', '24x7', 3_600_000, { intervals: [t0, t0 + 600_000], state: 'running' }, t0 + 600_000,
 *   { warningAt: 50, criticalAt: 75 });
 * // { elapsedMs: 600_000, remainingMs: 3_000_000, dueAt: t0 + 3_600_000, level: 'ok', … }
 */
export function measureClock(
  metric: MetricName,
  calendar: CalendarRef,
  targetMs: number,
  clock: CountingClock,
  now: number,
  escalation: Escalation,
): MetricSla {
  const { intervals, state } = clock;
  let elapsedMs = 0;
  let reachIndex = -1; // the interval in which the count reached the target
  let reachBefore = 0; // the count at that interval's start
  for (let i = 0; i < intervals.length; i += 2) {
    const part = businessTimeBetween(calendar, intervals[i]!, intervals[i + 1]!);
    if (reachIndex < 0 && elapsedMs + part >= targetMs) {
      reachIndex = i;
      reachBefore = elapsedMs;
    }
    elapsedMs += part;
  }
  const running = state === 'running';
  const remainingMs = targetMs - elapsedMs;
  const breached = elapsedMs > targetMs || (running && elapsedMs === targetMs);
  let breachedAt: number | null = null;
  if (breached && reachIndex >= 0) {
    breachedAt = addBusinessTime(calendar, intervals[reachIndex]!, targetMs - reachBefore);
  }
  let dueAt: number | null = null;
  if (running) {
    if (remainingMs > 0) dueAt = safeAddBusinessTime(calendar, now, remainingMs);
    else dueAt = breachedAt;
  }
  return {
    metric,
    calendar,
    targetMs,
    elapsedMs,
    remainingMs,
    state,
    breached,
    breachedAt,
    dueAt,
    percent: (100 * elapsedMs) / targetMs,
    level: metricLevel(elapsedMs, targetMs, breached, state, escalation),
    outsideHours: running && calendar !== '24x7' && !isBusinessTime(calendar, now),
  };
}

/**
 * `addBusinessTime`, but null when the calendar has no business time within its search horizon. The policy parser
 * warns about such calendars; a badge should say "no due time" rather than break the overlay.
 */
function safeAddBusinessTime(calendar: CalendarRef, start: number, durationMs: number): number | null {
  try {
    return addBusinessTime(calendar, start, durationMs);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
