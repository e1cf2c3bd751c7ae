/** Zendesk agent page models (rendered in the browser by client/fx-client.js). */
import type { FxStore } from './context';
import type { SeedTicket } from './model';
import { currentStatus } from './model';

export interface ZdRow {
  id: number;
  subject: string;
  requester: string;
  requested: number;
  priority: string | null;
  status: string;
  statusLabel: string;
  organization: string | null;
}

export interface ZdTicketTab {
  id: number;
  subject: string;
  status: string;
  statusLabel: string;
  priority: string | null;
  tags: string[];
  via: string;
  requester: string;
  organization: string | null;
  log: { author: string; body: string; public: boolean; at: number }[];
}

function statusLabel(t: SeedTicket): string {
  const s = currentStatus(t);
  return t.customStatus?.label ?? s.charAt(0).toUpperCase() + s.slice(1);
}

export function zdRow(t: SeedTicket): ZdRow {
  return {
    id: t.numericId,
    subject: t.subject,
    requester: t.requester.name,
    requested: t.facts.createdAt,
    priority: t.facts.priority,
    status: currentStatus(t),
    statusLabel: statusLabel(t),
    organization: t.organization?.name ?? null,
  };
}

function tab(t: SeedTicket): ZdTicketTab {
  const agent = t.assignee?.name ?? 'Agent';
  return {
    id: t.numericId,
    subject: t.subject,
    status: currentStatus(t),
    statusLabel: statusLabel(t),
    priority: t.facts.priority,
    tags: t.facts.tags,
    via: 'Via email',
    requester: t.requester.name,
    organization: t.organization?.name ?? null,
    log: [
      { author: t.requester.name, body: `Hello, ${t.subject}`, public: true, at: t.facts.createdAt },
      ...t.facts.replies.map((r) => ({
        author: r.author === 'customer' ? t.requester.name : agent,
        body: r.public ? (r.author === 'agent' ? 'Thanks, we are looking into it.' : 'Any news?') : 'Internal note: checking logs',
        public: r.public,
        at: r.at,
      })),
    ],
  };
}

/** A ticket whose data the agent cannot read still renders a minimal pane (the real UI shows an error inside it). */
function placeholderTab(id: number): ZdTicketTab {
  return { id, subject: `Ticket #${id}`, status: 'open', statusLabel: 'Open', priority: null, tags: [], via: '', requester: '', organization: null, log: [] };
}

export function zendeskPageModel(path: string, query: URLSearchParams, store: FxStore): Record<string, unknown> | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^\/agent\/tickets\/(\d+)(?:\/[a-z]+)?\/?$/.exec(path))) {
    const id = Number(m[1]);
    const scenario = store.list('zendesk').filter((t) => t.scenario !== 'bulk');
    const extra = query.has('tabs')
      ? (query.get('tabs') ?? '').split(',').filter(Boolean).map(Number)
      : scenario.filter((t) => t.numericId !== id && t.access === 'ok').slice(0, 2).map((t) => t.numericId);
    const ids = [...new Set([...extra, id])];
    const tabs = ids.map((x) => {
      const t = store.get('zendesk', String(x));
      return t && t.access !== 'missing' ? tab(t) : placeholderTab(x);
    });
    return { kind: 'zd-ticket', title: `Ticket #${id}`, activeId: id, tabs };
  }
  if ((m = /^\/agent\/(?:filters|views)\/(\d+)\/?$/.exec(path))) {
    const rowsParam = Number(query.get('rows') ?? 0);
    const base = store.list('zendesk').filter((t) => t.scenario !== 'bulk');
    const tickets = rowsParam > 0 ? store.bulk('zendesk', rowsParam) : base;
    return {
      kind: 'zd-view',
      title: rowsParam > 0 ? `All open tickets (${rowsParam})` : 'Your unsolved tickets',
      viewId: Number(m[1]),
      layout: query.get('layout') === 'split' ? 'split' : 'generic',
      showId: query.get('idcol') !== 'off',
      groupBy: query.get('group') === 'priority' ? 'priority' : null,
      rows: tickets.map(zdRow),
    };
  }
  if ((m = /^\/agent\/search\/(\d+)\/?$/.exec(path))) {
    const q = (query.get('q') ?? '').toLowerCase();
    const base = store.list('zendesk').filter((t) => t.scenario !== 'bulk');
    const hits = q ? base.filter((t) => t.subject.toLowerCase().includes(q) || t.key === q) : base;
    return {
      kind: 'zd-view', title: `Search results for "${query.get('q') ?? ''}"`, viewId: Number(m[1]), search: true,
      layout: 'generic', showId: true, groupBy: null, rows: hits.map(zdRow),
    };
  }
  if (path === '/agent' || path === '/agent/' || path === '/agent/dashboard' || path === '/agent/home') {
    return { kind: 'zd-home', title: 'Home', views: [{ id: 360001, title: 'Your unsolved tickets' }] };
  }
  return undefined;
}
