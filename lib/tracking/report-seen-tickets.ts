/**
 * Content-script side of tracking: the overlay calls `reportSeenTickets` from its `onEvaluated` hook with the tickets
 * it shows, and this forwards them to the background. Kept tiny for the 25 KB content-script budget: no engine, no
 * storage, one message per burst.
 *
 * - Batched: reports within `FLUSH_MS` go as one message.
 * - Only changes: a ticket is re-sent when its facts object or URL changed (the overlay reuses the facts object while
 *   its cache is fresh, so an identity check skips the per-tick work), or when the refresh timer fires, which keeps
 *   `lastSeenAt` current for a tab that stays open for hours.
 * - It never reads the clock; the background stamps `lastSeenAt`.
 */
import { browser } from 'wxt/browser';
import type { TicketFacts } from '../sla/types';
import type { TrackingMessage } from './messages';

const FLUSH_MS = 500;
const REFRESH_MS = 10 * 60_000;

interface Sent {
  facts: TicketFacts;
  url: string;
  json: string;
}

const sent = new Map<string, Sent>();
const pending = new Map<string, { facts: TicketFacts; url: string }>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;
let refreshTimer: ReturnType<typeof setInterval> | undefined;
let warned = false;

export function reportSeenTickets(items: readonly { facts: TicketFacts; url: string }[]): void {
  for (const item of items) {
    const id = `${item.url}#${item.facts.key}`;
    const previous = sent.get(id);
    if (previous && previous.facts === item.facts && previous.url === item.url) continue;
    const json = JSON.stringify(item.facts);
    if (previous && previous.json === json && previous.url === item.url) {
      previous.facts = item.facts;
      continue;
    }
    sent.set(id, { facts: item.facts, url: item.url, json });
    pending.set(id, { facts: item.facts, url: item.url });
  }
  if (pending.size > 0 && flushTimer === undefined) flushTimer = setTimeout(flush, FLUSH_MS);
  refreshTimer ??= setInterval(() => sent.clear(), REFRESH_MS);
  if (!listening && typeof addEventListener === 'function') {
    listening = true;
    // A tab closed right after a ticket appeared still reports it.
    addEventListener('pagehide', flush);
  }
}

let listening = false;

function flush(): void {
  clearTimeout(flushTimer);
  flushTimer = undefined;
  if (pending.size === 0) return;
  const message: TrackingMessage = { type: 'sla-tracking:seen', items: [...pending.values()] };
  pending.clear();
  browser.runtime.sendMessage(message).catch((error: unknown) => {
    if (!warned) console.warn('[sla:tracking] could not report tickets', error);
    warned = true;
  });
}

/** Forgets what was sent; for tests. */
export function resetSeenTicketReports(): void {
  clearTimeout(flushTimer);
  clearInterval(refreshTimer);
  flushTimer = undefined;
  refreshTimer = undefined;
  sent.clear();
  pending.clear();
}
