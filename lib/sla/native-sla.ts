import type { MetricName, MetricSla, NativeSla } from './types';

const METRIC_ORDER: Record<MetricName, number> = { firstResponse: 0, nextResponse: 1, resolution: 2 };
// ENGINE.md: a native metric is critical with 15 minutes or less remaining.
const NATIVE_CRITICAL_MS = 15 * 60_000;

/**
 * Turns the helpdesk's own SLA entries into `MetricSla`s (`ENGINE.md`, "Native mode"), in metric order:
 * - state: `stopped` if met, else `paused` if paused, else `running`;
 * - `dueAt`: the helpdesk's due time while running, else null; `remainingMs = dueAt - now` (NaN without one);
 * - `breached` as the helpdesk says, `breachedAt` null, `outsideHours` false;
 * - `targetMs`, `elapsedMs`, `percent`: NaN, because the helpdesk doesn't tell us;
 * - level: `breached`; else `ok` if stopped; else `critical` at 15 minutes or less remaining; else `ok`.
 *
 * The helpdesk's calendar is unknown, so `calendar` is `'24x7'`: `dueAt` already accounts for its hours.
 *
 * @example
 * nativeMetrics([{ metric: 'resolution', dueAt: now + 600_000, paused: false, breached: false, met: false }], now);
 * // [{ metric: 'resolution', state: 'running', remainingMs: 600_000, level: 'critical', … }]
 */
export function nativeMetrics(native: readonly NativeSla[], now: number): MetricSla[] {
  const metrics: MetricSla[] = [];
  for (const entry of native) {
    const state = entry.met ? 'stopped' : entry.paused ? 'paused' : 'running';
    const remainingMs = entry.dueAt === null ? NaN : entry.dueAt - now;
    const level = entry.breached
      ? 'breached'
      : state === 'stopped'
        ? 'ok'
        : remainingMs <= NATIVE_CRITICAL_MS
          ? 'critical'
          : 'ok';
    metrics.push({
      metric: entry.metric,
      calendar: '24x7',
      targetMs: NaN,
      elapsedMs: NaN,
      remainingMs,
      state,
      breached: entry.breached,
      breachedAt: null,
      dueAt: state === 'running' ? entry.dueAt : null,
      percent: NaN,
      level,
      outsideHours: false,
    });
  }
  // Array.prototype.sort is stable, so two entries for one metric keep the helpdesk's order.
  metrics.sort((a, b) => METRIC_ORDER[a.metric] - METRIC_ORDER[b.metric]);
  return metrics;
}
