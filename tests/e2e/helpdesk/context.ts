import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FxClock } from './clock';
import type { SeedTicket, Site } from './model';

/** What the data store offers to route handlers. */
export interface FxStore {
  get(site: Site, key: string): SeedTicket | undefined;
  list(site: Site): SeedTicket[];
  /** Generated tickets (ids 10001… / BULK-1…) for large views; created lazily and kept. */
  bulk(site: Site, count: number): SeedTicket[];
}

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  site: Site;
  method: string;
  /** Path without the Jira DC context path. */
  path: string;
  url: URL;
  query: URLSearchParams;
  body: unknown;
  now: number;
  clock: FxClock;
  store: FxStore;
  /** Headers to add to every API answer (rate-limit info). */
  extraHeaders: Record<string, string>;
  /** Per-view execute counters (the 5/min trap). */
  executeCalls: Map<string, number[]>;
}
