/**
 * Jira Cloud REST v3 (+ v2 where Cloud still has it) and Jira Data Center REST v2 imitation, shapes per research §2.3
 * and docs/api-usage.md. Data Center paths arrive here without the context path.
 */
import type { RouteContext } from './context';
import { jiraTime, jsmDate, jsmDuration, sendJson } from './http-util';
import { parseJql } from './jql';
import type { FxPerson, SeedTicket } from './model';
import { currentStatus } from './model';
import { jiraAccountId } from './people';
import { JIRA_PRIORITIES, JIRA_STATUSES } from './seed';

const CAT = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
} as const;

export const SLA_FIELDS = { firstResponse: 'customfield_10030', resolution: 'customfield_10031', nextResponse: 'customfield_10032' } as const;
const SLA_NAMES: Record<string, string> = {
  customfield_10030: 'Time to first response',
  customfield_10031: 'Time to resolution',
  customfield_10032: 'Time to next response',
};
const ORG_FIELD = 'customfield_10002';

function base(ctx: RouteContext): string {
  return ctx.site === 'jira-dc' ? 'https://jira.corp.test/jira' : 'https://acme.atlassian.net';
}

function err(ctx: RouteContext, status: number, message: string): void {
  sendJson(ctx.res, status, { errorMessages: [message], errors: {} }, ctx.extraHeaders);
}

function statusJson(ctx: RouteContext, name: string): Record<string, unknown> {
  const s = JIRA_STATUSES[name] ?? { id: '1', category: 'new' as const };
  const cat = CAT[s.category];
  return {
    self: `${base(ctx)}/rest/api/${ctx.site === 'jira-dc' ? 2 : 3}/status/${s.id}`,
    description: '',
    iconUrl: `${base(ctx)}/images/icons/statuses/generic.png`,
    name,
    untranslatedName: name,
    id: s.id,
    statusCategory: { self: `${base(ctx)}/rest/api/${ctx.site === 'jira-dc' ? 2 : 3}/statuscategory/${cat.id}`, ...cat },
  };
}

function userJson(ctx: RouteContext, p: FxPerson, customer: boolean): Record<string, unknown> {
  const u: Record<string, unknown> = {
    self: `${base(ctx)}/rest/api/3/user?accountId=${jiraAccountId(p)}`,
    accountId: jiraAccountId(p),
    displayName: p.name,
    active: true,
    timeZone: 'Europe/Berlin',
    accountType: customer ? 'customer' : 'atlassian',
  };
  if (ctx.site === 'jira-dc') {
    delete u.accountId;
    delete u.accountType;
    u.name = p.email?.split('@')[0] ?? p.id;
    u.key = `JIRAUSER${p.id}`;
  }
  return u;
}

