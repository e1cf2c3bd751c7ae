import type { StatusTimeline } from './status-timeline';
import type { CountingClock } from './measure-clock';
import type { TicketFacts } from './types';

/**
 * The firstResponse clock (`ENGINE.md`): from `createdAt` until the first public agent reply or the first moment
 * the ticket is `done`, whichever comes first. Status does not pause it. Null before `createdAt`.
 *
 * @example
 * const clock = firstResponseClock(facts, buildStatusTimeline(policy, facts, now), now);
 * // with a public agent reply at t: { intervals: [facts.createdAt, t], state: 'stopped' }
 */
export function firstResponseClock(ticket: TicketFacts, timeline: StatusTimeline, now: number): CountingClock | null {
  const start = ticket.createdAt;
  if (now < start) return null;
  let stop = Infinity;
  const replies = ticket.replies;
  for (let i = 0; i < replies.length; i++) {
    const reply = replies[i]!;
    if (reply.at > now) break;
    if (reply.author === 'agent' && reply.public) {
      stop = reply.at;
      break;
    }
  }
  // doneStarts[0] is the first time the ticket became done; -Infinity means it was created done.
  const firstDone = timeline.doneStarts[0];
  if (firstDone !== undefined && firstDone < stop) stop = firstDone;
  if (stop === Infinity) return { intervals: [start, now], state: 'running' };
  // A reply stamped before the ticket's creation (clock skew between systems) stops it at creation.
  return { intervals: [start, Math.max(start, stop)], state: 'stopped' };
}
