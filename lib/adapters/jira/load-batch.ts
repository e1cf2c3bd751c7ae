/**
 * List data for many issues (docs/api-usage.md):
 * - Cloud: `POST /rest/api/3/search/jql` with `key in (…)`, ≤100 keys per call, then
 *   `POST /rest/api/3/changelog/bulkfetch` for the status history, ≤1000 issues per call (paged by nextPageToken).
 *   The old `/rest/api/3/search` answers 410 on Cloud [J4].
 * - Data Center: `POST /rest/api/2/search` with `expand: ["changelog"]` (no search/jql or bulk changelog there).
 * JQL fails as a whole (400) when it names a key that does not exist or cannot be seen; those keys are read from
 * the error messages (keys are not localised), answered `not-found`, and the rest asked again once.
 */
import type { TicketResult } from '../types';
import type { Http, JsonResponse } from '../http/create-http';
import { errorResult } from '../http/fetch-errors';
import { asNumber, asRecord, asRecords, asString, asStrings, type JsonRecord } from '../json-guards';
import type { JiraLookups } from './api-client';
import { jiraFacts } from './to-facts';

export const JIRA_SEARCH_SIZE = 100;
export const JIRA_CHANGELOG_SIZE = 1000;
const MAX_PAGES = 10;

type Out = Map<string, TicketResult | 'aborted'>;
type Failure = Exclude<JsonResponse, { ok: true }>;
const failure = (res: Failure): TicketResult | 'aborted' =>
  res.kind === 'aborted' ? 'aborted' : errorResult('jira', res.kind, res.status);

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Keys named in a JQL error ("An issue with key 'SUP-9' does not exist…"). */
export function keysNamedIn(messages: string[], keys: string[]): string[] {
  const text = messages.join('\n');
  return keys.filter((key) => new RegExp(`(^|[^A-Z0-9_-])${key}(?![0-9])`).test(text));
}

export async function loadJiraBatch(
  http: Http,
  lookups: JiraLookups,
  keys: string[],
  signal?: AbortSignal,
): Promise<Out> {
  const out: Out = new Map();
  const { fields, ids, categories, base } = lookups;
  const cloud = lookups.flavor === 'cloud';
  const issues: JsonRecord[] = [];

  async function search(keysToFind: string[], retried = false): Promise<void> {
    const body = (startAt: number, token?: string) => ({
      jql: `key in (${keysToFind.join(',')})`,
      fields,
      maxResults: JIRA_SEARCH_SIZE,
      ...(cloud ? (token ? { nextPageToken: token } : {}) : { startAt, expand: ['changelog'] }),
    });
    let token: string | undefined;
    for (let page = 0, found = 0; page < MAX_PAGES; page++) {
      const url = cloud ? `${base}/search/jql` : `${base}/search`;
      const res = await http.request({ url, method: 'POST', body: body(found, token) }, signal);
      if (!res.ok) {
        const messages = asStrings(asRecord(res.data)?.errorMessages);
        const named = res.status === 400 && !retried ? keysNamedIn(messages, keysToFind) : [];
        if (named.length === 0) return void keysToFind.forEach((k) => out.set(k, failure(res)));
        named.forEach((k) => out.set(k, errorResult('jira', 'not-found')));
        const rest = keysToFind.filter((k) => !named.includes(k));
        return rest.length > 0 ? search(rest, true) : undefined;
      }
      const data = asRecord(res.data);
      if (!data || !Array.isArray(data.issues)) {
        return void keysToFind.forEach((k) => out.set(k, errorResult('jira', 'malformed')));
      }
      const pageIssues = asRecords(data.issues);
      issues.push(...pageIssues);
      found += pageIssues.length;
      token = asString(data.nextPageToken);
      const total = typeof data.total === 'number' ? data.total : found;
      const done = cloud ? data.isLast !== false || !token : found >= total || pageIssues.length === 0;
      if (done) return;
    }
  }
  await Promise.all(chunk(keys, JIRA_SEARCH_SIZE).map((c) => search(c)));

  const histories = new Map<string, JsonRecord[]>();
  let changelogComplete = true;
  if (cloud && issues.length > 0) {
    const idOf = issues.map((i) => asString(i.id)).filter((id): id is string => id !== undefined);
    const read = await bulkChangelog(http, base, idOf, histories, signal);
    if (read !== 'complete' && read !== 'truncated') {
      for (const issue of issues) out.set(asString(issue.key) ?? '', failure(read));
    }
    changelogComplete = read === 'complete';
  }
  for (const issue of issues) {
    const key = asString(issue.key);
    if (!key || out.has(key)) continue;
    const changelog = asRecord(issue.changelog);
    const own = cloud ? (histories.get(asString(issue.id) ?? '') ?? []) : asRecords(changelog?.histories);
    const mapped = jiraFacts(issue, own, ids, categories);
    if (!mapped) {
      out.set(key, errorResult('jira', 'malformed'));
      continue;
    }
    // OVERLAY.md: Jira list data gives full facts. Marked 'detail' when every comment and status change came
    // back, so the overlay spends no history call on the row.
    const comments = asRecord(asRecord(issue.fields)?.comment);
    const complete =
      (asNumber(comments?.total) ?? 0) <= asRecords(comments?.comments).length &&
      (cloud ? changelogComplete : (asNumber(changelog?.total) ?? 0) <= own.length);
    out.set(key, { ok: true, ...mapped, precision: complete ? 'detail' : 'batch' });
  }
  out.delete('');
  return out; // keys missing from the answers are left out of fetchBatch's answer too
}

async function bulkChangelog(
  http: Http,
  base: string,
  issueIds: string[],
  histories: Map<string, JsonRecord[]>,
  signal?: AbortSignal,
): Promise<Failure | 'complete' | 'truncated'> {
  for (const ids of chunk(issueIds, JIRA_CHANGELOG_SIZE)) {
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const page = token ? { nextPageToken: token } : {};
      const body = { issueIdsOrKeys: ids, fieldIds: ['status'], maxResults: JIRA_CHANGELOG_SIZE, ...page };
      const res = await http.request({ url: `${base}/changelog/bulkfetch`, method: 'POST', body }, signal);
      if (!res.ok) return res;
      const data = asRecord(res.data);
      for (const log of asRecords(data?.issueChangeLogs)) {
        const id = asString(log.issueId);
        if (id) histories.set(id, [...(histories.get(id) ?? []), ...asRecords(log.changeHistories)]);
      }
      token = asString(data?.nextPageToken);
      if (!token) break;
    }
    if (token) return 'truncated';
  }
  return 'complete';
}
