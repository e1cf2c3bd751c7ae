import type { TicketId, TrackedTickets } from './types';

export const TRACKING_MAX_AGE_MS = 24 * 60 * 60 * 1000;
export const TRACKING_MAX_TICKETS = 2000;

export interface PruneOptions {
  /** Tickets whose clocks have all stopped (or that have no SLA). Dropped. */
  stopped?: ReadonlySet<TicketId>;
  maxAgeMs?: number;
  maxTickets?: number;
}

/**
 * Keeps the tickets seen in the last 24 h that still have a running or paused clock, and at most 2,000 of them: the
 * least recently seen go first, because the agent is least likely to care about them.
 */
export function pruneTracked(state: TrackedTickets, now: number, options: PruneOptions = {}): TrackedTickets {
  const { stopped, maxAgeMs = TRACKING_MAX_AGE_MS, maxTickets = TRACKING_MAX_TICKETS } = options;
  let kept = Object.values(state.tickets).filter(
    (ticket) => now - ticket.lastSeenAt <= maxAgeMs && !stopped?.has(ticket.id),
  );
  if (kept.length > maxTickets) {
    kept = kept.sort((a, b) => b.lastSeenAt - a.lastSeenAt || a.id.localeCompare(b.id)).slice(0, maxTickets);
  }
  if (kept.length === Object.keys(state.tickets).length) return state;
  return { ...state, tickets: Object.fromEntries(kept.map((ticket) => [ticket.id, ticket])) };
}
