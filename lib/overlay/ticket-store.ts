/**
 * Ticket data and SLA state for every badge on the page: which keys need which request, the results, their
 * evaluation under the active policy, and what each badge shows. Lives for the whole document (so the cache
 * survives in-app navigation); the client is swapped per page.
 */
import type { PlacementKind, TicketClient, TicketResult } from '../adapters/types';
import type { CalendarRef, Policy, TicketFacts, TicketSla } from '../sla/index';
import { FetchQueue } from './fetch-queue';
import { needsSeconds, projectSla, validUntil, type Evaluation } from './project-sla';
import { FRESH_MS, ResultCache } from './result-cache';
import type { BadgeController } from './sla-badge';
import type { BadgeState } from './badge-view';
import type { Cadence } from './ticker';
import { createVisibilityWatcher, type VisibilityWatcher } from './visibility';

export interface EvaluatedTicket {
  facts: TicketFacts;
  sla: TicketSla;
}

export interface TicketStoreOptions {
  clock(): number;
  evaluate(policy: Policy, facts: TicketFacts, now: number): TicketSla;
  isBusinessTime(calendar: CalendarRef, at: number): boolean;
  /** A key turned out not to exist (404): the page must drop its badges. */
  onHidden(): void;
  demand(cadence: Cadence): void;
  onEvaluated?(tickets: EvaluatedTicket[]): void;
  createVisibility?: typeof createVisibilityWatcher;
  log?(message: string): void;
}

interface Entry {
  key: string;
  badges: Set<BadgeController>;
  /** A ticket page (not a row) shows it: always worth full history. */
  wantsDetail: boolean;
  result?: Extract<TicketResult, { ok: true }>;
  error?: string;
  fetchedAt: number;
  requested: boolean;
  detailTriedAt: number;
  evaluation?: Evaluation;
}

export class TicketStore {
  private readonly entries = new Map<string, Entry>();
  private readonly byBadge = new Map<BadgeController, Entry>();
  private readonly byHost = new WeakMap<Element, BadgeController>();
  private readonly visible = new Set<BadgeController>();
  private readonly hidden = new Set<string>();
  private readonly cache = new ResultCache();
  private readonly queue: FetchQueue;
  private readonly watcher: VisibilityWatcher;
  private policy: Policy | undefined;

  constructor(private readonly o: TicketStoreOptions) {
    this.queue = new FetchQueue({
      deliver: (results) => this.deliver(results),
      stillWanted: (key) => this.stillWanted(key),
      dropped: (keys) => this.dropped(keys),
    });
    this.watcher = (o.createVisibility ?? createVisibilityWatcher)((el, isVisible) => {
      const badge = this.byHost.get(el);
      if (badge) this.setVisible(badge, isVisible);
    });
  }

  setClient(client: TicketClient | null, signal?: AbortSignal): void {
    this.queue.setClient(client, signal);
  }

  setPolicy(policy: Policy): void {
    this.policy = policy;
    const now = this.o.clock();
    const evaluated: EvaluatedTicket[] = [];
    for (const entry of this.entries.values()) {
      entry.evaluation = undefined;
      const sla = this.evaluate(entry, now);
      if (sla && entry.result) evaluated.push({ facts: entry.result.facts, sla });
      this.render(entry, now);
    }
    if (evaluated.length) this.o.onEvaluated?.(evaluated);
  }

  isHidden(key: string): boolean {
    return this.hidden.has(key);
  }

  attach(badge: BadgeController, kind: PlacementKind): void {
    let entry = this.entries.get(badge.key);
    if (!entry) {
      entry = { key: badge.key, badges: new Set(), wantsDetail: false, fetchedAt: 0, requested: false, detailTriedAt: -Infinity };
      const cached = this.cache.get(badge.key);
      if (cached?.result.ok) Object.assign(entry, { result: cached.result, fetchedAt: cached.fetchedAt });
      this.entries.set(badge.key, entry);
    }
    entry.badges.add(badge);
    entry.wantsDetail ||= kind === 'ticket';
    this.byBadge.set(badge, entry);
    this.byHost.set(badge.host, badge);
    this.watcher.observe(badge.host);
    const now = this.o.clock();
    this.refreshIfNeeded(entry, now);
    this.render(entry, now, badge);
  }

  detach(badge: BadgeController): void {
    const entry = this.byBadge.get(badge);
    this.byBadge.delete(badge);
    this.visible.delete(badge);
    this.watcher.unobserve(badge.host);
    if (!entry) return;
    entry.badges.delete(badge);
    if (entry.badges.size === 0) this.entries.delete(entry.key);
  }

  /** Re-evaluates what visible badges show at `now`; returns the cadence they need. */
  tick(now: number): Cadence {
    let cadence: Cadence = 'minute';
    const seen = new Set<Entry>();
    for (const badge of this.visible) {
      const entry = this.byBadge.get(badge);
      if (!entry || seen.has(entry)) continue;
      seen.add(entry);
      this.refreshIfNeeded(entry, now);
      const sla = this.render(entry, now);
      if (needsSeconds(sla)) cadence = 'second';
    }
    return cadence;
  }

