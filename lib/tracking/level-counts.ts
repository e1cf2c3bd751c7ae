import type { MetricLevel } from '../sla/types';
import type { CockpitItem } from './types';

export type LevelCounts = Record<MetricLevel, number>;

/** How many tickets sit at each level (tickets without an SLA are not counted). */
export function countLevels(views: readonly CockpitItem[]): LevelCounts {
  const counts: LevelCounts = { ok: 0, warning: 0, critical: 0, breached: 0 };
  for (const { sla } of views) if (sla.level !== 'none') counts[sla.level]++;
  return counts;
}
