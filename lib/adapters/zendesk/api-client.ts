/**
 * Zendesk ticket reads, as agreed in `docs/api-usage.md`:
 * - batch: `GET /api/v2/tickets/show_many.json?ids=…&include=metric_sets,organizations`, ≤100 ids per call;
 * - detail: `GET /api/v2/tickets/{id}.json?include=slas,organizations` and
 *   `GET /api/v2/tickets/{id}/audits.json?include=users` (2 calls, both counted against the 30/min detail budget);
 * - once per client: `GET /api/v2/custom_statuses.json`.
 * Never `views/{id}/execute`: its 5/min limit is shared with the agent's own UI [Z1].
 */
import type { TicketClient, TicketResult } from '../types';
import { createHttp, type JsonResponse } from '../http/create-http';
import { createTicketClient } from '../http/create-ticket-client';
import { errorResult } from '../http/fetch-errors';
import type { HttpClientConfig } from '../http/http-env';
import { asRecord, asRecords } from '../json-guards';
import { logOnce } from '../log-once';
import {
  readCustomStatuses,
  readMetricSets,
  readOrganizations,
  readTicket,
  type CustomStatusCategories,
} from './read-ticket';
import { zendeskBatchFacts, zendeskDetailFacts } from './to-facts';

export const ZENDESK_BATCH_SIZE = 100;

export function createZendeskClient(config: HttpClientConfig): TicketClient {
  const http = createHttp(config);
  const api = `${config.page.apiBase}/api/v2`;
  let statuses: Promise<CustomStatusCategories> | undefined;

  const customStatuses = (signal?: AbortSignal): Promise<CustomStatusCategories> =>
    (statuses ??= http.request({ url: `${api}/custom_statuses.json` }, signal).then((res) => {
      if (res.ok) return readCustomStatuses(res.data);
      if (res.kind === 'aborted') statuses = undefined; // ask again next time
      else logOnce('zendesk', `custom statuses unavailable (${res.kind}); using system statuses`);
      return new Map();
    }));

  const failure = (res: Exclude<JsonResponse, { ok: true }>): TicketResult | 'aborted' =>
    res.kind === 'aborted' ? 'aborted' : errorResult('zendesk', res.kind, res.status);

  async function loadChunk(ids: string[], signal?: AbortSignal): Promise<[string, TicketResult | 'aborted'][]> {
    const url = `${api}/tickets/show_many.json?ids=${ids.join(',')}&include=metric_sets,organizations`;
    const [res, categories] = await Promise.all([http.request({ url }, signal), customStatuses(signal)]);
    if (!res.ok) return ids.map((id) => [id, failure(res)]);
    const body = asRecord(res.data);
    if (!body || !Array.isArray(body.tickets)) return ids.map((id) => [id, errorResult('zendesk', 'malformed')]);
    const metricSets = readMetricSets(body.metric_sets ?? []);
    const orgs = readOrganizations(body.organizations);
    const out: [string, TicketResult][] = [];
    for (const raw of asRecords(body.tickets)) {
      const ticket = readTicket(raw);
      if (!ticket) {
        if (raw.id !== undefined) out.push([String(raw.id), errorResult('zendesk', 'malformed')]);
        continue;
      }
      const org = ticket.organizationId === null ? undefined : orgs.get(ticket.organizationId);
      const facts = zendeskBatchFacts(ticket, metricSets.get(ticket.id), org, categories);
      out.push([facts.key, { ok: true, facts, updatedAt: ticket.updatedAt, precision: 'batch' }]);
    }
    return out; // ids missing from the answer are left out of fetchBatch's answer too
  }

  return createTicketClient(
    {
      helpdesk: 'zendesk',
      isValidKey: (key) => /^\d+$/.test(key),
      async loadBatch(keys, signal) {
        const chunks: string[][] = [];
        for (let i = 0; i < keys.length; i += ZENDESK_BATCH_SIZE) chunks.push(keys.slice(i, i + ZENDESK_BATCH_SIZE));
        const results = await Promise.all(chunks.map((chunk) => loadChunk(chunk, signal)));
        return new Map(results.flat());
      },
      async loadDetail(key, signal) {
        const [ticketRes, auditsRes, categories] = await Promise.all([
          http.request({ url: `${api}/tickets/${key}.json?include=slas,organizations`, detail: true }, signal),
          http.request({ url: `${api}/tickets/${key}/audits.json?include=users`, detail: true }, signal),
          customStatuses(signal),
        ]);
        if (!ticketRes.ok) return failure(ticketRes);
        if (!auditsRes.ok) return failure(auditsRes);
        const body = asRecord(ticketRes.data);
        const ticket = readTicket(body?.ticket);
        if (!ticket || !asRecord(auditsRes.data)) return errorResult('zendesk', 'malformed');
        // More than 100 audits: paging would break the 2-calls-per-ticket budget, so history stops at page one.
        if (asRecord(asRecord(auditsRes.data)?.meta)?.has_more === true) {
          logOnce('zendesk', `ticket ${key}: more than one page of audits; history is truncated`);
        }
        const orgs = readOrganizations(body?.organizations);
        const org = ticket.organizationId === null ? undefined : orgs.get(ticket.organizationId);
        const slas = asRecord(body?.ticket)?.slas;
        const facts = zendeskDetailFacts(ticket, slas, org, auditsRes.data, categories, http.env.now());
        return { ok: true, facts, updatedAt: ticket.updatedAt, precision: 'detail' };
      },
    },
    http.limits.cacheTtlMs,
    http.env.now,
  );
}
