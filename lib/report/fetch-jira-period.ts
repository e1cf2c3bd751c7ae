/**
 * A period's Jira Cloud issues (docs/api-usage.md; the old `/search` is gone on Cloud [J4]):
 * - once: `GET /rest/api/3/field` and `/status` (SLA/Organizations field ids, status categories: the overlay's
 *   lookups), and `POST /rest/api/3/search/approximate-count` for the progress bar's total;
 * - `POST /rest/api/3/search/jql` with `created >= "…" AND created < "…" ORDER BY created ASC`, 100 issues per page
 *   with the overlay's fields (comments included) plus type and assignee, paged by `nextPageToken`. The period is
 *   cut into up to 4 windows paged side by side (token paging is sequential within one query);
 * - per page, `POST /rest/api/3/changelog/bulkfetch` for the status history of its issues.
 * Facts come from the overlay's own mapper (`jiraFacts`), so they are complete (comments + full status history).
 * JQL dates are read in the Jira user's profile zone, not ours: each window asks one day more on both sides and
 * the issues are filtered to the exact instants here.
 */
import { JIRA_BASE_FIELDS } from '../adapters/jira/api-client';
import { readFieldIds, readStatusCategories, type JiraFieldIds, type StatusCategories } from '../adapters/jira/read-lookups';
import { jiraFacts } from '../adapters/jira/to-facts';
import { asArray, asNumber, asRecord, asRecords, asString, type JsonRecord } from '../adapters/json-guards';
import { ticketUrlFor } from '../tracking/ticket-url';
import { optional, ReportFetchError, type FetchContext } from './fetch-context';
import type { PeriodRange } from './period';
import type { ReportTicket } from './types';

const PAGE_SIZE = 100;
const DAY = 86_400_000;
const MAX_WINDOWS = 4;

/** `2026/10/01 08:00` in UTC; one day of slack either side makes the profile zone irrelevant. */
const jqlTime = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ').replace(/-/g, '/');

/** The whole period (with the slack), for the approximate count. */
export function periodJql(range: PeriodRange): string {
  return `created >= "${jqlTime(range.start - DAY)}" AND created < "${jqlTime(range.end + DAY)}"`;
}

export async function fetchJiraPeriod(ctx: FetchContext): Promise<ReportTicket[]> {
  const base = `${ctx.site.origin}/rest/api/3`;
  const [ids, categories, count] = await Promise.all([
    optional(ctx.json({ url: `${base}/field` }), readFieldIds, { sla: [] } as JiraFieldIds),
    optional(ctx.json({ url: `${base}/status` }), readStatusCategories, new Map() as StatusCategories),
    optional(
      ctx.json({ url: `${base}/search/approximate-count`, method: 'POST', body: { jql: periodJql(ctx.range) } }),
      (json) => asNumber(asRecord(json)?.count) ?? null,
      null as number | null,
    ),
  ]);
  ctx.report(0, count);
  const fields = [
    ...JIRA_BASE_FIELDS,
    'issuetype',
    'assignee',
    ...(ids.organizations ? [ids.organizations] : []),
  ];
  const found = new Map<string, ReportTicket>();

  const loadPage = async (issues: JsonRecord[]): Promise<void> => {
    const inPeriod = issues.filter((issue) => !found.has(asString(issue.key) ?? ''));
    const histories = await changelogs(ctx, base, inPeriod.map((i) => asString(i.id)).filter((id): id is string => !!id));
    let added = 0;
    for (const issue of inPeriod) {
      const mapped = jiraFacts(issue, histories.get(asString(issue.id) ?? '') ?? [], ids, categories);
      if (!mapped) throw new ReportFetchError('malformed');
      const { facts } = mapped;
      if (facts.createdAt < ctx.range.start || facts.createdAt >= ctx.range.end) continue;
      const f = asRecord(issue.fields);
      found.set(facts.key, {
        facts,
        type: asString(asRecord(f?.issuetype)?.name) ?? null,
        owner: asString(asRecord(f?.assignee)?.displayName) ?? null,
        satisfaction: null,
        url: ticketUrlFor('jira', ctx.site.origin, facts.key),
      });
      added++;
    }
    ctx.report(added);
  };

  // Adjacent windows share one boundary string, so whatever zone Jira reads it in there is neither gap nor overlap.
  const searchWindow = async (jql: string): Promise<void> => {
    let token: string | undefined;
    for (;;) {
      const body = { jql, fields, maxResults: PAGE_SIZE, ...(token ? { nextPageToken: token } : {}) };
      const data = asRecord(await ctx.json({ url: `${base}/search/jql`, method: 'POST', body }));
      if (!data || !Array.isArray(data.issues)) throw new ReportFetchError('malformed');
      await loadPage(asRecords(data.issues));
      token = asString(data.nextPageToken);
      if (data.isLast !== false || !token) return;
    }
  };
  await Promise.all(windowJql(ctx.range).map(searchWindow));
  return [...found.values()].sort((a, b) => a.facts.createdAt - b.facts.createdAt);
}

/**
 * Up to 4 JQL queries covering the period, paged side by side. The outer bounds get a day of slack (the exact
 * filter drops what falls outside); inner bounds are whole minutes shared by neighbours.
 */
export function windowJql(range: PeriodRange): string[] {
  const days = Math.max(1, Math.ceil((range.end - range.start) / DAY));
  const parts = Math.min(MAX_WINDOWS, days);
  const step = Math.ceil((range.end - range.start) / parts / 60_000) * 60_000;
  const bounds = [range.start - DAY];
  for (let i = 1; i < parts; i++) bounds.push(range.start + i * step);
  bounds.push(range.end + DAY);
  return bounds.slice(0, -1).map(
    (lower, i) => `created >= "${jqlTime(lower)}" AND created < "${jqlTime(bounds[i + 1]!)}" ORDER BY created ASC`,
  );
}

/** Status histories of the issues, paged by `nextPageToken` (≤1000 issues per call [J1]). */
async function changelogs(ctx: FetchContext, base: string, issueIds: string[]): Promise<Map<string, JsonRecord[]>> {
  const histories = new Map<string, JsonRecord[]>();
  if (issueIds.length === 0) return histories;
  let token: string | undefined;
  for (let page = 0; page < 50; page++) {
    const body = { issueIdsOrKeys: issueIds, fieldIds: ['status'], maxResults: 1000, ...(token ? { nextPageToken: token } : {}) };
    const data = asRecord(await ctx.json({ url: `${base}/changelog/bulkfetch`, method: 'POST', body }));
    for (const log of asRecords(data?.issueChangeLogs)) {
      const id = asString(log.issueId);
      if (id) histories.set(id, [...(histories.get(id) ?? []), ...asRecords(asArray(log.changeHistories))]);
    }
    token = asString(data?.nextPageToken);
    if (!token) break;
  }
  return histories;
}
