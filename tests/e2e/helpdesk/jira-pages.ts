/** Jira Cloud and Jira Data Center page models (rendered in the browser by client/fx-client.js). */
import type { FxStore } from './context';
import type { SeedTicket, Site } from './model';
import { currentStatus } from './model';
import { parseJql } from './jql';
import { JIRA_STATUSES } from './seed';

export interface JiraRow {
  key: string;
  id: number;
  summary: string;
  status: string;
  statusCategory: string;
  priority: string | null;
  assignee: string | null;
  created: number;
}

export function jiraRow(t: SeedTicket): JiraRow {
  const status = currentStatus(t);
  return {
    key: t.key,
    id: t.numericId,
    summary: t.subject,
    status,
    statusCategory: JIRA_STATUSES[status]?.category ?? 'new',
    priority: t.facts.priority,
    assignee: t.assignee?.name ?? null,
    created: t.facts.createdAt,
  };
}

function issueModel(t: SeedTicket | undefined, key: string): Record<string, unknown> {
  const project = key.split('-')[0] ?? 'SUP';
  if (!t || t.access !== 'ok') {
    return {
      key, id: 0, project, summary: t?.access === 'forbidden' ? "You don't have permission to view this issue" : 'This issue can’t be found',
      description: '', status: '-', statusCategory: 'new', priority: null, labels: [], reporter: '', assignee: null,
      organization: null, created: Date.now(), comments: [],
    };
  }
  const status = currentStatus(t);
  return {
    key: t.key,
    id: t.numericId,
    project: t.project ?? project,
    summary: t.subject,
    description: `Reported by ${t.requester.name}: ${t.subject}`,
    status,
    statusCategory: JIRA_STATUSES[status]?.category ?? 'new',
    priority: t.facts.priority,
    labels: t.ticketTags,
    reporter: t.requester.name,
    assignee: t.assignee?.name ?? null,
    organization: t.organization?.name ?? null,
    created: t.facts.createdAt,
    comments: t.facts.replies.map((r) => ({
      author: r.author === 'customer' ? t.requester.name : (t.assignee?.name ?? 'Agent'),
      body: r.public ? (r.author === 'agent' ? 'Thanks, we are on it.' : 'Any update?') : 'Internal: checking logs',
      public: r.public,
      at: r.at,
    })),
  };
}

function rowsFor(site: Site, store: FxStore, query: URLSearchParams, project?: string): SeedTicket[] {
  const n = Number(query.get('rows') ?? 0);
  if (n > 0) return store.bulk(site, n);
  const all = store.list(site).filter((t) => t.scenario !== 'bulk');
  const inProject = project ? all.filter((t) => t.project === project) : all;
  return inProject.length > 0 ? inProject : all;
}

function byJql(site: Site, store: FxStore, query: URLSearchParams): SeedTicket[] {
  const jql = query.get('jql') ?? '';
  const n = Number(query.get('rows') ?? 0);
  if (n > 0) return store.bulk(site, n);
  const parsed = parseJql(jql);
  const all = store.list(site).filter((t) => t.scenario !== 'bulk');
  if ('error' in parsed) return all;
  if (parsed.keys) return parsed.keys.map((k) => store.get(site, k)).filter((t): t is SeedTicket => t !== undefined);
  if (parsed.project) return all.filter((t) => t.project === parsed.project);
  return all;
}

function board(site: Site, store: FxStore, query: URLSearchParams, project: string, title: string, layout: string): Record<string, unknown> {
  const tickets = rowsFor(site, store, query, project).map(jiraRow);
  const cols = [
    { id: '1', name: 'To Do', cat: 'new' },
    { id: '2', name: 'In Progress', cat: 'indeterminate' },
    { id: '3', name: 'Done', cat: 'done' },
  ];
  const selectedKey = query.get('selectedIssue');
  return {
    kind: 'jira-board',
    title,
    project,
    layout,
    columns: cols.map((c) => ({ id: c.id, name: c.name, cards: tickets.filter((r) => r.statusCategory === c.cat) })),
    ...(selectedKey ? { selected: issueModel(store.get(site, selectedKey), selectedKey) } : {}),
  };
}

export function jiraPageModel(site: Site, path: string, query: URLSearchParams, store: FxStore): Record<string, unknown> | undefined {
  let m: RegExpExecArray | null;
  if (site === 'jira-dc') {
    if ((m = /^\/browse\/([A-Z][A-Z0-9_]*-\d+)\/?$/i.exec(path))) {
      const key = m[1]!.toUpperCase();
      return { kind: 'dc-issue', title: `[${key}]`, project: key.split('-')[0], issue: issueModel(store.get(site, key), key) };
    }
    if (/^\/issues\/?$/.test(path) || path === '/' || path === '/secure/Dashboard.jspa') {
      return { kind: 'dc-navigator', title: 'Search', rows: byJql(site, store, query).map(jiraRow) };
    }
    if (path === '/secure/RapidBoard.jspa') {
      return board(site, store, query, 'OPS', 'OPS board', 'ghx');
    }
    return undefined;
  }
  if ((m = /^\/browse\/([A-Z][A-Z0-9_]*-\d+)\/?$/i.exec(path))) {
    const key = m[1]!.toUpperCase();
    return { kind: 'jira-issue', title: `[${key}]`, project: key.split('-')[0], issue: issueModel(store.get(site, key), key) };
  }
  if ((m = /^\/jira\/software\/(?:c\/)?projects\/([A-Z][A-Z0-9_]*)\/boards\/(\d+)\/?$/i.exec(path))) {
    const project = m[1]!.toUpperCase();
    return board(site, store, query, project, `${project} board`, query.get('layout') === 'ghx' ? 'ghx' : 'kit');
  }
  if ((m = /^\/jira\/(?:software|core)\/(?:c\/)?projects\/([A-Z][A-Z0-9_]*)\/list\/?$/i.exec(path))) {
    const project = m[1]!.toUpperCase();
    return { kind: 'jira-list', title: 'List', project, ariaLabel: 'work', rows: rowsFor(site, store, query, project).map(jiraRow) };
  }
  if (/^\/issues\/?$/.test(path)) {
    return { kind: 'jira-list', title: 'Search work items', project: 'SUP', ariaLabel: query.get('label') === 'issues' ? 'issues' : 'work', rows: byJql(site, store, query).map(jiraRow) };
  }
  if ((m = /^\/jira\/servicedesk\/projects\/([A-Z][A-Z0-9_]*)\/queues\/custom\/(\d+)(?:\/([A-Z][A-Z0-9_]*-\d+))?\/?$/i.exec(path))) {
    const project = m[1]!.toUpperCase();
    const key = m[3]?.toUpperCase();
    return {
      kind: 'jsm-queue',
      title: 'All open',
      project,
      queueId: m[2],
      variant: query.get('variant') === 'grid' ? 'grid' : 'table',
      rows: rowsFor(site, store, query, project).map(jiraRow),
      ...(key ? { selected: issueModel(store.get(site, key), key) } : {}),
    };
  }
  return undefined;
}
