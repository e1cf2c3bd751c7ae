/**
 * One ticket's state on the page, and the pure decisions about it: which request it needs next, and what it
 * shows at a given instant.
 */
import type { TicketResult } from '../adapters/types';
import type { Policy } from '../policy/types';
import type { TicketFacts, TicketSla } from '../sla/types';
import type { BadgeState } from './badge-view';
import { evaluation as plan, projectRemaining, type Evaluation } from './project-sla';
import { FRESH_MS } from './result-cache';
import type { TickSlot } from './tick-table';
import type { BadgeController } from './sla-badge';

export interface Entry {
  key: string;
  badges: Set<BadgeController>;
  /** A ticket page (not a row) shows it: always worth full history. */
  wantsDetail: boolean;
  result?: Extract<TicketResult, { ok: true }>;
  error?: string;
  fetchedAt: number;
  /** A request for it is queued or in flight. */
  requested: boolean;
  detailTriedAt: number;
  evaluation?: Evaluation;
  /** How many of its badges are in the viewport (ticks visit only these entries). */
  seen: number;
}

export function newEntry(key: string): Entry {
  // Every field set up front: entries keep one shape, which keeps the tick loop's reads monomorphic.
  return {
    key,
    badges: new Set(),
    wantsDetail: false,
    result: undefined,
    error: undefined,
    fetchedAt: 0,
    requested: false,
    detailTriedAt: -Infinity,
    evaluation: undefined,
    seen: 0,
  };
}

/**
 * The request an entry needs now, if any. Ticket pages get one detail call once seen, and batch data while hidden
 * (a background ticket tab: one show_many covers them all, no history call until shown); rows get batch data when
 * it is missing or older than a minute, and a seen row with only batch data gets one detail call a minute at most.
 */
export function neededRequest(entry: Entry, now: number, seen: boolean): 'batch' | 'detail' | undefined {
  if (entry.requested) return undefined;
  const stale = now >= entry.fetchedAt + FRESH_MS;
  const approximate = entry.result?.precision === 'batch';
  if (entry.wantsDetail && seen) return stale || approximate ? 'detail' : undefined;
  if (stale) return 'batch';
  return approximate && seen && now >= entry.detailTriedAt + FRESH_MS ? 'detail' : undefined;
}

/**
 * From when `neededRequest` may ask for something for a seen entry if nothing else about it changes, so that a
 * tick need not ask every entry every second. While a request is out: never, until its answer (or the queue
 * dropping it) brings the entry back to the store.
 */
export function requestDueAt(entry: Entry): number {
  if (entry.requested) return Infinity;
  const staleAt = entry.fetchedAt + FRESH_MS;
  if (entry.result?.precision !== 'batch') return staleAt;
  return entry.wantsDetail ? -Infinity : Math.min(staleAt, entry.detailTriedAt + FRESH_MS);
}

/**
 * What a tick needs to know about a visible badge of `entry`, which shows `state` (tick-table): how its countdown
 * moves, and until when that holds (the last evaluation's validity, and the next request due).
 */
export function tickSlot(entry: Entry, state: BadgeState): TickSlot {
  const until = requestDueAt(entry);
  const e = entry.evaluation;
  if (state.status !== 'ready' || !e) return { zeroAt: Number.NaN, since: -Infinity, until, shown: Number.NaN };
  const shown = Number.isFinite(state.remainingMs) ? Math.round(state.remainingMs) : Number.NaN;
  return { zeroAt: e.moving ? e.zeroAt : Number.NaN, since: e.at, until: Math.min(until, e.validUntil), shown };
}

export type Evaluate = (policy: Policy, facts: TicketFacts, now: number) => TicketSla;

/** What the entry shows at `now`: a cheap projection of the last evaluation when it still holds, else a new one. */
export function entryState(
  entry: Entry,
  now: number,
  policy: Policy | undefined,
  evaluate: Evaluate,
): BadgeState {
  const { result, evaluation } = entry;
  if (entry.error === undefined && result && policy) {
    const remainingMs = evaluation ? projectRemaining(evaluation, now) : null;
    if (evaluation && remainingMs !== null) return { status: 'ready', sla: evaluation.sla, remainingMs };
    try {
      const sla = evaluate(policy, result.facts, now);
      entry.evaluation = plan(sla, now, policy);
      return { status: 'ready', sla, remainingMs: sla.next?.remainingMs ?? Number.NaN };
    } catch (error) {
      entry.error = `SLA could not be computed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return entry.error === undefined ? { status: 'loading' } : { status: 'error', message: entry.error };
}
