/**
 * Period searches for the report (lib/report), added to the imitation without touching its other routes:
 * - Zendesk `GET /api/v2/search(.json)?query=type:ticket created>=… created<…&sort_by=created_at&sort_order=asc`
 *   with `per_page` ≤ 100 and `page`; `count` is the real total, and asking past the 1,000th result answers 422, as
 *   Zendesk does [Z1 search "Results limit"].
 * - Jira Cloud `POST /rest/api/3/search/jql` whose JQL bounds `created` (`created >= "yyyy/MM/dd HH:mm" AND created <
 *   …`, read in UTC here), paged by `nextPageToken`; the issue JSON itself comes from the imitation's own search
 *   (asked for the page's keys), so both routes render issues identically.
 * - Jira Cloud `POST /rest/api/3/search/approximate-count` `{jql}` → `{count}`.
 * `handleReportApi` answers and returns true for these, false for anything else.
 */
import type { ServerResponse } from 'node:http';
import type { RouteContext } from './context';
import { sendJson } from './http-util';
import { handleJiraApi } from './jira-api';
import type { SeedTicket } from './model';
import { ticketJson } from './zendesk-api';

const visible = (t: SeedTicket): boolean => (t.access ?? 'ok') === 'ok';

export function handleReportApi(ctx: RouteContext): boolean {
  const path = ctx.path.replace(/\.json$/, '');
  if (ctx.site === 'zendesk' && path === '/api/v2/search' && ctx.method === 'GET') return zendeskSearch(ctx), true;
  if (ctx.site === 'jira' && path === '/rest/api/3/search/approximate-count' && ctx.method === 'POST') {
    return approximateCount(ctx), true;
  }
  if (ctx.site === 'jira' && path === '/rest/api/3/search/jql' && /\bcreated\s*[<>]/i.test(jqlOf(ctx))) {
    return jiraPeriodSearch(ctx), true;
  }
  return false;
}

// ------------------------------------------------------------------------------------------------ Zendesk

/** `created>=2026-10-01T00:00:00Z`, `created<2026-11-01`, `created>…`, `created<=…` → a predicate. */
function createdFilter(query: string): ((at: number) => boolean) | { error: string } {
  const tests: ((at: number) => boolean)[] = [];
  for (const m of query.matchAll(/\bcreated(>=|<=|>|<|:)(\S+)/gi)) {
    const at = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(m[2]!) ? `${m[2]}T00:00:00Z` : m[2]!);
    if (Number.isNaN(at)) return { error: `Invalid date in query: ${m[2]}` };
    const op = m[1]!;
    tests.push((t) => (op === '>=' ? t >= at : op === '<=' ? t <= at : op === '>' ? t > at : op === '<' ? t < at : t === at));
  }
  return (at) => tests.every((test) => test(at));
}

function zendeskSearch(ctx: RouteContext): void {
  const query = ctx.query.get('query') ?? '';
  if (!/\btype:ticket\b/.test(query)) {
    return sendJson(ctx.res, 400, { error: 'InvalidSearch', description: 'The imitation searches tickets only (type:ticket)' }, ctx.extraHeaders);
  }
  const filter = createdFilter(query);
  if (typeof filter !== 'function') return sendJson(ctx.res, 400, { error: 'InvalidSearch', description: filter.error }, ctx.extraHeaders);
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page') ?? 100) || 100));
  const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
  if ((page - 1) * perPage >= 1000) {
    return sendJson(ctx.res, 422, { error: 'InsufficientResourceError', description: 'Search results are limited to 1000' }, ctx.extraHeaders);
  }
  const desc = ctx.query.get('sort_order') === 'desc';
  const matches = ctx.store
    .list('zendesk')
    .filter((t) => visible(t) && filter(t.facts.createdAt))
    .sort((a, b) => (desc ? -1 : 1) * (a.facts.createdAt - b.facts.createdAt || a.numericId - b.numericId));
  const items = matches.slice((page - 1) * perPage, page * perPage);
  const more = page * perPage < Math.min(matches.length, 1000);
  const self = (p: number): string => {
    const q = new URLSearchParams(ctx.query);
    q.set('page', String(p));
    return `https://acme.zendesk.com/api/v2/search.json?${q.toString()}`;
  };
  sendJson(ctx.res, 200, {
    results: items.map((t) => ({ ...ticketJson(t), result_type: 'ticket' })),
    facets: null,
    next_page: more ? self(page + 1) : null,
    previous_page: page > 1 ? self(page - 1) : null,
    count: matches.length,
  }, ctx.extraHeaders);
}