function adf(text: string): Record<string, unknown> {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

function commentsOf(ctx: RouteContext, t: SeedTicket, v2: boolean): Record<string, unknown>[] {
  return t.facts.replies.map((r, i) => {
    const author = r.author === 'customer' ? t.requester : (t.assignee ?? t.requester);
    const text = r.public ? (r.author === 'agent' ? 'Thanks, we are on it.' : 'Any update?') : 'Internal: checking logs';
    const c: Record<string, unknown> = {
      self: `${base(ctx)}/rest/api/${v2 ? 2 : 3}/issue/${t.numericId}/comment/${t.numericId * 100 + i}`,
      id: String(t.numericId * 100 + i),
      author: userJson(ctx, author, r.author === 'customer'),
      updateAuthor: userJson(ctx, author, r.author === 'customer'),
      body: v2 ? text : adf(text),
      created: jiraTime(r.at),
      updated: jiraTime(r.at),
    };
    if (ctx.site !== 'jira-dc') {
      c.jsdPublic = r.public;
      c.jsdAuthorCanSeeRequest = r.author === 'customer';
    }
    return c;
  });
}

interface History {
  id: string;
  created: number;
  author: FxPerson;
  items: Record<string, unknown>[];
}

/** Status changes (from the facts) interleaved with noise changes, oldest first. */
function historiesOf(t: SeedTicket): History[] {
  const agent = t.assignee ?? t.requester;
  const out: History[] = [];
  t.facts.statusHistory.slice(1).forEach((s, i) => {
    const prev = t.facts.statusHistory[i]!;
    out.push({
      id: '',
      created: s.at,
      author: agent,
      items: [{
        field: 'status', fieldtype: 'jira', fieldId: 'status',
        from: JIRA_STATUSES[prev.status]?.id ?? null, fromString: prev.status,
        to: JIRA_STATUSES[s.status]?.id ?? null, toString: s.status,
      }],
    });
  });
  for (const n of t.noiseHistory ?? []) {
    out.push({
      id: '',
      created: n.at,
      author: agent,
      items: [{ field: n.field, fieldtype: 'jira', fieldId: n.field, from: null, fromString: n.from, to: n.to ? jiraAccountId(agent) : null, toString: n.to }],
    });
  }
  out.sort((a, b) => a.created - b.created);
  out.forEach((h, i) => (h.id = String(t.numericId * 1000 + i)));
  return out;
}

function historyJson(ctx: RouteContext, h: History): Record<string, unknown> {
  return { id: h.id, author: userJson(ctx, h.author, false), created: jiraTime(h.created), items: h.items };
}

/** The JSM SLA field value for one native metric. */
function slaField(ctx: RouteContext, t: SeedTicket, fieldId: string): Record<string, unknown> | null {
  const metric = (Object.keys(SLA_FIELDS) as (keyof typeof SLA_FIELDS)[]).find((k) => SLA_FIELDS[k] === fieldId);
  const n = t.facts.native?.find((x) => x.metric === metric);
  if (!n) return null;
  const d = t.nativeDetail?.find((x) => x.metric === metric);
  const goal = d?.goalMs ?? 3_600_000;
  const start = d?.startAt ?? t.facts.createdAt;
  const now = ctx.now;
  const id = fieldId === SLA_FIELDS.firstResponse ? '1' : fieldId === SLA_FIELDS.resolution ? '2' : '3';
  const value: Record<string, unknown> = {
    id,
    name: SLA_NAMES[fieldId],
    _links: { self: `${base(ctx)}/rest/servicedeskapi/request/${t.numericId}/sla/${id}` },
    completedCycles: [],
  };
  if (n.met) {
    const stop = d?.stopAt ?? now;
    const elapsed = stop - start;
    value.completedCycles = [{
      startTime: jsmDate(start), stopTime: jsmDate(stop), breachTime: jsmDate(start + goal), breached: elapsed > goal,
      goalDuration: jsmDuration(goal), elapsedTime: jsmDuration(elapsed), remainingTime: jsmDuration(goal - elapsed),
    }];
    return value;
  }
  let elapsed: number;
  if (n.dueAt !== null) elapsed = goal - (n.dueAt - now);
  else {
    const lastChange = t.facts.statusHistory[t.facts.statusHistory.length - 1]?.at ?? now;
    elapsed = Math.min(goal, Math.max(0, lastChange - start));
  }
  value.ongoingCycle = {
    startTime: jsmDate(start),
    ...(n.dueAt !== null ? { breachTime: jsmDate(n.dueAt) } : {}),
    breached: n.breached,
    paused: n.paused,
    withinCalendarHours: true,
    goalDuration: jsmDuration(goal),
    elapsedTime: jsmDuration(elapsed),
    remainingTime: jsmDuration(goal - elapsed),
  };
  return value;
}

function allFields(ctx: RouteContext, t: SeedTicket, v2: boolean): Record<string, unknown> {
  const status = currentStatus(t);
  const last = t.facts.statusHistory[t.facts.statusHistory.length - 1]!;
  const cat = JIRA_STATUSES[status]?.category ?? 'new';
  const catChange = [...t.facts.statusHistory].reverse().find((s, i, arr) => {
    const prev = arr[i + 1];
    return !prev || (JIRA_STATUSES[prev.status]?.category ?? 'new') !== (JIRA_STATUSES[s.status]?.category ?? 'new');
  });
  const comments = commentsOf(ctx, t, v2);
  const priority = t.facts.priority;
  const jsm = ctx.site !== 'jira-dc';
  const fields: Record<string, unknown> = {
    summary: t.subject,
    description: v2 ? `Reported by ${t.requester.name}` : adf(`Reported by ${t.requester.name}`),
    created: jiraTime(t.facts.createdAt),
    updated: jiraTime(t.updatedAt),
    resolutiondate: cat === 'done' ? jiraTime(last.at) : null,
    statuscategorychangedate: jiraTime(catChange?.at ?? t.facts.createdAt),
    priority:
      priority === null
        ? null
        : { self: `${base(ctx)}/rest/api/3/priority/${JIRA_PRIORITIES[priority] ?? '99'}`, id: JIRA_PRIORITIES[priority] ?? '99', name: priority, iconUrl: `${base(ctx)}/images/icons/priorities/${priority.toLowerCase()}.svg` },
    status: statusJson(ctx, status),
    labels: t.ticketTags,
    reporter: userJson(ctx, t.requester, true),
    creator: userJson(ctx, t.requester, true),
    assignee: t.assignee ? userJson(ctx, t.assignee, false) : null,
    issuetype: { id: '10010', name: t.issueType ?? 'Task', subtask: false },
    project: { id: '10000', key: t.project ?? t.key.split('-')[0], name: t.project === 'SUP' ? 'Support' : (t.project ?? 'Project'), projectTypeKey: jsm ? 'service_desk' : 'software' },
    comment: { comments, maxResults: comments.length, total: comments.length, startAt: 0, self: `${base(ctx)}/rest/api/3/issue/${t.numericId}/comment` },
  };
  if (jsm) {
    fields[ORG_FIELD] = t.organization ? [{ id: String(t.organization.id), name: t.organization.name, _links: {} }] : [];
    for (const f of Object.values(SLA_FIELDS)) fields[f] = slaField(ctx, t, f);
    fields.customfield_10010 = { requestType: { id: '1', name: 'Get IT help' }, currentStatus: { status, statusCategory: cat.toUpperCase() } };
  }
  return fields;
}

function fieldList(raw: unknown): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (Array.isArray(raw)) return raw.map(String);
  return String(raw).split(',').map((s) => s.trim()).filter(Boolean);
}

