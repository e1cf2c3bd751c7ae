import type { Escalation } from '../policy/types';
import type { MetricLevel, MetricState } from './types';

/**
 * The escalation level of a policy metric (`ENGINE.md`, "Levels without rounding"): `breached` if breached; a
 * stopped metric that did not breach is `ok`; else `critical` / `warning` by the share of the target elapsed,
 * compared in integers (`elapsedMs * 100 >= criticalAt * targetMs`) so fractional minutes never round across a
 * threshold.
 *
 * @example
 * metricLevel(7_500, 10_000, false, 'running', { warningAt: 50, criticalAt: 75 }); // 'critical'
 */
export function metricLevel(
  elapsedMs: number,
  targetMs: number,
  breached: boolean,
  state: MetricState,
  escalation: Escalation,
): MetricLevel {
  if (breached) return 'breached';
  if (state === 'stopped') return 'ok';
  const scaled = elapsedMs * 100;
  if (scaled >= escalation.criticalAt * targetMs) return 'critical';
  if (scaled >= escalation.warningAt * targetMs) return 'warning';
  return 'ok';
}
