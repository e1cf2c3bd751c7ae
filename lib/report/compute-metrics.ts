/**
 * The period's figures (DOMAIN.md item 4, PRODUCT.md "Reports") from evaluated rows: per priority and per tier the
 * sample size, mean / median / P90 of first-response and resolution business minutes, compliance and overdue
 * rates and breaches per metric; the type × priority distribution; the 24 × 7 heat map.
 *
 * Definitions (also in the page's footnote):
 * - compliance rate = tickets within target ÷ tickets a tier applies to; overdue rate = tickets past target ÷ the
 *   same. Tickets no tier applies to have no target: they count in the sample size only.
 * - "within target": no tracked metric breached, running ones included (a still-open ticket that has already
 *   passed its due time is overdue; one that has not is within target so far).
 * - times: only stopped clocks count (answered / resolved tickets); percentiles are nearest-rank (`percentile.ts`).
 */
import type { Policy } from '../policy/types';
import type { MetricName } from '../sla/types';
import { buildHeatMap } from './heat-map';
import { durationStats } from './percentile';
import type { Distribution, GroupStats, ReportMetrics, ReportRecord } from './types';

const METRICS: readonly MetricName[] = ['firstResponse', 'nextResponse', 'resolution'];

export function groupStats(key: string, label: string, records: readonly ReportRecord[]): GroupStats {
  const breaches: Record<MetricName, number> = { firstResponse: 0, nextResponse: 0, resolution: 0 };
  let withSla = 0;
  let withinTarget = 0;
  const fr: number[] = [];
  const res: number[] = [];
  for (const record of records) {
    if (record.withinTarget !== null) withSla++;
    if (record.withinTarget === true) withinTarget++;
    for (const metric of record.breachedMetrics) breaches[metric]++;
    if (record.firstResponseMinutes !== null) fr.push(record.firstResponseMinutes);
    if (record.resolutionMinutes !== null) res.push(record.resolutionMinutes);
  }
  const overdue = withSla - withinTarget;
  return {
    key,
    label,
    count: records.length,
    withSla,
    withinTarget,
    overdue,
    complianceRate: withSla === 0 ? null : withinTarget / withSla,
    overdueRate: withSla === 0 ? null : overdue / withSla,
    firstResponse: durationStats(fr),
    resolution: durationStats(res),
    breaches,
  };
}

/** Priorities in the order the policy's tiers name them, then any others alphabetically, "none" last. */
function priorityOrder(policy: Policy, seen: Iterable<string | null>): (string | null)[] {
  const fromPolicy = policy.tiers.flatMap((tier) => tier.priorities);
  const all = new Set(seen);
  const ordered = [...new Set(fromPolicy)].filter((p) => all.has(p));
  const rest = [...all].filter((p): p is string => p !== null && !ordered.includes(p)).sort();
  return [...ordered, ...rest, ...(all.has(null) ? [null] : [])];
}

function groupBy<K>(records: readonly ReportRecord[], keyOf: (r: ReportRecord) => K): Map<K, ReportRecord[]> {
  const groups = new Map<K, ReportRecord[]>();
  for (const record of records) {
    const key = keyOf(record);
    const list = groups.get(key);
    if (list) list.push(record);
    else groups.set(key, [record]);
  }
  return groups;
}

export function distribution(policy: Policy, records: readonly ReportRecord[]): Distribution {
  const byType = groupBy(records, (r) => r.ticket.type);
  const types = [...byType.keys()].sort(
    (a, b) => byType.get(b)!.length - byType.get(a)!.length || String(a ?? '\uffff').localeCompare(String(b ?? '\uffff')),
  );
  const priorities = priorityOrder(policy, records.map((r) => r.sla.priority));
  const counts = types.map((type) =>
    priorities.map((priority) => byType.get(type)!.filter((r) => r.sla.priority === priority).length),
  );
  return { types, priorities, counts };
}

/**
 * @param noneLabel what the page calls the group of tickets without a priority / tier (translated by the caller).
 */
export function computeMetrics(
  policy: Policy,
  records: readonly ReportRecord[],
  options: { timeZone: string; noneLabel?: string },
): ReportMetrics {
  const none = options.noneLabel ?? '—';
  const byPriorityMap = groupBy(records, (r) => r.sla.priority);
  const byPriority = priorityOrder(policy, byPriorityMap.keys()).map((p) =>
    groupStats(p ?? '', p ?? none, byPriorityMap.get(p)!),
  );
  const byTierMap = groupBy(records, (r) => r.sla.tier?.id ?? null);
  const tierOrder = [...policy.tiers.map((t) => t.id).filter((id) => byTierMap.has(id)), ...(byTierMap.has(null) ? [null] : [])];
  const byTier = tierOrder.map((id) => {
    const list = byTierMap.get(id)!;
    return groupStats(id ?? '', id === null ? none : (list[0]!.sla.tier?.name ?? id), list);
  });
  const breached = records
    .filter((r) => r.withinTarget === false)
    .sort((a, b) => a.ticket.facts.createdAt - b.ticket.facts.createdAt);
  return {
    overall: groupStats('', '', records),
    byPriority,
    byTier,
    distribution: distribution(policy, records),
    heatMap: buildHeatMap(records, options.timeZone),
    breached,
  };
}

export { METRICS };
