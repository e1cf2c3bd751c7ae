/**
 * Zendesk Agent Workspace URLs → page kind. Ticket ids come from the URL first (research §3.1, [E1][E2][E3]).
 */
import type { PageInfo, PageKind } from '../types';
import { matchFirst, type PageDetector } from '../page-detector';

const isZendeskHost = (url: URL): boolean => url.hostname.endsWith('.zendesk.com');

function pathDetector(
  name: string,
  kind: PageKind,
  pattern: RegExp,
  examples: string[],
): PageDetector {
  return {
    name,
    examples,
    match(url) {
      if (!isZendeskHost(url)) return undefined;
      const found = pattern.exec(url.pathname);
      if (!found) return undefined;
      return found[1] === undefined ? { kind } : { kind, key: found[1] };
    },
  };
}

/** `/agent/tickets/{id}` and its sub-routes (`/events`, …). Zendesk keeps a pane per open ticket tab. */
export const zendeskTicket = pathDetector('zendeskTicket', 'ticket', /^\/agent\/tickets\/(\d+)(?:\/|$)/, import.meta.env.PROD ? [] : [
  'https://acme.zendesk.com/agent/tickets/4821',
  'https://acme.zendesk.com/agent/tickets/4821/events',
  'https://acme.zendesk.com/agent/tickets/17?ref=notification',
]);

/** Views: `/agent/filters/{id}` (current) and `/agent/views/{id}` (older links still redirect there). */
export const zendeskView = pathDetector('zendeskView', 'list', /^\/agent\/(?:filters|views)\/\d+(?:\/|$)/, import.meta.env.PROD ? [] : [
  'https://acme.zendesk.com/agent/filters/360001',
  'https://acme.zendesk.com/agent/views/360001',
  'https://acme.zendesk.com/agent/filters/360001/suspended',
]);

/** Search results tables (`div[id^="search-ticket-"]`, research §3.2). */
export const zendeskSearch = pathDetector('zendeskSearch', 'list', /^\/agent\/search(?:\/|$)/, import.meta.env.PROD ? [] : [
  'https://acme.zendesk.com/agent/search/1?copy&type=ticket&q=printer',
  'https://acme.zendesk.com/agent/search',
]);

/** The home dashboard also renders ticket tables. */
export const zendeskDashboard = pathDetector('zendeskDashboard', 'list', /^\/agent\/dashboard\/?$/, import.meta.env.PROD ? [] : [
  'https://acme.zendesk.com/agent/dashboard',
  'https://acme.zendesk.com/agent/dashboard/',
]);

export const zendeskDetectors: readonly PageDetector[] = [zendeskTicket, zendeskView, zendeskSearch, zendeskDashboard];

export function detectZendeskPage(url: URL): PageInfo | undefined {
  const match = matchFirst(zendeskDetectors, url, '');
  if (!match) return undefined;
  const page: PageInfo = { helpdesk: 'zendesk', kind: match.kind, apiBase: url.origin, flavor: 'cloud' };
  if (match.key !== undefined) page.key = match.key;
  return page;
}
