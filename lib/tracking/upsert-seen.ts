import { ticketIdOf } from './ticket-id';
import type { SeenTicket, TrackedTickets } from './types';

/**
 * Records what a content script just showed: new tickets are added, known ones get fresh facts and `lastSeenAt`.
 * Items whose URL is not an http(s) page of the reporting tab's origin are ignored: a content script only reports
 * the helpdesk it runs on.
 */
export function upsertSeen(
  state: TrackedTickets,
  items: readonly SeenTicket[],
  now: number,
  senderOrigin?: string,
): TrackedTickets {
  const tickets = { ...state.tickets };
  for (const { facts, url } of items) {
    if (!isAcceptableUrl(url, senderOrigin) || typeof facts?.key !== 'string') continue;
    const id = ticketIdOf(facts.helpdesk, url, facts.key);
    const previous = tickets[id];
    tickets[id] = {
      id,
      helpdesk: facts.helpdesk,
      key: facts.key,
      url,
      facts,
      firstSeenAt: previous?.firstSeenAt ?? now,
      lastSeenAt: now,
    };
  }
  return { ...state, tickets };
}

function isAcceptableUrl(url: string, senderOrigin: string | undefined): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
    return senderOrigin === undefined || parsed.origin === senderOrigin;
  } catch {
    return false;
  }
}
