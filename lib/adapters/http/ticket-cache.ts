/**
 * Per-ticket results keyed by the helpdesk's update time (OVERLAY.md "Caching"). An entry is fresh for 60 s; no
 * request repeats while it is. A batch that reports the same update time keeps (and refreshes) a cached detail;
 * a newer `updated_at` replaces it. Error results are cached too, so a 401/403/404 causes no request storm.
 */
import type { TicketResult } from '../types';

interface Entry {
  result: TicketResult;
  storedAt: number;
}

export interface TicketCache {
  /** A fresh result; with `detail`, only a detail result (or an error) counts. */
  fresh(key: string, detail: boolean): TicketResult | undefined;
  /** Stores a batch result and returns what callers should see (a still-valid detail wins). */
  putBatch(key: string, result: TicketResult): TicketResult;
  putDetail(key: string, result: TicketResult): TicketResult;
}

export function createTicketCache(ttlMs: number, now: () => number): TicketCache {
  const entries = new Map<string, Entry>();

  const set = (key: string, result: TicketResult): TicketResult => {
    if (entries.size > 2_000) prune();
    entries.set(key, { result, storedAt: now() });
    return result;
  };
  const prune = (): void => {
    const oldest = now() - ttlMs;
    for (const [key, entry] of entries) if (entry.storedAt <= oldest) entries.delete(key);
  };

  return {
    fresh(key, detail) {
      const entry = entries.get(key);
      if (!entry || now() - entry.storedAt >= ttlMs) return undefined;
      if (detail && entry.result.ok && entry.result.precision !== 'detail') return undefined;
      return entry.result;
    },
    putBatch(key, result) {
      const cached = entries.get(key)?.result;
      if (result.ok && cached?.ok && cached.precision === 'detail' && cached.updatedAt >= result.updatedAt) {
        return set(key, cached); // unchanged since the detail was read: keep the full history
      }
      return set(key, result);
    },
    putDetail: set,
  };
}
