/**
 * A period's Zendesk tickets, with the calls an agent may make (docs/api-usage.md; the incremental exports are
 * admin-only [Z1] Z-g):
 * 1. `GET /api/v2/search.json?query=type:ticket created>=… created<…&sort_by=created_at&sort_order=asc`, 100 per
 *    page. Search answers at most 1,000 results per query (page 11 is a 422) but its `count` is the real total, so a
 *    window with more is split into equal sub-windows and searched again — Zendesk's own advice for large sets.
 * 2. For each page, `GET /api/v2/tickets/show_many.json?ids=…&include=metric_sets,organizations,users` (≤100 ids):
 *    the facts come from the overlay's batch mapper (`zendeskBatchFacts`), the same approximation as list badges:
 *    the first reply from the metric set, the status history as "new, then the current status since it last
 *    changed". Per-ticket audits would be exact but cost one call per ticket: 5,000 calls blow any plan's limit.
 *    Tickets unchanged since an earlier report on the page come from its cache instead (`ReportCache`).
 * About 2 calls per 100 tickets: a 5,000-ticket month is ~110 calls.
 */
import { readCustomStatuses, readMetricSets, readOrganizations, readTicket, type CustomStatusCategories } from '../adapters/zendesk/read-ticket';
import { zendeskBatchFacts } from '../adapters/zendesk/to-facts';
import { asNumber, asRecord, asRecords, asString, type JsonRecord } from '../adapters/json-guards';
import { ticketUrlFor } from '../tracking/ticket-url';
import { optional, ReportFetchError, type FetchContext } from './fetch-context';
import type { PeriodRange } from './period';
import type { ReportTicket } from './types';

export const ZENDESK_SEARCH_CAP = 1000;
const PER_PAGE = 100;
/** Sub-windows aim below the cap, because tickets are never spread evenly over time. */
const SPLIT_TARGET = 700;

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function fetchZendeskPeriod(ctx: FetchContext): Promise<ReportTicket[]> {
  const api = `${ctx.site.origin}/api/v2`;
  const found = new Map<number, ReportTicket>();
  // Custom statuses are optional (403 for some roles): system statuses still map.
  const statuses = optional(ctx.json({ url: `${api}/custom_statuses.json` }), readCustomStatuses, new Map() as CustomStatusCategories);

  const search = async (window: PeriodRange, page: number) => {
    const query = `type:ticket created>=${iso(window.start)} created<${iso(window.end)}`;
    const url = `${api}/search.json?query=${encodeURIComponent(query)}&sort_by=created_at&sort_order=asc&per_page=${PER_PAGE}&page=${page}`;
    const body = asRecord(await ctx.json({ url }));
    if (!body || !Array.isArray(body.results)) throw new ReportFetchError('malformed');
    const tickets = asRecords(body.results).filter((r) => (r.result_type ?? 'ticket') === 'ticket');
    return { tickets, count: asNumber(body.count) ?? tickets.length };
  };

  const loadPage = async (tickets: JsonRecord[]): Promise<void> => {
    const needed: string[] = [];
    for (const raw of tickets) {
      const ticket = readTicket(raw);
      if (!ticket || found.has(ticket.id)) continue;
      const cached = ctx.cache?.get(String(ticket.id));
      if (cached && cached.updatedAt >= ticket.updatedAt) found.set(ticket.id, cached.ticket);
      else needed.push(String(ticket.id));
    }
    if (needed.length > 0) await showMany(needed);
    ctx.report(tickets.length);
  };

  const showMany = async (ids: string[]): Promise<void> => {
    const url = `${api}/tickets/show_many.json?ids=${ids.join(',')}&include=metric_sets,organizations,users`;
    const [data, categories] = await Promise.all([ctx.json({ url }), statuses]);
    const body = asRecord(data);
    if (!body || !Array.isArray(body.tickets)) throw new ReportFetchError('malformed');
    const metricSets = readMetricSets(body.metric_sets ?? []);
    const orgs = readOrganizations(body.organizations);
    const users = new Map(asRecords(body.users).map((u) => [asNumber(u.id), asString(u.name) ?? null]));
    for (const raw of asRecords(body.tickets)) {
      const ticket = readTicket(raw);
      if (!ticket) continue;
      if (ticket.createdAt < ctx.range.start || ticket.createdAt >= ctx.range.end) continue;
      const org = ticket.organizationId === null ? undefined : orgs.get(ticket.organizationId);
      const facts = zendeskBatchFacts(ticket, metricSets.get(ticket.id), org, categories);
      const reportTicket: ReportTicket = {
        facts,
        type: asString(raw.type) ?? null,
        owner: users.get(asNumber(raw.assignee_id)) ?? null,
        satisfaction: satisfaction(raw),
        url: ticketUrlFor('zendesk', ctx.site.origin, facts.key),
      };
      found.set(ticket.id, reportTicket);
      ctx.cache?.put(facts.key, ticket.updatedAt, reportTicket);
    }
  };

  const searchWindow = async (window: PeriodRange, first?: Awaited<ReturnType<typeof search>>): Promise<void> => {
    const head = first ?? (await search(window, 1));
    if (head.count > ZENDESK_SEARCH_CAP && window.end - window.start > 60_000) {
      const parts = Math.ceil(head.count / SPLIT_TARGET);
      const step = Math.ceil((window.end - window.start) / parts);
      const windows: PeriodRange[] = [];
      for (let start = window.start; start < window.end; start += step) {
        windows.push({ start, end: Math.min(window.end, start + step) });
      }
      await Promise.all(windows.map((w) => searchWindow(w)));
      return;
    }
    const pages = Math.ceil(Math.min(head.count, ZENDESK_SEARCH_CAP) / PER_PAGE);
    const rest = Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2);
    await Promise.all([
      loadPage(head.tickets),
      ...rest.map(async (page) => loadPage((await search(window, page)).tickets)),
    ]);
  };

  const first = await search(ctx.range, 1);
  ctx.report(0, first.count);
  await searchWindow(ctx.range, first);
  return [...found.values()].sort((a, b) => a.facts.createdAt - b.facts.createdAt);
}

/** `satisfaction_rating: { score: 'good' | 'bad' | 'offered' | 'unoffered' }`; unoffered is no rating. */
function satisfaction(raw: JsonRecord): string | null {
  const score = asString(asRecord(raw.satisfaction_rating)?.score);
  return score && score !== 'unoffered' ? score : null;
}
