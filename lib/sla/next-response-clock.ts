import { businessTimeBetween } from './business-time-between';
import type { CountingClock } from './measure-clock';
import type { StatusTimeline } from './status-timeline';
import type { CalendarRef, TicketFacts } from './types';

/** The latest nextResponse cycle, with the tally of the stopped ones. */
export interface NextResponseClock extends CountingClock {
  /** Stopped cycles, the latest one included when it is stopped. */
  cycles: number;
  /** Stopped cycles whose business time exceeded the target (one stopping exactly at it did not breach). */
  breachedCycles: number;
}

/**
 * The nextResponse clock (`ENGINE.md`), walking the replies up to `now` in order:
 * - a public customer reply opens a cycle when none is open, a public agent reply has already been made and the
 *   status at that instant is not `done`;
 * - the cycle stops at the next public agent reply, or when the ticket becomes `done`;
 * - later customer replies inside an open cycle don't restart it; private replies are ignored.
 *
 * Returns the latest cycle, or null when no cycle ever started. One pass over replies and status segments.
 *
 * @example
 * // agent replies at t1, customer at t2, agent at t3, customer at t4, now t5
 * nextResponseClock(facts, timeline, t5, '24x7', 30 * 60_000);
 * // { intervals: [t4, t5], state: 'running', cycles: 1, breachedCycles: 0 or 1 }
 */
export function nextResponseClock(
  ticket: TicketFacts,
  timeline: StatusTimeline,
  now: number,
  calendar: CalendarRef,
  targetMs: number,
): NextResponseClock | null {
  const { starts, statuses, doneStarts } = timeline;
  const replies = ticket.replies;
  // One small state object and module-level helpers rather than closures: this runs for every ticket on every tick.
  const walk: CycleWalk = { open: false, start: 0, lastStart: NaN, lastStop: NaN, cycles: 0, breachedCycles: 0, done: 0 };
  let agentReplied = false;
  let seg = 0; // the status segment at the current reply

  for (let i = 0; i < replies.length; i++) {
    const reply = replies[i]!;
    const at = reply.at;
    if (at > now) break; // ascending: the rest is in the future
    if (!reply.public) continue;
    if (walk.open) closeIfDone(walk, doneStarts, at, calendar, targetMs);
    if (reply.author === 'agent') {
      if (walk.open) closeCycle(walk, at, calendar, targetMs);
      agentReplied = true;
    } else if (!walk.open && agentReplied) {
      while (seg + 1 < starts.length && starts[seg + 1]! <= at) seg++;
      if (statuses[seg] !== 'done') {
        walk.open = true;
        walk.start = at;
      }
    }
  }
  if (walk.open) closeIfDone(walk, doneStarts, now, calendar, targetMs);

  const { cycles, breachedCycles } = walk;
  if (walk.open) return { intervals: [walk.start, now], state: 'running', cycles, breachedCycles };
  if (cycles === 0) return null;
  return { intervals: [walk.lastStart, walk.lastStop], state: 'stopped', cycles, breachedCycles };
}

interface CycleWalk {
  open: boolean;
  /** Start of the open cycle. */
  start: number;
  lastStart: number;
  lastStop: number;
  cycles: number;
  breachedCycles: number;
  /** Index of the first `doneStarts` entry not yet behind the open cycle's start (cycle starts only grow). */
  done: number;
}

/** Closes the open cycle if the ticket became done after it opened and no later than `until`. */
function closeIfDone(
  walk: CycleWalk,
  doneStarts: readonly number[],
  until: number,
  calendar: CalendarRef,
  targetMs: number,
): void {
  while (walk.done < doneStarts.length && doneStarts[walk.done]! <= walk.start) walk.done++;
  const doneAt = doneStarts[walk.done];
  if (doneAt !== undefined && doneAt <= until) closeCycle(walk, doneAt, calendar, targetMs);
}

function closeCycle(walk: CycleWalk, stop: number, calendar: CalendarRef, targetMs: number): void {
  walk.open = false;
  walk.lastStart = walk.start;
  walk.lastStop = stop;
  walk.cycles++;
  // Business time never exceeds wall time, so a cycle answered within the target needs no calendar work.
  if (stop - walk.start > targetMs && businessTimeBetween(calendar, walk.start, stop) > targetMs) walk.breachedCycles++;
}
