/**
 * The one interface every helpdesk adapter implements. The overlay runtime (`lib/overlay`) only talks to this.
 *
 * Adapters *read*: they detect pages, find where badges go, and fetch + map ticket data to `TicketFacts`.
 * They never render, never store, and never read the clock except through `ClientConfig.now`.
 */
import type { Helpdesk, TicketFacts } from '../sla/types';

export type PageKind = 'ticket' | 'list' | 'queue' | 'board';

/** What kind of helpdesk page this is. `undefined` from `detectPage` means "not a page we decorate". */
export interface PageInfo {
  helpdesk: Helpdesk;
  kind: PageKind;
  /** The ticket the URL names (`/agent/tickets/4821`, `/browse/SUP-12`, `?selectedIssue=SUP-12`), if any. */
  key?: string;
  /** Origin plus context path (Jira Data Center may live under `/jira`), e.g. `https://acme.atlassian.net`. */
  apiBase: string;
  /** Jira Data Center speaks REST v2; Cloud speaks v3. Zendesk: always 'cloud'. */
  flavor: 'cloud' | 'data-center';
}

export type PlacementKind = 'ticket' | 'row' | 'card';

/** One place where exactly one `<sla-badge>` for `key` must exist. */
export interface BadgePlacement {
  key: string;
  kind: PlacementKind;
  /** The element that owns the placement (ticket pane, row, card). Rows are recycled: re-check the key on change. */
  host: Element;
  /** The badge is inserted relative to this element. */
  anchor: Element;
  position: 'before' | 'after' | 'prepend' | 'append';
}

export interface HelpdeskAdapter {
  id: Helpdesk;
  detectPage(url: URL, doc: Document): PageInfo | undefined;
  /** Every placement on the page now. Hidden Zendesk panes may keep their badge. */
  findPlacements(doc: Document, page: PageInfo): BadgePlacement[];
  /** The smallest elements whose subtree changes mean rows or panes came or went (for scoped MutationObservers). */
  observedRoots(doc: Document, page: PageInfo): Element[];
  createClient(config: ClientConfig): TicketClient;
}

export interface ClientConfig {
  page: PageInfo;
  /** Defaults to the global fetch (Firefox content scripts pass `content.fetch`). */
  fetch?: typeof fetch;
  /** Injected clock for cache freshness and back-off; defaults to Date.now. */
  now?: () => number;
}

export type TicketFetchErrorKind =
  | 'signed-out' // 401
  | 'forbidden' // 403
  | 'not-found' // 404: the overlay shows no badge
  | 'rate-limited' // 429 after retries ran out
  | 'server' // 5xx
  | 'network'
  | 'timeout' // 10 s
  | 'malformed'; // unparseable or wrongly shaped JSON

export interface TicketFetchError {
  kind: TicketFetchErrorKind;
  /** Short, user-facing reason, e.g. "Sign in to Zendesk again". */
  message: string;
}

export type TicketResult =
  | {
      ok: true;
      facts: TicketFacts;
      /** The helpdesk's update time of the ticket (cache key). */
      updatedAt: number;
      /** 'batch': approximate facts from list data; 'detail': full history. */
      precision: 'batch' | 'detail';
    }
  | { ok: false; error: TicketFetchError };

export interface TicketClient {
  /**
   * List data for many tickets: `ceil(N/100)` batch calls (Jira: plus bulk changelog). Cached per ticket. Batch
   * endpoints silently leave out tickets the agent may not see as well as deleted ones, and so does this map: only
   * `fetchDetail` (the ticket's own endpoint) tells "no access" (403) from "gone" (404).
   */
  fetchBatch(keys: string[], signal?: AbortSignal): Promise<Map<string, TicketResult>>;
  /** Full history for one ticket (at most 2 calls; at most 30 detail calls per minute per client). */
  fetchDetail(key: string, signal?: AbortSignal): Promise<TicketResult>;
}