// ------------------------------------------------------------------------------------------------ Jira

function jqlOf(ctx: RouteContext): string {
  const b = ctx.body as Record<string, unknown> | undefined;
  return typeof b?.jql === 'string' ? b.jql : (ctx.query.get('jql') ?? '');
}

/** `created >= "2026/10/01 00:00"` (also `-` dates and `'` quotes), in UTC. */
function jiraCreatedFilter(jql: string): (at: number) => boolean {
  const tests: ((at: number) => boolean)[] = [];
  for (const m of jql.matchAll(/\bcreated\s*(>=|<=|>|<)\s*["']?(\d{4})[/-](\d{2})[/-](\d{2})(?:\s+(\d{2}):(\d{2}))?["']?/gi)) {
    const at = Date.UTC(Number(m[2]), Number(m[3]) - 1, Number(m[4]), Number(m[5] ?? 0), Number(m[6] ?? 0));
    const op = m[1]!;
    tests.push((t) => (op === '>=' ? t >= at : op === '<=' ? t <= at : op === '>' ? t > at : t < at));
  }
  return (at) => tests.every((test) => test(at));
}

function periodMatches(ctx: RouteContext): SeedTicket[] {
  const filter = jiraCreatedFilter(jqlOf(ctx));
  const project = /\bproject\s*=\s*["']?([A-Za-z][A-Za-z0-9_]*)/i.exec(jqlOf(ctx))?.[1]?.toUpperCase();
  return ctx.store
    .list('jira')
    .filter((t) => visible(t) && filter(t.facts.createdAt) && (!project || t.project === project))
    .sort((a, b) => a.facts.createdAt - b.facts.createdAt || a.numericId - b.numericId);
}

function approximateCount(ctx: RouteContext): void {
  sendJson(ctx.res, 200, { count: periodMatches(ctx).length }, ctx.extraHeaders);
}

const token = (n: number): string => Buffer.from(`period:${n}`).toString('base64url');
const untoken = (s: unknown): number => {
  if (typeof s !== 'string' || s === '') return 0;
  const m = /^period:(\d+)$/.exec(Buffer.from(s, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : -1;
};

function jiraPeriodSearch(ctx: RouteContext): void {
  const b = (ctx.body ?? {}) as Record<string, unknown>;
  const offset = untoken(b.nextPageToken);
  if (offset < 0) return sendJson(ctx.res, 400, { errorMessages: ['Invalid nextPageToken'], errors: {} }, ctx.extraHeaders);
  const maxResults = Math.min(100, Math.max(1, Number(b.maxResults ?? 50) || 50));
  const matches = periodMatches(ctx);
  const page = matches.slice(offset, offset + maxResults);
  const more = offset + maxResults < matches.length;
  if (page.length === 0) return sendJson(ctx.res, 200, { issues: [], isLast: true }, ctx.extraHeaders);
  // Render the page's issues through the imitation's own search, asked for exactly these keys.
  const captured = captureJson();
  handleJiraApi({
    ...ctx,
    res: captured.res,
    body: { ...b, jql: `key in (${page.map((t) => t.key).join(',')})`, maxResults: page.length, nextPageToken: undefined },
  });
  const answer = captured.json() as Record<string, unknown>;
  if (captured.status !== 200) return sendJson(ctx.res, captured.status, answer, ctx.extraHeaders);
  sendJson(ctx.res, 200, { issues: answer.issues, ...(more ? { nextPageToken: token(offset + maxResults) } : {}), isLast: !more }, ctx.extraHeaders);
}

/** A stand-in response that keeps what `sendJson` writes. */
function captureJson(): { res: ServerResponse; readonly status: number; json(): unknown } {
  let status = 0;
  let text = '';
  const res = {
    headersSent: false,
    writeHead(code: number) {
      status = code;
      return res;
    },
    end(body?: string) {
      text = body ?? '';
      return res;
    },
    on() {
      return res;
    },
  };
  return {
    res: res as unknown as ServerResponse,
    get status() {
      return status;
    },
    json: () => JSON.parse(text) as unknown,
  };
}