function pickFields(all: Record<string, unknown>, wanted: string[] | undefined): Record<string, unknown> {
  if (!wanted || wanted.includes('*all') || wanted.includes('*navigable')) return all;
  const out: Record<string, unknown> = {};
  for (const f of wanted) if (!f.startsWith('-') && f in all) out[f] = all[f];
  return out;
}

function issueJson(ctx: RouteContext, t: SeedTicket, wanted: string[] | undefined, expand: string[], v2: boolean): Record<string, unknown> {
  const issue: Record<string, unknown> = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: String(t.numericId),
    self: `${base(ctx)}/rest/api/${v2 ? 2 : 3}/issue/${t.numericId}`,
    key: t.key,
    fields: pickFields(allFields(ctx, t, v2), wanted),
  };
  if (expand.includes('changelog')) {
    const hs = historiesOf(t);
    // Like Jira Cloud, the embedded changelog holds only the most recent 100 histories (pycontribs/jira#911,
    // airbytehq/airbyte#33040); the oldest ones need `/issue/{key}/changelog?startAt=0`.
    const shown = hs.slice(-100);
    issue.changelog = {
      startAt: hs.length - shown.length, maxResults: 100, total: hs.length, histories: shown.map((h) => historyJson(ctx, h)),
    };
  }
  return issue;
}

function find(ctx: RouteContext, keyOrId: string): SeedTicket | undefined {
  const direct = ctx.store.get(ctx.site, keyOrId);
  if (direct) return direct;
  if (/^\d+$/.test(keyOrId)) return ctx.store.list(ctx.site).find((t) => t.numericId === Number(keyOrId));
  return undefined;
}

function visible(t: SeedTicket | undefined): t is SeedTicket {
  return t !== undefined && (t.access ?? 'ok') === 'ok';
}

function issueOr4xx(ctx: RouteContext, keyOrId: string): SeedTicket | undefined {
  const t = find(ctx, keyOrId);
  if (!t || t.access === 'missing') {
    err(ctx, 404, 'Issue does not exist or you do not have permission to see it.');
    return undefined;
  }
  if (t.access === 'forbidden') {
    err(ctx, 403, 'You do not have the permission to see the specified issue.');
    return undefined;
  }
  return t;
}

function param(ctx: RouteContext, name: string): unknown {
  const b = ctx.body as Record<string, unknown> | undefined;
  if (ctx.method === 'POST' && b && typeof b === 'object' && name in b) return b[name];
  return ctx.query.get(name) ?? undefined;
}

