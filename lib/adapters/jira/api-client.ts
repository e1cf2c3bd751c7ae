/**
 * Jira issue reads, as agreed in `docs/api-usage.md`. Cloud speaks REST v3, Data Center v2 under its context path
 * (`page.apiBase` already holds it). Field ids and status categories are looked up once per client.
 * Detail: `GET /rest/api/{v}/issue/{key}?fields=…&expand=changelog`; when the embedded changelog is incomplete,
 * one more call (Cloud: `GET …/issue/{key}/changelog?startAt=0`), merged by history id: at most 2 calls.
 */
import type { TicketClient, TicketResult } from '../types';
import { createHttp, type Http, type JsonResponse } from '../http/create-http';
import { createTicketClient } from '../http/create-ticket-client';
import { errorResult } from '../http/fetch-errors';
import type { HttpClientConfig } from '../http/http-env';
import { asArray, asNumber, asRecord, asRecords, asString, type JsonRecord } from '../json-guards';
import { logOnce } from '../log-once';
import { loadJiraBatch } from './load-batch';
import { issueKeyPattern } from './page-detect';
import { readFieldIds, readStatusCategories, type JiraFieldIds, type StatusCategories } from './read-lookups';
import { jiraFacts } from './to-facts';

export const JIRA_BASE_FIELDS = [
  ...['summary', 'created', 'updated', 'priority', 'status'],
  ...['labels', 'reporter', 'comment', 'resolutiondate'],
];

export interface JiraLookups {
  flavor: 'cloud' | 'data-center';
  base: string;
  fields: string[];
  ids: JiraFieldIds;
  categories: StatusCategories;
}

export function createJiraClient(config: HttpClientConfig): TicketClient {
  const http = createHttp(config);
  const flavor = config.page.flavor;
  const base = `${config.page.apiBase}/rest/api/${flavor === 'cloud' ? 3 : 2}`;
  let lookups: Promise<JiraLookups> | undefined;

  const lookup = <T>(path: string, read: (json: unknown) => T, fallback: T, signal?: AbortSignal): Promise<T> =>
    http.request({ url: `${base}/${path}` }, signal).then((res) => {
      if (res.ok) return read(res.data);
      if (res.kind === 'aborted') lookups = undefined; // ask again next time
      else logOnce('jira', `${path} lookup failed (${res.kind}); continuing without it`);
      return fallback;
    });

  const getLookups = (signal?: AbortSignal): Promise<JiraLookups> =>
    (lookups ??= Promise.all([
      lookup('field', readFieldIds, { sla: [] }, signal),
      lookup('status', readStatusCategories, new Map(), signal),
    ]).then(([ids, categories]) => ({
      flavor,
      base,
      ids,
      categories,
      fields: [...JIRA_BASE_FIELDS, ...ids.sla.map((f) => f.id), ...(ids.organizations ? [ids.organizations] : [])],
    })));

  const failure = (res: Exclude<JsonResponse, { ok: true }>): TicketResult | 'aborted' =>
    res.kind === 'aborted' ? 'aborted' : errorResult('jira', res.kind, res.status);

  return createTicketClient(
    {
      helpdesk: 'jira',
      isValidKey: (key) => issueKeyPattern.test(key),
      loadBatch: async (keys, signal) => loadJiraBatch(http, await getLookups(signal), keys, signal),
      async loadDetail(key, signal) {
        const l = await getLookups(signal);
        const url = `${base}/issue/${key}?fields=${l.fields.join(',')}&expand=changelog`;
        const res = await http.request({ url, detail: true }, signal);
        if (!res.ok) return failure(res);
        const histories = await fullChangelog(http, l, key, asRecord(asRecord(res.data)?.changelog), signal);
        if (histories === 'aborted') return 'aborted';
        const mapped = jiraFacts(res.data, histories, l.ids, l.categories);
        return mapped ? { ok: true, ...mapped, precision: 'detail' } : errorResult('jira', 'malformed');
      },
    },
    http.limits.cacheTtlMs,
    http.env.now,
  );
}

/** The embedded changelog, plus the first changelog page when the embedded one is incomplete (Cloud). */
async function fullChangelog(
  http: Http,
  l: JiraLookups,
  key: string,
  changelog: JsonRecord | undefined,
  signal?: AbortSignal,
): Promise<JsonRecord[] | 'aborted'> {
  const embedded = asRecords(changelog?.histories);
  const total = asNumber(changelog?.total) ?? embedded.length;
  if (total <= embedded.length || l.flavor !== 'cloud') return embedded;
  const url = `${l.base}/issue/${key}/changelog?startAt=0&maxResults=100`;
  const res = await http.request({ url, detail: true }, signal);
  if (!res.ok) {
    if (res.kind === 'aborted') return 'aborted';
    logOnce('jira', `changelog of ${key} incomplete (${res.kind}); using the embedded part`);
    return embedded;
  }
  // Over 200 changes the middle is missing: the first page and the embedded (latest) histories are kept.
  const byId = new Map<string, JsonRecord>();
  for (const h of [...asRecords(asArray(asRecord(res.data)?.values)), ...embedded]) {
    byId.set(asString(h.id) ?? String(byId.size), h);
  }
  return [...byId.values()];
}
