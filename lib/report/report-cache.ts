/**
 * The report page's ticket cache (see `ReportCache`): one per site, in memory, for the page's lifetime. The rule is
 * the overlay's (`lib/adapters/http/ticket-cache.ts`): an entry is good while the helpdesk reports the same update
 * time. No time limit is needed for that rule, only a size bound.
 */
import type { ReportCache } from './fetch-context';
import type { ReportTicket } from './types';

const MAX_ENTRIES = 50_000;

export function createReportCache(): ReportCache {
  const entries = new Map<string, { ticket: ReportTicket; updatedAt: number }>();
  return {
    get: (key) => entries.get(key),
    put(key, updatedAt, ticket) {
      entries.delete(key);
      entries.set(key, { ticket, updatedAt });
      // Oldest first in a Map: drop from the front.
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    },
  };
}

const bySite = new Map<string, ReportCache>();

/** The cache of one site (`https://acme.zendesk.com`), kept while the page is open. */
export function reportCacheFor(origin: string): ReportCache {
  let cache = bySite.get(origin);
  if (!cache) bySite.set(origin, (cache = createReportCache()));
  return cache;
}
