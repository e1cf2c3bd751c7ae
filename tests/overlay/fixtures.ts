/** Builders shared by the overlay tests: SLA results, facts, and a fake adapter/client over plain DOM. */
import type {
  BadgePlacement,
  HelpdeskAdapter,
  PageInfo,
  TicketClient,
  TicketResult,
} from '../../lib/adapters/types';
import type { MetricSla, TicketFacts, TicketSla } from '../../lib/sla/types';

export function metric(over: Partial<MetricSla> = {}): MetricSla {
  return {
    metric: 'firstResponse',
    calendar: '24x7',
    targetMs: 3_600_000,
    elapsedMs: 600_000,
    remainingMs: 3_000_000,
    state: 'running',
    breached: false,
    breachedAt: null,
    dueAt: Date.UTC(2026, 0, 5, 10, 0),
    percent: 16.7,
    level: 'ok',
    outsideHours: false,
    ...over,
  };
}

export function sla(over: Partial<TicketSla> = {}, next: MetricSla | null = metric()): TicketSla {
  return {
    helpdesk: 'zendesk',
    key: '1',
    source: 'policy',
    tier: { id: 'p2', name: 'P2 high' },
    customerTier: null,
    priority: 'P2',
    metrics: next ? [next] : [],
    next,
    level: next?.level ?? 'ok',
    explanation: ['Matched tier P2 high because priority is high'],
    ...over,
  };
}

export function facts(key: string, over: Partial<TicketFacts> = {}): TicketFacts {
  const createdAt = Date.UTC(2026, 0, 5, 8, 0);
  return {
    helpdesk: 'zendesk',
    key,
    title: `Ticket ${key}`,
    createdAt,
    priority: 'high',
    tags: [],
    organization: null,
    statusHistory: [{ at: createdAt, status: 'open' }],
    replies: [],
    ...over,
  };
}

export const PAGE: PageInfo = { helpdesk: 'zendesk', kind: 'list', apiBase: 'https://acme.zendesk.com', flavor: 'cloud' };

/** Rows are `<tr data-key="…"><td class="subject">…</td></tr>` inside `<table id="list">`. */
export function fakeAdapter(client: TicketClient, page: PageInfo = PAGE): HelpdeskAdapter {
  return {
    id: 'zendesk',
    detectPage: () => page,
    findPlacements(doc) {
      const out: BadgePlacement[] = [];
      for (const row of doc.querySelectorAll('#list tr[data-key]')) {
        const anchor = row.querySelector('td.subject');
        if (anchor) out.push({ key: row.getAttribute('data-key')!, kind: 'row', host: row, anchor, position: 'append' });
      }
      return out;
    },
    observedRoots: (doc) => [...doc.querySelectorAll('#list')],
    createClient: () => client,
  };
}

export function renderRows(doc: Document, keys: string[], subject = (k: string) => `Subject ${k}`): HTMLElement {
  let table = doc.getElementById('list');
  if (!table) {
    table = doc.createElement('table');
    table.id = 'list';
    doc.body.append(table);
  }
  table.replaceChildren(
    ...keys.map((key) => {
      const tr = doc.createElement('tr');
      tr.setAttribute('data-key', key);
      const td = doc.createElement('td');
      td.className = 'subject';
      td.textContent = subject(key);
      tr.append(td);
      return tr;
    }),
  );
  return table;
}

export interface FakeClient extends TicketClient {
  batchCalls: string[][];
  detailCalls: string[];
  results: Map<string, TicketResult>;
}

export function fakeClient(results: Map<string, TicketResult> = new Map()): FakeClient {
  const client: FakeClient = {
    batchCalls: [],
    detailCalls: [],
    results,
    async fetchBatch(keys) {
      client.batchCalls.push(keys);
      return new Map(keys.flatMap((k) => (results.has(k) ? [[k, results.get(k)!] as const] : [])));
    },
    async fetchDetail(key) {
      client.detailCalls.push(key);
      return results.get(key) ?? { ok: false, error: { kind: 'not-found', message: 'Not found' } };
    },
  };
  return client;
}

export function ok(f: TicketFacts, precision: 'batch' | 'detail' = 'detail', updatedAt = 1): TicketResult {
  return { ok: true, facts: f, updatedAt, precision };
}

/** A `ready` badge state whose remaining time is the SLA's own. */
export function ready(s: TicketSla): { status: 'ready'; sla: TicketSla; remainingMs: number } {
  return { status: 'ready', sla: s, remainingMs: s.next?.remainingMs ?? Number.NaN };
}
