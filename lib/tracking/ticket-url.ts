import type { Helpdesk } from '../sla/types';

/**
 * The page of one ticket, for content scripts that report list rows (the popup and notifications open it).
 * `apiBase` is `PageInfo.apiBase`: the origin plus any Jira Data Center context path.
 *
 * @example
 * ticketUrlFor('zendesk', 'https://acme.zendesk.com', '4821'); //=> 'https://acme.zendesk.com/agent/tickets/4821'
 * ticketUrlFor('jira', 'https://jira.corp.test/jira', 'SUP-12'); //=> 'https://jira.corp.test/jira/browse/SUP-12'
 */
export function ticketUrlFor(helpdesk: Helpdesk, apiBase: string, key: string): string {
  const base = apiBase.replace(/\/+$/, '');
  return helpdesk === 'zendesk'
    ? `${base}/agent/tickets/${encodeURIComponent(key)}`
    : `${base}/browse/${encodeURIComponent(key)}`;
}

/**
 * Whether a tab's URL shows the ticket: its own page, or a Jira queue/board with it open (`?selectedIssue=`).
 * Used to focus an existing tab rather than open a duplicate.
 */
export function urlShowsTicket(tabUrl: string | undefined, helpdesk: Helpdesk, ticketUrl: string, key: string): boolean {
  if (!tabUrl) return false;
  let tab: URL;
  let ticket: URL;
  try {
    tab = new URL(tabUrl);
    ticket = new URL(ticketUrl);
  } catch {
    return false;
  }
  if (tab.origin !== ticket.origin) return false;
  if (helpdesk === 'zendesk') return new RegExp(`/agent/tickets/${escape(key)}(?:/|$)`).test(tab.pathname);
  return (
    new RegExp(`/browse/${escape(key)}(?:/|$)`, 'i').test(tab.pathname) ||
    tab.searchParams.get('selectedIssue')?.toUpperCase() === key.toUpperCase()
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
