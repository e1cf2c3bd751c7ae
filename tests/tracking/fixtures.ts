import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import type { TicketFacts } from '../../lib/sla/types';
import type { SeenTicket } from '../../lib/tracking/types';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const T0 = Date.UTC(2026, 10, 23, 9, 0); // a Monday

/** The default preset in UTC. P1 (Zendesk `urgent`) is 24x7 with firstResponse 15 min: warning at 7.5 min,
 * critical at 11.25 min, breached at 15 min, whatever the wall clock. */
export const policy = createDefaultPolicy('UTC');

export function urgentFacts(key: string, createdAt: number, extra: Partial<TicketFacts> = {}): TicketFacts {
  return {
    helpdesk: 'zendesk',
    key,
    title: `Ticket ${key}`,
    createdAt,
    priority: 'urgent',
    tags: [],
    organization: null,
    statusHistory: [{ at: createdAt, status: 'open' }],
    replies: [],
    ...extra,
  };
}

export function seenZendesk(key: string, createdAt: number, extra: Partial<TicketFacts> = {}): SeenTicket {
  return { facts: urgentFacts(key, createdAt, extra), url: `https://acme.zendesk.com/agent/tickets/${key}` };
}

export function seenJira(key: string, createdAt: number, priority = 'Highest'): SeenTicket {
  return {
    facts: { ...urgentFacts(key, createdAt), helpdesk: 'jira', priority, statusHistory: [{ at: createdAt, status: 'To Do', category: 'new' }] },
    url: `https://acme.atlassian.net/browse/${key}`,
  };
}

export const zendeskId = (key: string) => `zendesk|https://acme.zendesk.com|${key}`;
