/**
 * Ticket results kept for the whole document, across in-app navigations, so going back to a list within a minute
 * costs no request (OVERLAY.md "Caching"). Bounded, oldest first out, so 1,000 navigations can't grow it.
 */
import type { TicketResult } from '../adapters/types';

export interface CachedResult {
  result: TicketResult;
  fetchedAt: number;
}

export const FRESH_MS = 60_000;
const MAX_ENTRIES = 2_000;

export function createResultCache() {
  const map = new Map<string, CachedResult>();
  return {
    get: (key: string) => map.get(key),
    set(key: string, value: CachedResult) {
      map.delete(key); // re-insert so Map order stays oldest-first
      map.set(key, value);
      if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
    },
    delete: (key: string) => void map.delete(key),
    size: () => map.size,
  };
}