  /** Counts for tests and leak checks. */
  stats(): { entries: number; badges: number; visible: number; cached: number } {
    const { entries, byBadge, visible, cache } = this;
    return { entries: entries.size, badges: byBadge.size, visible: visible.size, cached: cache.size };
  }

  dispose(): void {
    this.queue.dispose();
    this.watcher.disconnect();
    this.entries.clear();
    this.byBadge.clear();
    this.visible.clear();
  }

  private setVisible(badge: BadgeController, isVisible: boolean): void {
    const entry = this.byBadge.get(badge);
    if (!entry) return;
    if (!isVisible) return void this.visible.delete(badge);
    this.visible.add(badge);
    const now = this.o.clock();
    this.refreshIfNeeded(entry, now);
    if (needsSeconds(this.render(entry, now))) this.o.demand('second');
  }

  /**
   * Asks for data the entry lacks. Ticket pages get one detail call once seen; rows get batch data when it is
   * missing or older than a minute, and a visible row with only batch data gets one detail call a minute at most.
   */
  private refreshIfNeeded(entry: Entry, now: number): void {
    if (entry.requested || this.queue.isQueued(entry.key)) return;
    const seen = this.isSeen(entry);
    const stale = now - entry.fetchedAt > FRESH_MS;
    const approximate = entry.result?.precision === 'batch';
    let kind: 'batch' | 'detail' | undefined;
    if (entry.wantsDetail) kind = seen && (stale || approximate) ? 'detail' : undefined;
    else if (stale) kind = 'batch';
    else if (approximate && seen && now - entry.detailTriedAt > FRESH_MS) kind = 'detail';
    if (!kind) return;
    entry.requested = true;
    if (kind === 'detail') {
      entry.detailTriedAt = now;
      this.queue.queueDetail(entry.key);
    } else this.queue.queueBatch(entry.key);
  }

  private isSeen(entry: Entry): boolean {
    for (const badge of entry.badges) if (this.visible.has(badge)) return true;
    return false;
  }

  private stillWanted(key: string): boolean {
    const entry = this.entries.get(key);
    if (entry && this.isSeen(entry)) return true;
    if (entry) entry.requested = false;
    return false;
  }

  private dropped(keys: string[]): void {
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (entry) entry.requested = false;
    }
  }

  private deliver(results: Map<string, TicketResult>): void {
    const now = this.o.clock();
    const evaluated: EvaluatedTicket[] = [];
    let hiddenChanged = false;
    for (const [key, result] of results) {
      const entry = this.entries.get(key);
      if (entry) Object.assign(entry, { requested: false, fetchedAt: now });
      if (!result.ok) {
        if (result.error.kind === 'not-found') {
          this.hidden.add(key);
          this.cache.delete(key);
          hiddenChanged = true;
        } else if (entry) {
          // OVERLAY.md "Failures": the affected ticket shows the error, even over older data; a refresh retries.
          Object.assign(entry, { error: result.error.message, result: undefined, evaluation: undefined });
        }
        if (entry) this.render(entry, now);
        continue;
      }
      const keep = entry?.result?.precision === 'detail' && result.precision === 'batch';
      const current = keep && entry?.result?.updatedAt === result.updatedAt ? entry.result : result;
      this.cache.set(key, { result: current, fetchedAt: now });
      if (!entry) continue;
      entry.error = undefined;
      if (current !== entry.result) Object.assign(entry, { result: current, evaluation: undefined });
      const sla = this.render(entry, now);
      if (sla) evaluated.push({ facts: current.facts, sla });
      if (needsSeconds(sla) && this.isSeen(entry)) this.o.demand('second');
      this.refreshIfNeeded(entry, now);
    }
    if (hiddenChanged) this.o.onHidden();
    if (evaluated.length) this.o.onEvaluated?.(evaluated);
  }

  private evaluate(entry: Entry, now: number): TicketSla | undefined {
    const { result, evaluation } = entry;
    if (!result || !this.policy) return undefined;
    if (evaluation) {
      const projected = projectSla(evaluation, now, this.o.isBusinessTime);
      if (projected) return projected;
    }
    try {
      const sla = this.o.evaluate(this.policy, result.facts, now);
      entry.evaluation = { sla, at: now, validUntil: validUntil(sla, now, this.policy) };
      return sla;
    } catch (error) {
      entry.error = `SLA could not be computed: ${error instanceof Error ? error.message : String(error)}`;
      return undefined;
    }
  }

  /** Shows the entry's state at `now` on its badges (or one badge); returns the SLA shown, if any. */
  private render(entry: Entry, now: number, only?: BadgeController): TicketSla | undefined {
    const sla = entry.error ? undefined : this.evaluate(entry, now);
    const state: BadgeState = entry.error !== undefined
      ? { status: 'error', message: entry.error }
      : sla
        ? { status: 'ready', sla }
        : { status: 'loading' };
    if (only) only.update(state);
    else for (const badge of entry.badges) badge.update(state);
    return sla;
  }
}
