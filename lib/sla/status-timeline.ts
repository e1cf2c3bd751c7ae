import type { MappedStatus, Policy } from '../policy/types';
import type { StatusCategory, TicketFacts } from './types';

/**
 * The ticket's mapped status over time, up to `now`, as segments: segment `i` holds `statuses[i]` from `starts[i]`
 * until `starts[i + 1]` (or `now` for the last one). Consecutive segments always differ, so a segment whose status
 * is `done` is a moment the ticket *became* done.
 */
export interface StatusTimeline {
  /** Ascending; `starts[0]` is `-Infinity`: the first entry is the status at creation, whatever its `at` says. */
  starts: number[];
  statuses: MappedStatus[];
  /** The segment starts whose status is `done`, ascending: the moments the ticket became done. */
  doneStarts: number[];
  /** The raw status at `now` (null when the history is empty), for the explanation. */
  currentRaw: string | null;
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Builds the mapped status timeline of a ticket up to `now` (`POLICY.md` step 4, `ENGINE.md` "status at instant t").
 *
 * - The status at `t` is the last `statusHistory` entry with `at ≤ t`; a change at `t` takes effect at `t`.
 * - Entries after `now` are ignored; with none left the ticket counts as `active`.
 * - Mapping: `statusMap[helpdesk][raw lower-cased]`; else a Jira status in category `done` is `done`; else `active`.
 *
 * @example
 * const timeline = buildStatusTimeline(policy, { ...facts, statusHistory: [
 *   { at: t0, status: 'open' }, { at: t1, status: 'pending' } ] }, now);
 * // timeline.starts = [-Infinity, t1], timeline.statuses = ['active', 'paused'], timeline.currentRaw = 'pending'
 */
export function buildStatusTimeline(policy: Policy, ticket: TicketFacts, now: number): StatusTimeline {
  const map = policy.statusMap[ticket.helpdesk];
  const isJira = ticket.helpdesk === 'jira';
  const history = ticket.statusHistory;
  const starts: number[] = [];
  const statuses: MappedStatus[] = [];
  const doneStarts: number[] = [];
  let currentRaw: string | null = null;

  // The real `at` of each segment's first entry (starts[0] is widened to -Infinity), to merge same-instant entries.
  const entryAts: number[] = [];
  for (let i = 0; i < history.length; i++) {
    const entry = history[i]!;
    if (entry.at > now) break; // ascending: everything after is in the future too
    const status = mapStatus(map, isJira, entry.status, entry.category);
    currentRaw = entry.status;
    const last = statuses.length - 1;
    if (last >= 0 && entryAts[last] === entry.at) {
      // Several entries at one instant: the last one is the status at that instant.
      statuses[last] = status;
      if (last > 0 && statuses[last - 1] === status) {
        starts.pop();
        statuses.pop();
        entryAts.pop();
      }
    } else if (last < 0 || statuses[last] !== status) {
      starts.push(last < 0 ? -Infinity : entry.at);
      statuses.push(status);
      entryAts.push(entry.at);
    }
  }
  if (statuses.length === 0) {
    starts.push(-Infinity);
    statuses.push('active');
  }
  for (let i = 0; i < statuses.length; i++) {
    if (statuses[i] === 'done') doneStarts.push(starts[i]!);
  }
  return { starts, statuses, doneStarts, currentRaw };
}

function mapStatus(
  map: Record<string, MappedStatus> | undefined,
  isJira: boolean,
  raw: string,
  category: StatusCategory | undefined,
): MappedStatus {
  const key = raw.toLowerCase();
  if (map !== undefined && hasOwn.call(map, key)) return map[key]!;
  // Jira tells us which statuses are "done" through the category even when the policy doesn't list them;
  // Zendesk has no such category, so an unknown Zendesk status stays active (POLICY.md step 4).
  return isJira && category === 'done' ? 'done' : 'active';
}
