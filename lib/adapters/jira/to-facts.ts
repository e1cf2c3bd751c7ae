/**
 * Jira issue JSON (+ changelog histories) → `TicketFacts` (ENGINE.md). Same mapping for search results, the bulk
 * changelog and the single issue; Cloud (v3) and Data Center (v2) share these field shapes (research §2.3).
 * - status history: the earliest status change's `fromString` at `created` (the current status when nothing
 *   changed), then every change's `toString`; categories from the status lookup, the current one from the issue.
 * - replies: every comment (the description is the opening message); `jsdPublic: false` → internal; the
 *   reporter → customer, anyone else → agent (OVERLAY.md).
 * - native SLA: JSM SLA fields; `ongoingCycle` running/paused/breached, or the last completed cycle → met.
 */
import type { NativeSla, Reply, StatusChange, TicketFacts } from '../../sla/types';
import { asNumber, asRecord, asRecords, asString, asStrings, type JsonRecord } from '../json-guards';
import { parseJiraTime } from './parse-jira-time';
import { toCategory, type JiraFieldIds, type StatusCategories } from './read-lookups';

/** Cloud identifies people by `accountId`; Data Center by `key`/`name`. */
const personId = (value: unknown): string | undefined => {
  const p = asRecord(value);
  return asString(p?.accountId) ?? asString(p?.key) ?? asString(p?.name);
};

export function jiraFacts(
  issue: unknown,
  histories: JsonRecord[],
  ids: JiraFieldIds,
  categories: StatusCategories,
): { facts: TicketFacts; updatedAt: number } | undefined {
  const record = asRecord(issue);
  const fields = asRecord(record?.fields);
  const key = asString(record?.key);
  const createdAt = parseJiraTime(fields?.created);
  if (!record || !fields || !key || createdAt === undefined) return undefined;
  const summary = asString(fields.summary);
  const orgs = ids.organizations ? asRecords(fields[ids.organizations]) : [];
  const facts: TicketFacts = {
    helpdesk: 'jira',
    key,
    ...(summary === undefined ? {} : { title: summary }),
    createdAt,
    priority: asString(asRecord(fields.priority)?.name) ?? null,
    tags: asStrings(fields.labels),
    // One organisation name: the first listed (customer tiers match a single name).
    organization: asString(orgs[0]?.name) ?? null,
    statusHistory: statusHistory(fields, createdAt, histories, categories),
    replies: replies(fields),
  };
  const native = nativeSla(fields, ids);
  if (native.length > 0) facts.native = native;
  return { facts, updatedAt: parseJiraTime(fields.updated) ?? createdAt };
}

function statusHistory(
  fields: JsonRecord,
  createdAt: number,
  histories: JsonRecord[],
  categories: StatusCategories,
): StatusChange[] {
  const current = asRecord(fields.status);
  const currentName = asString(current?.name) ?? 'unknown';
  const changes = histories
    .flatMap((h) => {
      const at = parseJiraTime(h.created);
      return asRecords(h.items)
        .filter((item) => (item.fieldId ?? item.field) === 'status')
        .map((item) => ({ at, from: asString(item.fromString), to: asString(item.toString) }));
    })
    .filter((c): c is { at: number; from: string | undefined; to: string } => c.at !== undefined && c.to !== undefined)
    .sort((a, b) => a.at - b.at);
  const withCategory = (at: number, status: string): StatusChange => {
    const category = categories.get(status.toLowerCase());
    return category ? { at, status, category } : { at, status };
  };
  const history = [withCategory(createdAt, changes[0]?.from ?? currentName)];
  for (const change of changes) history.push(withCategory(Math.max(change.at, createdAt), change.to));
  // The issue's own status object is authoritative for the current category.
  const last = history[history.length - 1];
  const currentCategory = toCategory(asRecord(current?.statusCategory)?.key);
  if (last && last.status === currentName && currentCategory) last.category = currentCategory;
  return history;
}

function replies(fields: JsonRecord): Reply[] {
  const reporter = personId(fields.reporter);
  return asRecords(asRecord(fields.comment)?.comments)
    .map((c) => ({ at: parseJiraTime(c.created), author: personId(c.author), public: c.jsdPublic !== false }))
    .filter((c): c is { at: number; author: string | undefined; public: boolean } => c.at !== undefined)
    .sort((a, b) => a.at - b.at)
    .map((c) => ({
      at: c.at,
      author: reporter !== undefined && c.author === reporter ? 'customer' : 'agent',
      public: c.public,
    }));
}

function nativeSla(fields: JsonRecord, ids: JiraFieldIds): NativeSla[] {
  const byMetric = new Map<string, NativeSla>();
  for (const { id, metric } of ids.sla) {
    const value = asRecord(fields[id]);
    if (!value || byMetric.has(metric)) continue;
    const ongoing = asRecord(value.ongoingCycle);
    const completed = asRecords(value.completedCycles);
    const lastCompleted = completed[completed.length - 1];
    if (ongoing) {
      const dueAt = asNumber(asRecord(ongoing.breachTime)?.epochMillis) ?? null;
      const paused = ongoing.paused === true;
      byMetric.set(metric, { metric, dueAt, paused, breached: ongoing.breached === true, met: false });
    } else if (lastCompleted) {
      const breached = lastCompleted.breached === true;
      byMetric.set(metric, { metric, dueAt: null, paused: false, breached, met: true });
    }
  }
  return (['firstResponse', 'nextResponse', 'resolution'] as const).flatMap((m) => byMetric.get(m) ?? []);
}
