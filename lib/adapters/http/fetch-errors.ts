/**
 * Failure kinds → user-facing reasons (shown in the badge's `title`). OVERLAY.md "Failures".
 */
import type { Helpdesk } from '../../sla/types';
import type { TicketFetchError, TicketFetchErrorKind, TicketResult } from '../types';

const products: Record<Helpdesk, string> = { zendesk: 'Zendesk', jira: 'Jira' };

export function fetchError(helpdesk: Helpdesk, kind: TicketFetchErrorKind, status?: number): TicketFetchError {
  const product = products[helpdesk];
  const messages: Record<TicketFetchErrorKind, string> = {
    'signed-out': `Sign in to ${product} again`,
    forbidden: 'No access to this ticket',
    'not-found': 'Ticket not found',
    'rate-limited': `${product} is busy (rate limit); will try again`,
    server: `${product} could not answer${status ? ` (HTTP ${status})` : ''}`,
    network: `Could not reach ${product}`,
    timeout: `${product} did not answer within 10 s`,
    malformed: `Unexpected answer from ${product}`,
  };
  return { kind, message: messages[kind] };
}

export function errorResult(helpdesk: Helpdesk, kind: TicketFetchErrorKind, status?: number): TicketResult {
  return { ok: false, error: fetchError(helpdesk, kind, status) };
}
