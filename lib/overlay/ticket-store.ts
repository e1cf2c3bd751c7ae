/**
 * Ticket data and SLA state for every badge on the page: which keys need which request, the results, their
 * evaluation under the active policy, and what each badge shows. Lives for the whole document (so results survive
 * in-app navigation); the client is swapped per page.
 *
 * A closure, not a class: minifiers can shorten local names but not property names, and every byte counts
 * against the 25 KB content-script budget.
 */
import type { PlacementKind, TicketClient, TicketResult } from '../adapters/types';
import type { Policy } from '../policy/types';
import type { TicketFacts, TicketSla } from '../sla/types';
import { createFetchQueue } from './fetch-queue';
import { needsSeconds, projectRemaining, secondsFor } from './project-sla';
import { createResultCache } from './result-cache';
import type { BadgeState } from './badge-view';
import type { BadgeController } from './sla-badge';
import { entryState, neededRequest, newEntry, type Entry, type Evaluate } from './ticket-entry';
import type { Cadence } from './ticker';
import { createVisibilityWatcher } from './visibility';

export interface EvaluatedTicket {
  facts: TicketFacts;
  sla: TicketSla;
}

export interface TicketStoreOptions {
  clock(): number;
  evaluate: Evaluate;
  /** A key turned out not to exist (404): the page must drop its badges. */
  onHidden(): void;
  demand(cadence: Cadence): void;
  onEvaluated?(tickets: EvaluatedTicket[]): void;
  createVisibility?: typeof createVisibilityWatcher;
}

export interface TicketStore {
  setClient(client: TicketClient | null, signal?: AbortSignal): void;
  setPolicy(policy: Policy): void;
  isHidden(key: string): boolean;
  attach(badge: BadgeController, kind: PlacementKind): void;
  detach(badge: BadgeController): void;
  /** Re-evaluates what visible badges show at `now`; returns the cadence they need. */
  tick(now: number): Cadence;
  /** Counts for tests and leak checks. */
  stats(): { entries: number; badges: number; visible: number; cached: number };
  dispose(): void;
}

