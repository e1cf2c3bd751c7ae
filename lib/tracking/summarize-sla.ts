import type { TicketSla } from '../sla/types';
import type { SlaSummary } from './types';

/**
 * The popup's part of an evaluation. Running clocks keep `dueAt` and drop `remainingMs` (it changes every instant and
 * `dueAt - now` gives it back), so an unchanged ticket gives an identical summary and costs no storage write.
 */
export function summarizeSla(sla: TicketSla): SlaSummary {
  const next = sla.next;
  return {
    level: sla.level,
    tier: sla.tier,
    next: next && {
      metric: next.metric,
      state: next.state,
      dueAt: next.dueAt,
      breachedAt: next.breachedAt,
      // NaN (a native clock without a due time) doesn't survive JSON; and a running clock's is stale at once.
      remainingMs: next.state === 'running' && next.dueAt !== null ? null : Number.isFinite(next.remainingMs) ? next.remainingMs : null,
    },
  };
}
