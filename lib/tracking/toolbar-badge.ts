import type { LevelCounts } from './level-counts';

export interface ToolbarBadge {
  text: string;
  /** Only meaningful when `text` is not empty. */
  color: string;
  level: 'critical' | 'breached' | null;
}

/** Red for breached, amber for critical: the same hues as the in-page badges. */
export const BADGE_COLORS = { breached: '#C5221F', critical: '#B06000' } as const;

/**
 * The toolbar badge (PRODUCT.md): the number of tickets at `critical` or `breached`, coloured by the worst level,
 * empty when there are none. Above 99 it reads `99+`, which is all the badge has room for.
 */
export function toolbarBadgeFor(counts: LevelCounts): ToolbarBadge {
  const count = counts.critical + counts.breached;
  if (count === 0) return { text: '', color: BADGE_COLORS.critical, level: null };
  const level = counts.breached > 0 ? 'breached' : 'critical';
  return { text: count > 99 ? '99+' : String(count), color: BADGE_COLORS[level], level };
}
