/**
 * The `TicketClient` both helpdesks share: key validation, the per-ticket cache, and de-duplication of requests
 * already in flight. The helpdesk part (`TicketSource`) only turns keys into HTTP calls and JSON into facts.
 */
import type { Helpdesk } from '../../sla/types';
import type { TicketClient, TicketResult } from '../types';
import { errorResult } from './fetch-errors';
import { createTicketCache } from './ticket-cache';

export interface TicketSource {
  helpdesk: Helpdesk;
  isValidKey(key: string): boolean;
  /** Every key not cached, in one go: the source chunks (≤100 per batch call, Jira changelog ≤1000). */
  loadBatch(keys: string[], signal?: AbortSignal): Promise<Map<string, TicketResult | 'aborted'>>;
  loadDetail(key: string, signal?: AbortSignal): Promise<TicketResult | 'aborted'>;
}

/** The caller aborted (navigation): reported as a network error and never cached. */
const cancelled: TicketResult = { ok: false, error: { kind: 'network', message: 'Request cancelled' } };

export function createTicketClient(source: TicketSource, ttlMs: number, now: () => number): TicketClient {
  const cache = createTicketCache(ttlMs, now);
  const inFlight = new Map<string, Promise<TicketResult | undefined>>();
  const detailInFlight = new Map<string, Promise<TicketResult>>();
  const notFound = errorResult(source.helpdesk, 'not-found');

  function finish(key: string, result: TicketResult | 'aborted', detail: boolean): TicketResult {
    if (result === 'aborted') return cancelled; // never cached: the next caller retries
    return detail ? cache.putDetail(key, result) : cache.putBatch(key, result);
  }

  const client: TicketClient = {
    async fetchBatch(keys, signal) {
      const unique = [...new Set(keys)];
      const pending = new Map<string, Promise<TicketResult | undefined>>();
      const needed: string[] = [];
      for (const key of unique) {
        const ready = source.isValidKey(key) ? cache.fresh(key, false) : notFound;
        // Only batch requests are shared: a detail call in flight may be queued for the per-minute budget, and
        // waiting for it would hold back this whole batch.
        const shared = inFlight.get(key);
        if (ready) pending.set(key, Promise.resolve(ready));
        else if (shared) pending.set(key, shared);
        else needed.push(key);
      }
      if (needed.length > 0) {
        const loading = source.loadBatch(needed, signal);
        for (const key of needed) {
          const one = loading.then((results) => {
            const result = results.get(key);
            return result === undefined ? undefined : finish(key, result, false);
          });
          inFlight.set(key, one);
          pending.set(key, one);
          void one.finally(() => inFlight.get(key) === one && inFlight.delete(key));
        }
      }
      const out = new Map<string, TicketResult>();
      for (const key of unique) {
        const result = await pending.get(key);
        if (result) out.set(key, result);
      }
      // The client outlives pages: a request shared with a page that navigated away was cancelled for that page
      // only, so ask again for this caller.
      const again = unique.filter((key) => out.get(key) === cancelled && !signal?.aborted);
      if (again.length > 0) {
        const retried = await client.fetchBatch(again, signal);
        for (const key of again) {
          const result = retried.get(key);
          if (result) out.set(key, result);
          else out.delete(key);
        }
      }
      return out;
    },

    fetchDetail(key, signal) {
      if (!source.isValidKey(key)) return Promise.resolve(notFound);
      const ready = cache.fresh(key, true);
      if (ready) return Promise.resolve(ready);
      const shared = detailInFlight.get(key);
      const retry = (r: TicketResult) => (r === cancelled && !signal?.aborted ? client.fetchDetail(key, signal) : r);
      if (shared) return shared.then(retry);
      const one = source.loadDetail(key, signal).then((result) => finish(key, result, true));
      detailInFlight.set(key, one);
      void one.finally(() => detailInFlight.get(key) === one && detailInFlight.delete(key));
      return one;
    },
  };
  return client;
}
