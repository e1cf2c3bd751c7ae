import type { MetricLevel } from '../sla/types';
import type { Helpdesk } from '../policy/types';
import type { CockpitItem } from './types';

export interface CockpitFilters {
  helpdesk: Helpdesk | 'all';
  level: MetricLevel | 'all';
  /** A tier id, `none` for tickets no tier matched, or `all`. */
  tier: string;
  search: string;
}

export const NO_FILTERS: CockpitFilters = { helpdesk: 'all', level: 'all', tier: 'all', search: '' };

/** The popup's filters: helpdesk, level, tier, and a case-insensitive search over key and title. */
export function filterViews<T extends CockpitItem>(views: readonly T[], filters: CockpitFilters): T[] {
  const needle = filters.search.trim().toLocaleLowerCase();
  return views.filter(({ ticket, sla }) => {
    if (filters.helpdesk !== 'all' && ticket.helpdesk !== filters.helpdesk) return false;
    if (filters.level !== 'all' && sla.level !== filters.level) return false;
    if (filters.tier !== 'all' && (sla.tier?.id ?? 'none') !== filters.tier) return false;
    if (!needle) return true;
    return (
      ticket.key.toLocaleLowerCase().includes(needle) || (ticket.facts.title ?? '').toLocaleLowerCase().includes(needle)
    );
  });
}

/** The tiers present among the tickets, for the tier filter, in first-seen order. */
export function tiersOf(views: readonly CockpitItem[]): { id: string; name: string }[] {
  const tiers = new Map<string, string>();
  for (const { sla } of views) if (sla.tier && !tiers.has(sla.tier.id)) tiers.set(sla.tier.id, sla.tier.name);
  return [...tiers].map(([id, name]) => ({ id, name }));
}
