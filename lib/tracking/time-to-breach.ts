import type { CockpitItem, SlaSummary } from './types';

/**
 * The wall-clock instant the ticket's most urgent clock breaches (or breached), when a clock is running. `dueAt` is
 * already business-time aware, so `dueAt - now` is the countdown an agent can trust.
 */
export function breachInstant(sla: SlaSummary, now: number): number | null {
  const next = sla.next;
  if (!next || next.state !== 'running') return null;
  if (next.dueAt !== null) return next.dueAt;
  if (next.breachedAt !== null) return next.breachedAt;
  return next.remainingMs !== null && Number.isFinite(next.remainingMs) ? now + next.remainingMs : null;
}

/**
 * Orders the cockpit: running clocks by breach instant (overdue first, most overdue on top), then paused clocks by
 * what they have left, then tickets without a live clock; ties by key so the list never jumps.
 */
export function compareByTimeToBreach(now: number) {
  return (a: CockpitItem, b: CockpitItem): number => {
    const ka = sortKey(a.sla, now);
    const kb = sortKey(b.sla, now);
    return ka[0] - kb[0] || ka[1] - kb[1] || a.ticket.key.localeCompare(b.ticket.key, undefined, { numeric: true });
  };
}

function sortKey(sla: SlaSummary, now: number): [number, number] {
  const at = breachInstant(sla, now);
  if (at !== null) return [0, at];
  if (sla.next?.state === 'paused') {
    const left = sla.next.remainingMs;
    return [1, left !== null && Number.isFinite(left) ? left : Infinity];
  }
  return [2, 0];
}