const token = (n: number): string => Buffer.from(`fx:${n}`).toString('base64url');
const untoken = (s: unknown): number => {
  if (typeof s !== 'string' || s === '') return 0;
  const m = /^fx:(\d+)$/.exec(Buffer.from(s, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : -1;
};

export function jiraTicketsNamed(path: string, query: URLSearchParams, body: unknown): string[] {
  const p = path.replace(/^\/rest\/api\/[23]/, '');
  const m = /^\/issue\/([^/]+)/.exec(p) ?? /^\/rest\/servicedeskapi\/request\/([^/]+)/.exec(path);
  if (m) return [decodeURIComponent(m[1]!)];
  const b = (body ?? {}) as Record<string, unknown>;
  if (p.startsWith('/search')) {
    const jql = typeof b.jql === 'string' ? b.jql : (query.get('jql') ?? '');
    const parsed = parseJql(jql);
    return 'keys' in parsed && parsed.keys ? parsed.keys : [];
  }
  if (p === '/changelog/bulkfetch' && Array.isArray(b.issueIdsOrKeys)) return b.issueIdsOrKeys.map(String);
  return [];
}

export function handleJiraApi(ctx: RouteContext): void {
  const h = ctx.extraHeaders;
  const dc = ctx.site === 'jira-dc';
  let m: RegExpExecArray | null;
  const api = /^\/rest\/api\/([23])(\/.*)$/.exec(ctx.path);
  if (!api) return handleServiceDesk(ctx);
  const version = api[1]!;
  const p = api[2]!;
  const v2 = version === '2';
  if (dc && !v2) return err(ctx, 404, 'null for uri: REST v3 does not exist on Jira Data Center');

  if (p === '/field') {
    const sys = (id: string, name: string, type: string): Record<string, unknown> => ({
      id, key: id, name, custom: false, orderable: true, navigable: true, searchable: true, clauseNames: [id], schema: { type, system: id },
    });
    const custom = (id: string, name: string, type: string, c: string): Record<string, unknown> => ({
      id, key: id, name, untranslatedName: name, custom: true, orderable: true, navigable: true, searchable: true,
      clauseNames: [`cf[${id.slice(12)}]`, name], schema: { type, custom: `com.atlassian.servicedesk:${c}`, customId: Number(id.slice(12)) },
    });
    const fields = [
      sys('summary', 'Summary', 'string'), sys('created', 'Created', 'datetime'), sys('updated', 'Updated', 'datetime'),
      sys('priority', 'Priority', 'priority'), sys('status', 'Status', 'status'), sys('labels', 'Labels', 'array'),
      sys('reporter', 'Reporter', 'user'), sys('assignee', 'Assignee', 'user'), sys('comment', 'Comment', 'comments-page'),
      sys('resolutiondate', 'Resolved', 'datetime'), sys('statuscategorychangedate', 'Status Category Changed', 'datetime'),
      ...(dc ? [] : [
        custom(ORG_FIELD, 'Organizations', 'array', 'sd-customer-organizations'),
        custom(SLA_FIELDS.firstResponse, 'Time to first response', 'sd-servicelevelagreement', 'sd-sla-field'),
        custom(SLA_FIELDS.resolution, 'Time to resolution', 'sd-servicelevelagreement', 'sd-sla-field'),
        custom(SLA_FIELDS.nextResponse, 'Time to next response', 'sd-servicelevelagreement', 'sd-sla-field'),
        custom('customfield_10010', 'Request Type', 'sd-customerrequesttype', 'vp-origin'),
      ]),
    ];
    return sendJson(ctx.res, 200, fields, h);
  }

  if (p === '/status') return sendJson(ctx.res, 200, Object.keys(JIRA_STATUSES).map((n) => statusJson(ctx, n)), h);
  if (p === '/myself') return sendJson(ctx.res, 200, { accountId: '557058:agent-fx', displayName: 'Ana Agent', timeZone: 'Europe/Berlin', locale: 'en_US', active: true }, h);

  // Old search: removed on Cloud (410), the batch endpoint on Data Center.
  if (p === '/search') {
    if (!dc) return err(ctx, 410, 'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046');
    return dcSearch(ctx);
  }
  if (p === '/search/jql' && !dc) return cloudSearch(ctx, v2);
  if (p === '/changelog/bulkfetch' && !dc) return bulkChangelog(ctx);

  if ((m = /^\/issue\/([^/]+)$/.exec(p)) && ctx.method === 'GET') {
    const t = issueOr4xx(ctx, decodeURIComponent(m[1]!));
    if (!t) return;
    const expand = fieldList(ctx.query.get('expand')) ?? [];
    return sendJson(ctx.res, 200, issueJson(ctx, t, fieldList(ctx.query.get('fields')), expand, v2), h);
  }
  if ((m = /^\/issue\/([^/]+)\/changelog$/.exec(p))) {
    const t = issueOr4xx(ctx, decodeURIComponent(m[1]!));
    if (!t) return;
    const hs = historiesOf(t);
    const startAt = Math.max(0, Number(ctx.query.get('startAt') ?? 0) || 0);
    const maxResults = Math.min(100, Math.max(1, Number(ctx.query.get('maxResults') ?? 100) || 100));
    const values = hs.slice(startAt, startAt + maxResults);
    const isLast = startAt + maxResults >= hs.length;
    const self = `${base(ctx)}/rest/api/${version}/issue/${t.key}/changelog`;
    return sendJson(ctx.res, 200, {
      self: `${self}?maxResults=${maxResults}&startAt=${startAt}`,
      ...(isLast ? {} : { nextPage: `${self}?maxResults=${maxResults}&startAt=${startAt + maxResults}` }),
      maxResults, startAt, total: hs.length, isLast,
      values: values.map((x) => historyJson(ctx, x)),
    }, h);
  }
  if ((m = /^\/issue\/([^/]+)\/comment$/.exec(p))) {
    const t = issueOr4xx(ctx, decodeURIComponent(m[1]!));
    if (!t) return;
    const all = commentsOf(ctx, t, v2);
    const startAt = Number(ctx.query.get('startAt') ?? 0) || 0;
    const maxResults = Number(ctx.query.get('maxResults') ?? 50) || 50;
    return sendJson(ctx.res, 200, { startAt, maxResults, total: all.length, comments: all.slice(startAt, startAt + maxResults) }, h);
  }
  return err(ctx, 404, `No imitation route for ${ctx.method} ${ctx.path}`);
}

function cloudSearch(ctx: RouteContext, v2: boolean): void {
  const jql = String(param(ctx, 'jql') ?? '');
  const parsed = parseJql(jql);
  if ('error' in parsed) return err(ctx, 400, parsed.error);
  if (parsed.unbounded) return err(ctx, 400, 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  const wanted = fieldList(param(ctx, 'fields'));
  const expand = fieldList(param(ctx, 'expand')) ?? [];
  const idsOnly = !wanted || wanted.every((f) => f === 'id' || f === 'key');
  const cap = idsOnly && !expand.includes('changelog') ? 5000 : 100;
  const maxResults = Math.min(cap, Math.max(1, Number(param(ctx, 'maxResults') ?? 50) || 50));
  const offset = untoken(param(ctx, 'nextPageToken'));
  if (offset < 0) return err(ctx, 400, 'Invalid nextPageToken');
  const matches = (parsed.keys ? parsed.keys.map((k) => find(ctx, k)) : ctx.store.list(ctx.site).filter((t) => t.project === parsed.project)).filter(visible);
  const page = matches.slice(offset, offset + maxResults);
  const more = offset + maxResults < matches.length;
  const issues = page.map((t) => (wanted ? issueJson(ctx, t, wanted, expand, v2) : { id: String(t.numericId) }));
  sendJson(ctx.res, 200, { issues, ...(more ? { nextPageToken: token(offset + maxResults) } : {}), isLast: !more }, ctx.extraHeaders);
}

function dcSearch(ctx: RouteContext): void {
  const jql = String(param(ctx, 'jql') ?? '');
  const parsed = parseJql(jql);
  if ('error' in parsed) return err(ctx, 400, parsed.error);
  const wanted = fieldList(param(ctx, 'fields'));
  const expand = fieldList(param(ctx, 'expand')) ?? [];
  const startAt = Math.max(0, Number(param(ctx, 'startAt') ?? 0) || 0);
  const maxResults = Math.min(1000, Math.max(0, Number(param(ctx, 'maxResults') ?? 50) || 50));
  const all = ctx.store.list(ctx.site);
  const matches = (parsed.keys ? parsed.keys.map((k) => find(ctx, k)) : parsed.project ? all.filter((t) => t.project === parsed.project) : all).filter(visible);
  sendJson(ctx.res, 200, {
    expand: 'schema,names',
    startAt,
    maxResults,
    total: matches.length,
    issues: matches.slice(startAt, startAt + maxResults).map((t) => issueJson(ctx, t, wanted, expand, true)),
  }, ctx.extraHeaders);
}

function bulkChangelog(ctx: RouteContext): void {
  if (ctx.method !== 'POST') return err(ctx, 405, 'Use POST');
  const b = (ctx.body ?? {}) as Record<string, unknown>;
  const keys = Array.isArray(b.issueIdsOrKeys) ? b.issueIdsOrKeys.map(String) : [];
  if (keys.length === 0 || keys.length > 1000) return err(ctx, 400, 'issueIdsOrKeys must contain between 1 and 1000 issue ids or keys.');
  const fieldIds = Array.isArray(b.fieldIds) ? b.fieldIds.map(String) : undefined;
  if (fieldIds && fieldIds.length > 10) return err(ctx, 400, 'fieldIds must contain at most 10 field ids.');
  const maxResults = Math.min(10_000, Math.max(1, Number(b.maxResults ?? 1000) || 1000));
  const offset = untoken(b.nextPageToken);
  if (offset < 0) return err(ctx, 400, 'Invalid nextPageToken');
  const flat: { issueId: string; h: Record<string, unknown> }[] = [];
  for (const k of keys) {
    const t = find(ctx, k);
    if (!visible(t)) continue;
    for (const hist of historiesOf(t)) {
      const items = fieldIds ? hist.items.filter((i) => fieldIds.includes(String(i.fieldId)) || fieldIds.includes(String(i.field))) : hist.items;
      if (items.length === 0) continue;
      flat.push({ issueId: String(t.numericId), h: historyJson(ctx, { ...hist, items }) });
    }
  }
  const page = flat.slice(offset, offset + maxResults);
  const grouped: { issueId: string; changeHistories: Record<string, unknown>[] }[] = [];
  for (const x of page) {
    const last = grouped[grouped.length - 1];
    if (last && last.issueId === x.issueId) last.changeHistories.push(x.h);
    else grouped.push({ issueId: x.issueId, changeHistories: [x.h] });
  }
  const more = offset + maxResults < flat.length;
  sendJson(ctx.res, 200, { issueChangeLogs: grouped, nextPageToken: more ? token(offset + maxResults) : null }, ctx.extraHeaders);
}

/** `/rest/servicedeskapi/request/{key}/sla|status|comment` (JSM, paged DTOs). */
function handleServiceDesk(ctx: RouteContext): void {
  const m = /^\/rest\/servicedeskapi\/request\/([^/]+)\/(sla|status|comment)$/.exec(ctx.path);
  if (!m) return err(ctx, 404, `No imitation route for ${ctx.method} ${ctx.path}`);
  const t = issueOr4xx(ctx, decodeURIComponent(m[1]!));
  if (!t) return;
  let values: Record<string, unknown>[] = [];
  if (m[2] === 'sla') {
    values = Object.values(SLA_FIELDS)
      .map((f) => slaField(ctx, t, f))
      .filter((v): v is Record<string, unknown> => v !== null)
      .map((v) => ({ ...v, completedCycles: v.completedCycles ?? [] }));
  } else if (m[2] === 'status') {
    values = [...t.facts.statusHistory].reverse().map((s) => ({
      status: s.status,
      statusCategory: (JIRA_STATUSES[s.status]?.category ?? 'new').toUpperCase(),
      statusDate: jsmDate(s.at),
    }));
  } else {
    const pub = ctx.query.get('public');
    const internal = ctx.query.get('internal');
    values = t.facts.replies
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => (r.public ? pub !== 'false' : internal !== 'false'))
      .map(({ r, i }) => {
        const author = r.author === 'customer' ? t.requester : (t.assignee ?? t.requester);
        return {
          id: String(t.numericId * 100 + i),
          body: r.public ? 'Reply' : 'Internal note',
          public: r.public,
          author: { accountId: jiraAccountId(author), displayName: author.name, emailAddress: null, active: true, timeZone: 'Europe/Berlin' },
          created: jsmDate(r.at),
        };
      });
  }
  const start = Number(ctx.query.get('start') ?? 0) || 0;
  const limit = Number(ctx.query.get('limit') ?? 50) || 50;
  sendJson(ctx.res, 200, {
    size: Math.min(limit, Math.max(0, values.length - start)), start, limit, isLastPage: start + limit >= values.length,
    _links: { base: base(ctx), context: '', self: `${base(ctx)}${ctx.path}` },
    values: values.slice(start, start + limit),
  }, ctx.extraHeaders);
}
