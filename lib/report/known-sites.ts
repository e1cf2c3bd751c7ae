/**
 * Helpdesk sites the report can offer without typing: the origins of the tickets the overlay tracks (Zendesk and
 * Jira Cloud pages the agent used in the last 24 h). Read-only; the background owns that store.
 */
import { readTrackedTickets } from '../tracking/tracked-tickets-store';
import { parseReportSite } from './site';

export async function knownReportSites(): Promise<string[]> {
  const tracked = await readTrackedTickets().catch(() => undefined);
  const hosts = new Set<string>();
  for (const ticket of Object.values(tracked?.tickets ?? {})) {
    const site = parseReportSite(ticket.url);
    if (site) hosts.add(new URL(site.origin).host);
  }
  return [...hosts].sort();
}
