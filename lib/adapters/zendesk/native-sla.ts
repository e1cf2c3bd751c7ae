/**
 * Zendesk's own SLA targets from `include=slas` → `ticket.slas.policy_metrics[]` (semi-documented, M [Z6][Z7][Z10]).
 *
 * Metric rule: `first_reply_time` → firstResponse, `next_reply_time` → nextResponse, and resolution is
 * `requester_wait_time` when present, else `total_resolution_time`. Requester wait pauses while the ticket is
 * pending, which is what our resolution clock does (ENGINE.md); total resolution never pauses.
 * Other metrics (agent work, periodic/pausable update) have no counterpart and are skipped.
 *
 * Stages: `active`, `paused`, `achieved` (captured) and `closed` (Zendesk help text [Z12]); any stage naming a
 * breach counts as breached. An active or paused target whose `breach_at` has passed is breached too; that flag is
 * computed at fetch time, so it can lag by up to the cache lifetime (60 s).
 */
import type { MetricName, NativeSla } from '../../sla/types';
import { asRecord, asRecords, asString, parseIsoTime } from '../json-guards';

const METRICS: Record<string, { metric: MetricName; rank: number }> = {
  first_reply_time: { metric: 'firstResponse', rank: 0 },
  next_reply_time: { metric: 'nextResponse', rank: 0 },
  requester_wait_time: { metric: 'resolution', rank: 0 },
  total_resolution_time: { metric: 'resolution', rank: 1 },
};
const ORDER: MetricName[] = ['firstResponse', 'nextResponse', 'resolution'];

/** `undefined` when the sideload is absent or holds no metric we use (then the policy decides). */
export function nativeSlaFromZendesk(slas: unknown, now: number): NativeSla[] | undefined {
  const chosen = new Map<MetricName, { rank: number; sla: NativeSla }>();
  for (const entry of asRecords(asRecord(slas)?.policy_metrics)) {
    const known = METRICS[asString(entry.metric) ?? ''];
    if (!known) continue;
    const previous = chosen.get(known.metric);
    if (previous && previous.rank <= known.rank) continue;
    const stage = (asString(entry.stage) ?? '').toLowerCase();
    const dueAt = parseIsoTime(entry.breach_at) ?? null;
    const met = stage.startsWith('achieved') || stage.startsWith('closed');
    const paused = stage.startsWith('paused');
    const breached = stage.includes('breach') || (!met && dueAt !== null && dueAt <= now);
    chosen.set(known.metric, { rank: known.rank, sla: { metric: known.metric, dueAt, paused, breached, met } });
  }
  const native = ORDER.flatMap((metric) => {
    const found = chosen.get(metric);
    return found ? [found.sla] : [];
  });
  return native.length > 0 ? native : undefined;
}
