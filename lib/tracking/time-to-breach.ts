import type { TicketSla } from '../sla/types';
import type { TrackedView } from './types';

/**
 * The wall-clock instant the ticket's most urgent clock breaches (or breached), when a clock is running. `dueAt` is
 * already business-time aware, so `dueAt - now` is the countdown an agent can trust.
 */
export function breachInstant(sla: TicketSla, now: number): number | null {
  const next = sla.next;
  if (!next || next.state !== 'running') return null;
  if (next.dueAt !== null) return next.dueAt;
  if (next.breachedAt !== null) return next.breachedAt;
  return Number.isFinite(next.remainingMs) ? now + next.remainingMs : null;
}

/**
 * Orders the cockpit: running clocks by breach instant (overdue first, most overdue on top), then paused clocks by
 * what they have left, then tickets without a live clock; ties by key so the list never jumps.
 */
export function compareByTimeToBreach(now: number) {
  return (a: TrackedView, b: TrackedView): number => {
    const ka = sortKey(a.sla, now);
    const kb = sortKey(b.sla, now);
    return ka[0] - kb[0] || ka[1] - kb[1] || a.ticket.key.localeCompare(b.ticket.key, undefined, { numeric: true });
  };
}

function sortKey(sla: TicketSla, now: number): [number, number] {
  const at = breachInstant(sla, now);
  if (at !== null) return [0, at];
  if (sla.next?.state === 'paused') return [1, Number.isFinite(sla.next.remainingMs) ? sla.next.remainingMs : Infinity];
  return [2, 0];
}
