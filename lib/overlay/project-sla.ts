/**
 * Cheap per-tick countdowns between full evaluations. A running clock inside business hours loses exactly the
 * elapsed wall time, so a tick can shift `next.remainingMs` instead of re-running `evaluateTicket` for 500 rows
 * (the 2 ms tick budget). A full evaluation is due when the level would change, when business hours start or end,
 * or when the entry's horizon passes: 4–8 min, staggered per ticket so no tick re-evaluates everyone at once. The
 * horizon only guards what a shift cannot see (two running clocks on different calendars swapping places).
 * All of those instants are known when the evaluation is made, so a tick is arithmetic only: it never asks the
 * calendar.
 */
import type { Policy } from '../policy/types';
import { nextHoursEdge } from '../sla/next-hours-edge';
import type { TicketSla } from '../sla/types';

/**
 * An evaluation plus a flat plan for shifting it. Every field is set by `evaluation()`, so all entries share one
 * object shape and the tick loop's property reads stay monomorphic (engine results differ in shape per metric).
 */
export interface Evaluation {
  sla: TicketSla;
  at: number;
  validUntil: number;
  /**
   * Whether the shown countdown moves: a running clock inside business hours (policy), or a native SLA with a due
   * time. Not while paused, waiting for business hours, or without a matched tier.
   */
  moving: boolean;
  /** `next.remainingMs` at `at` (NaN without a next clock). */
  base: number;
  /** When a moving countdown reaches zero: it loses exactly the elapsed wall time (NaN when it does not move). */
  zeroAt: number;
}

export function evaluation(sla: TicketSla, at: number, policy: Policy): Evaluation {
  const next = sla.next;
  const base = next ? next.remainingMs : Number.NaN;
  let zeroAt = Number.NaN;
  if (next?.state === 'running' && sla.source !== 'none') {
    if (sla.source === 'native') zeroAt = next.dueAt ?? Number.NaN;
    else if (!next.outsideHours) zeroAt = at + base;
  }
  return { sla, at, validUntil: validUntil(sla, at, policy), moving: Number.isFinite(zeroAt), base, zeroAt };
}

const NATIVE_CRITICAL_MS = 15 * 60_000;

function stagger(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0;
  return 240_000 + (Math.abs(h) % 240_000);
}

/** When `sla`, evaluated at `at`, must be evaluated again at the latest. */
export function validUntil(sla: TicketSla, at: number, policy: Policy): number {
  const horizon = at + stagger(sla.key);
  const next = sla.next;
  if (!next || next.state !== 'running') return horizon;
  if (sla.source === 'native') {
    const edge = next.dueAt != null ? next.dueAt - NATIVE_CRITICAL_MS : Infinity;
    return edge > at ? Math.min(horizon, edge) : horizon;
  }
  // Business hours starting (a waiting clock resumes) or ending (a counting one stops) need a full evaluation.
  const hours = Math.min(horizon, nextHoursEdge(next.calendar, at));
  if (next.outsideHours) return hours;
  const tier = policy.tiers.find((x) => x.id === sla.tier?.id);
  const { warningAt, criticalAt } = tier?.escalation ?? policy.escalation;
  const e0 = next.elapsedMs;
  const bounds = [(warningAt * next.targetMs) / 100, (criticalAt * next.targetMs) / 100, next.targetMs];
  let until = hours;
  for (const b of bounds) if (b > e0) until = Math.min(until, at + Math.ceil(b - e0));
  return until;
}

/**
 * `next.remainingMs` at `now`, shifted from `e` (NaN without a next clock), or null when only a full evaluation
 * can tell. Returns a number, not a shifted copy of the SLA: projecting allocates nothing.
 */
export function projectRemaining(e: Evaluation, now: number): number | null {
  if (now >= e.validUntil || now < e.at) return null;
  return e.moving ? e.zeroAt - now : e.base;
}

/** Whether a visible badge showing `sla` with `remainingMs` left needs the ticker's one-second cadence. */
export function needsSeconds(sla: TicketSla | undefined, remainingMs: number): boolean {
  return sla?.next?.state === 'running' && secondsFor(remainingMs);
}

/** The cadence rule on its own: under a minute either side of breach, or within the hour before it. */
export function secondsFor(remainingMs: number): boolean {
  if (!Number.isFinite(remainingMs)) return false;
  return Math.abs(remainingMs) < 60_000 || (remainingMs > 0 && remainingMs <= 3_600_000);
}
