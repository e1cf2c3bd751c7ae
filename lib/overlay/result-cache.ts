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

export class ResultCache {
  private readonly map = new Map<string, CachedResult>();

  get(key: string): CachedResult | undefined {
    return this.map.get(key);
  }

  set(key: string, value: CachedResult): void {
    this.map.delete(key); // re-insert so Map order stays oldest-first
    this.map.set(key, value);
    if (this.map.size > MAX_ENTRIES) this.map.delete(this.map.keys().next().value as string);
  }

  delete(key: string): void {
    this.map.delete(key);
  }

  get size(): number {
    return this.map.size;
  }
}
