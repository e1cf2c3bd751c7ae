import type { Helpdesk } from '../sla/types';
import type { TicketId } from './types';

/**
 * The identity of a tracked ticket.
 *
 * @example
 * ticketIdOf('zendesk', 'https://acme.zendesk.com/agent/tickets/4821', '4821'); //=> 'zendesk|https://acme.zendesk.com|4821'
 */
export function ticketIdOf(helpdesk: Helpdesk, url: string, key: string): TicketId {
  return `${helpdesk}|${new URL(url).origin}|${key}`;
}
