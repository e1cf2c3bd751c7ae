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
import { needsSeconds } from './project-sla';
import { createResultCache } from './result-cache';
import type { BadgeState } from './badge-view';
import type { BadgeController } from './sla-badge';
import { createTickTable } from './tick-table';
import { entryState, neededRequest, newEntry, tickSlot, type Entry, type Evaluate } from './ticket-entry';
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
  const hidden = new Set<string>();
  const cache = createResultCache();
  // The badges in view, with what a tick needs to know about each.
  const ticks = createTickTable<Entry>();
  let policy: Policy | undefined;

  const isSeen = (entry: Entry) => entry.seen > 0;

  /**
   * Shows the entry's state at `now` on its badges (or one badge), and gives those in view the tick numbers for
   * it; returns that state.
   */
  const render = (entry: Entry, now: number, only?: BadgeController): BadgeState => {
    const state = entryState(entry, now, policy, o.evaluate);
    const slot = isSeen(entry) ? tickSlot(entry, state) : undefined;
    for (const badge of only ? [only] : entry.badges) {
      badge.update(state);
      if (slot) ticks.set(badge, slot);
    }
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
  /** A tick handed the entry back (its evaluation or its data is due): ask for what it needs, and show it anew. */
  const refresh = (entry: Entry, now: number) => {
    request(entry, now);
    render(entry, now);
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
      request(entry, now); // first, so the tick slots rendered next know a request is out
      const state = render(entry, now);
      if (state.status === 'ready') evaluated.push({ facts: current.facts, sla: state.sla });
      if (fast(state) && isSeen(entry)) o.demand('second');
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
        if (entry.badges.size > 0) refresh(entry, now);
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
    if (isVisible === ticks.has(badge)) return;
    entry.seen += isVisible ? 1 : -1;
    if (!isVisible) return void ticks.hide(badge);
    ticks.show(badge, entry);
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
      if (ticks.hide(badge)) entry.seen--;
      entry.badges.delete(badge);
      if (entry.badges.size === 0) entries.delete(entry.key);
    },
    tick: (now) => ticks.run(now, refresh),
    stats: () => ({ entries: entries.size, badges: byBadge.size, visible: ticks.size(), cached: cache.size() }),
    dispose() {
      queue.dispose();
      watcher.disconnect();
      entries.clear();
      byBadge.clear();
    },
  };
}