export function createTicketStore(o: TicketStoreOptions): TicketStore {
  const entries = new Map<string, Entry>();
  const byBadge = new Map<BadgeController, Entry>();
  const byHost = new WeakMap<Element, BadgeController>();
  const visible = new Set<BadgeController>();
  const hidden = new Set<string>();
  const cache = createResultCache();
  let policy: Policy | undefined;

  const isSeen = (entry: Entry) => entry.seen > 0;

  /** Shows the entry's state at `now` on its badges (or one badge); returns that state. */
  const render = (entry: Entry, now: number, only?: BadgeController): BadgeState => {
    const state = entryState(entry, now, policy, o.evaluate);
    if (only) only.update(state);
    else for (const badge of entry.badges) badge.update(state);
    return state;
  };
  const fast = (state: BadgeState) => state.status === 'ready' && needsSeconds(state.sla, state.remainingMs);

  const request = (entry: Entry, now: number) => {
    const kind = neededRequest(entry, now, isSeen(entry));
    if (!kind) return;
    entry.requested = true;
    if (kind === 'detail') entry.detailTriedAt = now;
    queue.add(entry.key, kind);
  };

  const deliver = (results: Map<string, TicketResult>) => {
    const now = o.clock();
    const evaluated: EvaluatedTicket[] = [];
    let hiddenChanged = false;
    for (const [key, result] of results) {
      const entry = entries.get(key);
      if (entry) Object.assign(entry, { requested: false, fetchedAt: now });
      if (!result.ok) {
        if (result.error.kind === 'not-found') {
          hidden.add(key);
          cache.delete(key);
          hiddenChanged = true;
        } else if (entry) {
          // OVERLAY.md "Failures": the affected ticket shows the error, even over older data; a refresh retries.
          Object.assign(entry, { error: result.error.message, result: undefined, evaluation: undefined });
          render(entry, now);
        }
        continue;
      }
      // Batch data never replaces full history of the same ticket version.
      const old = entry?.result;
      const current = old?.precision === 'detail' && old.updatedAt === result.updatedAt ? old : result;
      cache.set(key, { result: current, fetchedAt: now });
      if (!entry) continue;
      entry.error = undefined;
      if (current !== old) Object.assign(entry, { result: current, evaluation: undefined });
      const state = render(entry, now);
      if (state.status === 'ready') evaluated.push({ facts: current.facts, sla: state.sla });
      if (fast(state) && isSeen(entry)) o.demand('second');
      request(entry, now);
    }
    if (hiddenChanged) o.onHidden();
    if (evaluated.length) o.onEvaluated?.(evaluated);
  };

  const queue = createFetchQueue({
    deliver,
    // History is for tickets in view (OVERLAY.md "Budget"); a probe also runs for rows out of view, so that a gone
    // ticket loses its badge and a forbidden one says so before the agent scrolls to it.
    stillWanted: (key, probe) => {
      const entry = entries.get(key);
      if (entry && (probe || isSeen(entry))) return true;
      if (entry) entry.requested = false;
      return false;
    },
    // The page that asked went away before the answer. A badge for the key may already be back (the next page
    // showed the same ticket while the request was in flight): ask again for it now, not at the next tick.
    dropped: (keys) => {
      const now = o.clock();
      for (const key of keys) {
        const entry = entries.get(key);
        if (!entry) continue;
        entry.requested = false;
        if (entry.badges.size > 0) request(entry, now);
      }
    },
  });

  const watcher = (o.createVisibility ?? createVisibilityWatcher)((el, isVisible) => {
    const badge = byHost.get(el);
    const entry = badge && byBadge.get(badge);
    if (!badge || !entry) return;
    // A ticket badge reported hidden (the observer's first report for a background ticket tab): batch data now,
    // so it shows real data rather than `loading`; its history waits until it is shown (neededRequest).
    if (!isVisible && entry.wantsDetail) request(entry, o.clock());
    if (isVisible === visible.has(badge)) return;
    entry.seen += isVisible ? 1 : -1;
    if (!isVisible) return void visible.delete(badge);
    visible.add(badge);
    const now = o.clock();
    request(entry, now);
    if (fast(render(entry, now))) o.demand('second');
  });

  return {
    setClient: (client, signal) => queue.setClient(client, signal),
    setPolicy(next) {
      policy = next;
      const now = o.clock();
      const evaluated: EvaluatedTicket[] = [];
      for (const entry of entries.values()) {
        entry.evaluation = undefined;
        const state = render(entry, now);
        if (state.status === 'ready' && entry.result) evaluated.push({ facts: entry.result.facts, sla: state.sla });
      }
      if (evaluated.length) o.onEvaluated?.(evaluated);
    },
    isHidden: (key) => hidden.has(key),
    attach(badge, kind) {
      let entry = entries.get(badge.key);
      if (!entry) {
        entry = newEntry(badge.key);
        const cached = cache.get(badge.key);
        if (cached?.result.ok) Object.assign(entry, { result: cached.result, fetchedAt: cached.fetchedAt });
        entries.set(badge.key, entry);
      }
      entry.badges.add(badge);
      entry.wantsDetail ||= kind === 'ticket';
      byBadge.set(badge, entry);
      byHost.set(badge.host, badge);
      watcher.observe(badge.host);
      const now = o.clock();
      // A ticket badge waits for its first visibility report: shown, it costs one detail call; hidden, one batch.
      if (!entry.wantsDetail) request(entry, now);
      render(entry, now, badge);
    },
    detach(badge) {
      const entry = byBadge.get(badge);
      byBadge.delete(badge);
      watcher.unobserve(badge.host);
      if (!entry) return;
      if (visible.delete(badge)) entry.seen--;
      entry.badges.delete(badge);
      if (entry.badges.size === 0) entries.delete(entry.key);
    },
    tick(now) {
      let cadence: Cadence = 'minute';
      for (const entry of entries.values()) {
        if (entry.seen === 0) continue;
        if (!entry.requested) request(entry, now);
        // Cheap path: shift the last evaluation and hand each badge a number, allocating nothing.
        const ev = entry.error === undefined ? entry.evaluation : undefined;
        const remaining = ev ? projectRemaining(ev, now) : null;
        if (ev && remaining !== null) {
          for (const b of entry.badges) b.tickTo(ev.sla, remaining);
          if (ev.mode !== 0 && secondsFor(remaining)) cadence = 'second';
        } else if (fast(render(entry, now))) cadence = 'second';
      }
      return cadence;
    },
    stats: () => ({ entries: entries.size, badges: byBadge.size, visible: visible.size, cached: cache.size() }),
    dispose() {
      queue.dispose();
      watcher.disconnect();
      entries.clear();
      byBadge.clear();
      visible.clear();
    },
  };
}
