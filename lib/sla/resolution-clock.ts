import type { StatusTimeline } from './status-timeline';
import type { CountingClock } from './measure-clock';

/**
 * The resolution clock (`ENGINE.md`): counts from `createdAt` while the mapped status is `active`, pauses while it is
 * `paused`, stops while it is `done`, and resumes on reopening, keeping what it had. Null before `createdAt`.
 *
 * @example
 * // open at t0, pending at t1, open at t2, now t3
 * resolutionClock(timeline, t0, t3); // { intervals: [t0, t1, t2, t3], state: 'running' }
 */
export function resolutionClock(timeline: StatusTimeline, createdAt: number, now: number): CountingClock | null {
  if (now < createdAt) return null;
  const { starts, statuses } = timeline;
  const intervals: number[] = [];
  const n = statuses.length;
  for (let i = 0; i < n; i++) {
    if (statuses[i] !== 'active') continue;
    const from = Math.max(starts[i]!, createdAt);
    const to = i + 1 < n ? Math.min(starts[i + 1]!, now) : now;
    // The running segment is kept even when empty, so the clock's last interval always ends at `now`.
    if (to > from || (i + 1 === n && to === from)) intervals.push(from, to);
  }
  const current = statuses[n - 1]!;
  const state = current === 'active' ? 'running' : current === 'paused' ? 'paused' : 'stopped';
  return { intervals, state };
}
