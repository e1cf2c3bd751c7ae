/**
 * The content scripts' `onEvaluated` hook for tracking, in one line of wiring:
 *
 *   runOverlay(ctx, jiraAdapter, { fetch: pageFetch(), onEvaluated: trackEvaluatedTickets(jiraAdapter) });
 *
 * It turns each evaluated ticket into `{ facts, url }` (the ticket's own page under the current site's base, which
 * includes a Jira Data Center context path) and hands them to `reportSeenTickets`. The SLA is not sent: the
 * background re-evaluates facts with the policy in force.
 */
import type { HelpdeskAdapter } from '../adapters/types';
import type { TicketFacts } from '../sla/types';
import { reportSeenTickets } from './report-seen-tickets';
import { ticketUrlFor } from './ticket-url';

export function trackEvaluatedTickets(adapter: Pick<HelpdeskAdapter, 'detectPage'>) {
  return (tickets: readonly { facts: TicketFacts }[]): void => {
    const apiBase = adapter.detectPage(new URL(location.href), document)?.apiBase ?? location.origin;
    reportSeenTickets(tickets.map(({ facts }) => ({ facts, url: ticketUrlFor(facts.helpdesk, apiBase, facts.key) })));
  };
}
