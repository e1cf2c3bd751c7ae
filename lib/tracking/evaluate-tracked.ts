import type { Policy } from '../policy/types';
import type { TicketFacts, TicketSla } from '../sla/types';
import type { TrackedTicket, TrackedView } from './types';

/** `evaluateTicket`'s signature; injected so the tracking logic is tested without depending on the engine's rules. */
export type EvaluateTicket = (policy: Policy, facts: TicketFacts, now: number) => TicketSla;

/**
 * Evaluates every tracked ticket at `now` with the policy in force. A ticket whose facts make the engine throw is
 * skipped (and logged once per run) rather than taking the whole cockpit down.
 */
export function evaluateTracked(
  tickets: Iterable<TrackedTicket>,
  policy: Policy,
  now: number,
  evaluate: EvaluateTicket,
): TrackedView[] {
  const views: TrackedView[] = [];
  let failed = 0;
  for (const ticket of tickets) {
    try {
      views.push({ ticket, sla: evaluate(policy, ticket.facts, now) });
    } catch (error) {
      if (failed++ === 0) console.warn('[sla:tracking] could not evaluate', ticket.id, error);
    }
  }
  return views;
}

/** A clock is still live: some metric is running or paused. Tickets without one are no longer tracked. */
export function hasLiveClock(sla: TicketSla): boolean {
  return sla.metrics.some((metric) => metric.state !== 'stopped');
}
