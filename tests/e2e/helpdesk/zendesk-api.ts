/** Zendesk Support API imitation (`/api/v2/...`), shapes per research §1.3 and docs/api-usage.md. */
import type { RouteContext } from './context';
import { sendJson, sendText, zdTime } from './http-util';
import type { FxPerson, SeedTicket } from './model';
import { currentStatus } from './model';
import { allPeople, AGENTS } from './people';
import { ZD_CUSTOM_STATUSES } from './seed';

const ORIGIN = 'https://acme.zendesk.com';

function notFound(ctx: RouteContext): void {
  sendJson(ctx.res, 404, { error: 'RecordNotFound', description: 'Not found' }, ctx.extraHeaders);
}

function forbidden(ctx: RouteContext): void {
  sendJson(ctx.res, 403, { error: 'Forbidden', description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.' }, ctx.extraHeaders);
}

function includes(ctx: RouteContext): Set<string> {
  return new Set((ctx.query.get('include') ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}

function defaultCustomStatusId(status: string): number {
  return ZD_CUSTOM_STATUSES.find((s) => s.default && s.status_category === status)?.id ?? 1002;
}

function zdStatus(t: SeedTicket): string {
  return currentStatus(t);
}

export function ticketJson(t: SeedTicket): Record<string, unknown> {
  const status = zdStatus(t);
  return {
    id: t.numericId,
    url: `${ORIGIN}/api/v2/tickets/${t.numericId}.json`,
    external_id: null,
    subject: t.subject,
    raw_subject: t.subject,
    description: `Hello, ${t.subject}`,
    status,
    custom_status_id: t.customStatus?.id ?? defaultCustomStatusId(status),
    priority: t.facts.priority,
    type: t.type,
    created_at: zdTime(t.facts.createdAt),
    updated_at: zdTime(t.updatedAt),
    requester_id: Number(t.requester.id),
    submitter_id: Number(t.requester.id),
    assignee_id: t.assignee ? Number(t.assignee.id) : null,
    group_id: 360005,
    organization_id: t.organization?.id ?? null,
    brand_id: 1,
    ticket_form_id: 360001,
    tags: t.ticketTags,
    custom_fields: [{ id: 360011, value: 'eu' }],
    via: { channel: 'email', source: { from: { address: t.requester.email ?? null, name: t.requester.name }, to: {}, rel: null } },
    is_public: true,
    due_at: null,
    has_incidents: false,
    allow_channelback: false,
    generated_timestamp: Math.floor(t.updatedAt / 1000),
  };
}

function orgJson(o: NonNullable<SeedTicket['organization']>): Record<string, unknown> {
  return {
    id: o.id,
    url: `${ORIGIN}/api/v2/organizations/${o.id}.json`,
    name: o.name,
    tags: o.tags,
    organization_fields: o.fields ?? {},
    domain_names: [],
    group_id: null,
    shared_tickets: false,
    shared_comments: false,
    external_id: null,
    details: '',
    notes: '',
    created_at: '2024-01-10T09:00:00Z',
    updated_at: '2025-06-01T09:00:00Z',
  };
}

function userJson(p: FxPerson): Record<string, unknown> {
  return {
    id: Number(p.id),
    url: `${ORIGIN}/api/v2/users/${p.id}.json`,
    name: p.name,
    email: p.email ?? null,
    role: p.role,
    role_type: p.role === 'end-user' ? null : 0,
    active: true,
    time_zone: 'Europe/Berlin',
  };
}

function orgsOf(tickets: SeedTicket[]): Record<string, unknown>[] {
  const seen = new Map<number, Record<string, unknown>>();
  for (const t of tickets) if (t.organization && !seen.has(t.organization.id)) seen.set(t.organization.id, orgJson(t.organization));
  return [...seen.values()];
}

function usersOf(tickets: SeedTicket[]): Record<string, unknown>[] {
  const seen = new Map<string, FxPerson>();
  for (const t of tickets) {
    seen.set(t.requester.id, t.requester);
    if (t.assignee) seen.set(t.assignee.id, t.assignee);
  }
  for (const a of AGENTS) seen.set(a.id, a);
  return [...seen.values()].map(userJson);
}

const NATIVE_METRIC: Record<string, string> = {
  firstResponse: 'first_reply_time',
  nextResponse: 'next_reply_time',
  resolution: 'requester_wait_time',
};

/** `slas.policy_metrics` from the ticket's native SLA (stage active / paused / achieved; signed remaining minutes). */
function policyMetrics(t: SeedTicket, now: number): Record<string, unknown>[] {
  return (t.facts.native ?? []).map((n) => {
    const stage = n.met ? 'achieved' : n.paused ? 'paused' : 'active';
    const m: Record<string, unknown> = { metric: NATIVE_METRIC[n.metric] ?? n.metric, stage, breach_at: zdTime(n.dueAt) };
    if (n.dueAt !== null) {
      const minutes = Math.round((n.dueAt - now) / 60_000);
      if (Math.abs(minutes) >= 1440) m.days = Math.trunc(minutes / 1440);
      else if (Math.abs(minutes) >= 60) m.hours = Math.trunc(minutes / 60);
      else m.minutes = minutes;
    } else {
      const d = t.nativeDetail?.find((x) => x.metric === n.metric);
      m.minutes = d ? Math.round(d.goalMs / 60_000) : 0;
    }
    return m;
  });
}

/** Ticket metrics (`metric_sets` sideload / `ticket_metric`), derived from the facts. */
export function metricJson(t: SeedTicket): Record<string, unknown> {
  const f = t.facts;
  const firstAgent = f.replies.find((r) => r.author === 'agent' && r.public);
  const replyMin = firstAgent ? Math.round((firstAgent.at - f.createdAt) / 60_000) : null;
  const last = f.statusHistory[f.statusHistory.length - 1]!;
  const solvedAt = last.status === 'solved' || last.status === 'closed' ? last.at : null;
  const firstSolved = f.statusHistory.find((s) => s.status === 'solved' || s.status === 'closed');
  const reopens = f.statusHistory.filter((s, i) => i > 0 && f.statusHistory[i - 1]!.status === 'solved' && s.status !== 'closed').length;
  const lastComment = [...f.replies].pop();
  const resMin = (at: number | null | undefined): number | null => (at ? Math.round((at - f.createdAt) / 60_000) : null);
  const custReplies = f.replies.filter((r) => r.author === 'customer');
  return {
    id: t.numericId + 100_000,
    ticket_id: t.numericId,
    url: `${ORIGIN}/api/v2/ticket_metrics/${t.numericId + 100_000}.json`,
    created_at: zdTime(f.createdAt + 1000),
    updated_at: zdTime(t.updatedAt),
    group_stations: 1,
    assignee_stations: t.assignee ? 1 : 0,
    reopens,
    replies: f.replies.filter((r) => r.author === 'agent' && r.public).length,
    assignee_updated_at: zdTime(f.createdAt),
    requester_updated_at: zdTime(custReplies[custReplies.length - 1]?.at ?? f.createdAt),
    status_updated_at: zdTime(last.at),
    custom_status_updated_at: zdTime(last.at),
    initially_assigned_at: zdTime(f.createdAt),
    assigned_at: zdTime(f.createdAt),
    solved_at: zdTime(solvedAt),
    latest_comment_added_at: zdTime(lastComment?.at ?? f.createdAt),
    reply_time_in_minutes: { calendar: replyMin, business: replyMin },
    first_resolution_time_in_minutes: { calendar: resMin(firstSolved?.at), business: resMin(firstSolved?.at) },
    full_resolution_time_in_minutes: { calendar: resMin(solvedAt), business: resMin(solvedAt) },
    agent_wait_time_in_minutes: { calendar: 0, business: 0 },
    requester_wait_time_in_minutes: { calendar: null, business: null },
    on_hold_time_in_minutes: { calendar: 0, business: 0 },
  };
}

type ZdEvent = Record<string, unknown>;

/** Audits: a Create audit (opening comment + initial fields), then one audit per status change or comment. */
export function auditsOf(t: SeedTicket): Record<string, unknown>[] {
  const f = t.facts;
  let eventId = t.numericId * 1000;
  const ev = (e: ZdEvent): ZdEvent => ({ id: ++eventId, ...e });
  const first = f.statusHistory[0]!;
  const firstCustom = t.customStatus && t.customStatus.category === first.status ? t.customStatus.id : defaultCustomStatusId(first.status);
  const audits: { at: number; author: string; events: ZdEvent[] }[] = [
    {
      at: f.createdAt,
      author: t.requester.id,
      events: [
        ev({ type: 'Comment', public: true, body: `Hello, ${t.subject}`, html_body: '<p>(opening message)</p>', author_id: Number(t.requester.id), attachments: [] }),
        ev({ type: 'Create', field_name: 'subject', value: t.subject }),
        ev({ type: 'Create', field_name: 'status', value: first.status }),
        ev({ type: 'Create', field_name: 'custom_status_id', value: firstCustom }),
        ev({ type: 'Create', field_name: 'priority', value: f.priority }),
        ev({ type: 'Create', field_name: 'tags', value: t.ticketTags }),
        ev({ type: 'Notification', subject: 'Your request was received', body: '…', recipients: [Number(t.requester.id)] }),
      ],
    },
  ];
  const agentId = t.assignee?.id ?? AGENTS[0]!.id;
  const items: { at: number; order: number; make: () => { author: string; events: ZdEvent[] } }[] = [];
  f.statusHistory.slice(1).forEach((s, i) => {
    const prev = f.statusHistory[i]!;
    const isLast = i === f.statusHistory.length - 2;
    const customId = isLast && t.customStatus ? t.customStatus.id : defaultCustomStatusId(s.status);
    const prevCustom = defaultCustomStatusId(prev.status);
    items.push({
      at: s.at,
      order: 1,
      make: () => ({
        author: agentId,
        events: [
          ev({ type: 'Change', field_name: 'status', previous_value: prev.status, value: s.status }),
          ev({ type: 'Change', field_name: 'custom_status_id', previous_value: prevCustom, value: customId }),
        ],
      }),
    });
  });
  f.replies.forEach((r) => {
    const author = r.author === 'customer' ? t.requester.id : agentId;
    items.push({
      at: r.at,
      order: 0,
      make: () => ({
        author,
        events: [ev({ type: 'Comment', public: r.public, body: r.public ? 'Reply' : 'Internal note', html_body: '<p>…</p>', author_id: Number(author), attachments: [] })],
      }),
    });
  });
  items.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const it of items) {
    const made = it.make();
    const prev = audits[audits.length - 1]!;
    // A comment and a status change by the same author at the same instant share one audit, as in Zendesk.
    if (prev.at === it.at && prev.author === made.author) prev.events.push(...made.events);
    else audits.push({ at: it.at, ...made });
  }
  return audits.map((a, i) => ({
    id: t.numericId * 100 + i,
    ticket_id: t.numericId,
    created_at: zdTime(a.at),
    author_id: Number(a.author),
    via: { channel: i === 0 ? 'email' : 'web', source: { rel: null } },
    metadata: { system: {}, custom: {} },
    events: a.events,
  }));
}

function ticketOr403(ctx: RouteContext, id: string): SeedTicket | undefined {
  const t = ctx.store.get('zendesk', id);
  if (!t || t.access === 'missing') {
    notFound(ctx);
    return undefined;
  }
  if (t.access === 'forbidden') {
    forbidden(ctx);
    return undefined;
  }
  return t;
}

function visible(t: SeedTicket | undefined): t is SeedTicket {
  return t !== undefined && (t.access ?? 'ok') === 'ok';
}

/** Cursor paging over a list (`page[size]`, `page[after]`). */
function page<T>(ctx: RouteContext, all: T[], base: string): { items: T[]; meta: Record<string, unknown>; links: Record<string, unknown> } {
  const size = Math.min(100, Math.max(1, Number(ctx.query.get('page[size]') ?? 100) || 100));
  const after = Number(ctx.query.get('page[after]') ?? 0) || 0;
  const items = all.slice(after, after + size);
  const hasMore = after + size < all.length;
  const cursor = hasMore ? String(after + size) : null;
  return {
    items,
    meta: { has_more: hasMore, after_cursor: cursor, before_cursor: after > 0 ? String(after) : null },
    links: { next: hasMore ? `${ORIGIN}${base}?page[size]=${size}&page[after]=${cursor}` : null, prev: null },
  };
}

export function zendeskTicketsNamed(path: string, query: URLSearchParams): string[] {
  const m = /^\/api\/v2\/(?:tickets|ticket_metrics)\/(\d+)/.exec(path);
  if (m) return [m[1]!];
  if (/show_many/.test(path)) return (query.get('ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return [];
}

export function handleZendeskApi(ctx: RouteContext): void {
  const { path, query } = ctx;
  const h = ctx.extraHeaders;
  const p = path.replace(/\.json$/, '');
  let m: RegExpExecArray | null;

  if (ctx.method !== 'GET') {
    sendJson(ctx.res, 405, { error: 'MethodNotAllowed', description: 'The imitation is read-only' }, h);
    return;
  }

  if (p === '/api/v2/tickets/show_many') {
    const ids = (query.get('ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (ids.length > 100) {
      sendJson(ctx.res, 400, { error: 'InvalidPaginationParameter', description: 'You may not request more than 100 ids at a time' }, h);
      return;
    }
    const tickets = ids.map((id) => ctx.store.get('zendesk', id)).filter(visible);
    const inc = includes(ctx);
    const body: Record<string, unknown> = { tickets: tickets.map(ticketJson), next_page: null, previous_page: null, count: tickets.length };
    if (inc.has('organizations')) body.organizations = orgsOf(tickets);
    if (inc.has('users')) body.users = usersOf(tickets);
    if (inc.has('metric_sets')) body.metric_sets = tickets.map(metricJson);
    sendJson(ctx.res, 200, body, h);
    return;
  }

  if ((m = /^\/api\/v2\/tickets\/(\d+)$/.exec(p))) {
    const t = ticketOr403(ctx, m[1]!);
    if (!t) return;
    const inc = includes(ctx);
    const ticket = ticketJson(t);
    if (inc.has('slas') && !t.omitSlas) ticket.slas = { policy_metrics: policyMetrics(t, ctx.now) };
    if (inc.has('metric_sets')) ticket.metric_set = metricJson(t);
    const body: Record<string, unknown> = { ticket };
    if (inc.has('organizations')) body.organizations = orgsOf([t]);
    if (inc.has('users')) body.users = usersOf([t]);
    sendJson(ctx.res, 200, body, h);
    return;
  }

  if ((m = /^\/api\/v2\/tickets\/(\d+)\/audits$/.exec(p))) {
    const t = ticketOr403(ctx, m[1]!);
    if (!t) return;
    const pg = page(ctx, auditsOf(t), `/api/v2/tickets/${t.numericId}/audits.json`);
    const body: Record<string, unknown> = { audits: pg.items, meta: pg.meta, links: pg.links };
    if (includes(ctx).has('users')) body.users = usersOf([t]);
    sendJson(ctx.res, 200, body, h);
    return;
  }

  if ((m = /^\/api\/v2\/tickets\/(\d+)\/comments$/.exec(p))) {
    const t = ticketOr403(ctx, m[1]!);
    if (!t) return;
    const comments = auditsOf(t).flatMap((a) =>
      (a.events as ZdEvent[]).filter((e) => e.type === 'Comment').map((e) => ({
        id: e.id, type: 'Comment', author_id: e.author_id, public: e.public, body: e.body, html_body: e.html_body,
        plain_body: e.body, created_at: a.created_at, audit_id: a.id, via: a.via, metadata: a.metadata, attachments: [],
      })),
    );
    const pg = page(ctx, comments, `/api/v2/tickets/${t.numericId}/comments.json`);
    const body: Record<string, unknown> = { comments: pg.items, meta: pg.meta, links: pg.links };
    if (includes(ctx).has('users')) body.users = usersOf([t]);
    sendJson(ctx.res, 200, body, h);
    return;
  }

  if ((m = /^\/api\/v2\/(?:tickets\/(\d+)\/metrics|ticket_metrics\/(\d+))$/.exec(p))) {
    const id = m[1] ?? String(Number(m[2]) >= 100_000 ? Number(m[2]) - 100_000 : m[2]);
    const t = ticketOr403(ctx, id);
    if (!t) return;
    sendJson(ctx.res, 200, { ticket_metric: metricJson(t) }, h);
    return;
  }

  if (p === '/api/v2/organizations/show_many') {
    const ids = new Set((query.get('ids') ?? '').split(',').map(Number));
    const orgs = orgsOf(ctx.store.list('zendesk')).filter((o) => ids.has(o.id as number));
    sendJson(ctx.res, 200, { organizations: orgs }, h);
    return;
  }
  if ((m = /^\/api\/v2\/organizations\/(\d+)$/.exec(p))) {
    const org = orgsOf(ctx.store.list('zendesk')).find((o) => o.id === Number(m![1]));
    if (!org) return notFound(ctx);
    sendJson(ctx.res, 200, { organization: org }, h);
    return;
  }

  if (p === '/api/v2/custom_statuses') {
    sendJson(ctx.res, 200, {
      custom_statuses: ZD_CUSTOM_STATUSES.map((s) => ({
        ...s, url: `${ORIGIN}/api/v2/custom_statuses/${s.id}.json`, raw_agent_label: s.agent_label,
        description: '', end_user_description: '', created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z',
      })),
    }, h);
    return;
  }

  if ((m = /^\/api\/v2\/views\/(\d+)\/execute$/.exec(p))) {
    // The trap: 5 requests per minute per view (shared with the agent's own UI in real life).
    const wall = Date.now();
    const calls = (ctx.executeCalls.get(m[1]!) ?? []).filter((at) => wall - at < 60_000);
    calls.push(wall);
    ctx.executeCalls.set(m[1]!, calls);
    if (calls.length > 5) {
      sendText(ctx.res, 429, 'Rate limit for views/execute exceeded (5 per minute per view)', 'text/plain; charset=utf-8', {
        ...h, 'Retry-After': '60', 'X-Rate-Limit-Remaining': '0',
      });
      return;
    }
    const tickets = ctx.store.list('zendesk').filter(visible).slice(0, 30);
    sendJson(ctx.res, 200, {
      view: { id: Number(m[1]), title: 'Your unsolved tickets' },
      columns: [{ id: 'subject', title: 'Subject' }, { id: 'requester', title: 'Requester' }, { id: 'created', title: 'Requested' }],
      groups: [],
      rows: tickets.map((t) => ({
        ticket: { id: t.numericId, subject: t.subject, status: currentStatus(t), priority: t.facts.priority },
        subject: t.subject, requester_id: Number(t.requester.id), created: zdTime(t.facts.createdAt), group: 360005,
      })),
      count: tickets.length, next_page: null, previous_page: null,
    }, h);
    return;
  }

  if (p === '/api/v2/users/me') {
    sendJson(ctx.res, 200, { user: { ...userJson(AGENTS[0]!), authenticity_token: 'fx-token' } }, h);
    return;
  }
  if (p === '/api/v2/users/show_many') {
    const ids = new Set((query.get('ids') ?? '').split(','));
    sendJson(ctx.res, 200, { users: allPeople().filter((u) => ids.has(u.id)).map(userJson) }, h);
    return;
  }
  if ((m = /^\/api\/v2\/users\/(\d+)$/.exec(p))) {
    const u = allPeople().find((x) => x.id === m![1]);
    if (!u) return notFound(ctx);
    sendJson(ctx.res, 200, { user: userJson(u) }, h);
    return;
  }

  sendJson(ctx.res, 404, { error: 'InvalidEndpoint', description: 'Not found' }, h);
}
