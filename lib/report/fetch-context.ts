/**
 * What both period fetchers share: one HTTP client for the whole report (so at most 4 requests are in flight, with
 * the overlay's timeout, retries and `Retry-After` handling), the rate pacer in front of it, the cancel signal and
 * the progress counters. A failed request fails the report: a report with silently missing tickets would be wrong.
 */
import { createHttp, type Http, type JsonRequest } from '../adapters/http/create-http';
import type { HttpLimits } from '../adapters/http/http-env';
import type { TicketFetchErrorKind } from '../adapters/types';
import type { PeriodRange } from './period';
import { createRatePacer, type RatePacer } from './rate-pacer';
import type { ReportSite } from './site';
import type { ReportTicket } from './types';

export interface FetchProgress {
  /** Tickets fetched so far. */
  done: number;
  /** Tickets in the period, once the helpdesk said (null before). */
  total: number | null;
  /** HTTP requests sent (retries included). */
  requests: number;
}

/**
 * Tickets already fetched for an earlier report on this page, keyed like the overlay's ticket cache by the
 * helpdesk's update time: an unchanged ticket is not asked for again (re-running a month, or a period overlapping
 * the last one, costs only the searches).
 */
export interface ReportCache {
  get(key: string): { ticket: ReportTicket; updatedAt: number } | undefined;
  put(key: string, updatedAt: number, ticket: ReportTicket): void;
}

export class ReportFetchError extends Error {
  constructor(
    readonly kind: TicketFetchErrorKind | 'aborted',
    readonly status?: number,
  ) {
    super(`report fetch failed: ${kind}${status ? ` (HTTP ${status})` : ''}`);
  }
}

/**
 * `read` applied to a lookup the report can do without: a failed request (a 403 for some roles, a 404 on older
 * sites) gives `fallback`; a cancelled run still throws.
 */
export function optional<T>(promise: Promise<unknown>, read: (json: unknown) => T, fallback: T): Promise<T> {
  return promise.then(read).catch((error: unknown) => {
    if (error instanceof ReportFetchError && error.kind !== 'aborted') return fallback;
    throw error;
  });
}

export interface FetchOptions {
  site: ReportSite;
  range: PeriodRange;
  signal: AbortSignal;
  onProgress?: (progress: FetchProgress) => void;
  cache?: ReportCache;
  /** Test seams. */
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  limits?: Partial<HttpLimits>;
  initialRateLimit?: number;
}

export interface FetchContext {
  site: ReportSite;
  range: PeriodRange;
  signal: AbortSignal;
  cache?: ReportCache;
  pacer: RatePacer;
  http: Http;
  progress: FetchProgress;
  /** Adds fetched tickets (and/or the total) and reports progress. */
  report(added: number, total?: number | null): void;
  /** A paced request; throws `ReportFetchError` on failure or cancel. */
  json(req: JsonRequest): Promise<unknown>;
}

export function createFetchContext(options: FetchOptions): FetchContext {
  const baseFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const progress: FetchProgress = { done: 0, total: null, requests: 0 };
  const emit = (): void => options.onProgress?.({ ...progress });
  let pacer: RatePacer;
  // Every answer (429s and retries included) tells the pacer the limit and what is left of it.
  const observingFetch: typeof fetch = async (input, init) => {
    progress.requests++;
    const res = await baseFetch(input, init);
    pacer.observe(res.headers);
    return res;
  };
  const http = createHttp({
    page: { helpdesk: options.site.helpdesk, kind: 'list', apiBase: options.site.origin, flavor: 'cloud' },
    fetch: observingFetch,
    ...(options.now ? { now: options.now } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    // A page of 100 issues with comments can take longer than a badge's 10 s on a big site.
    limits: { timeoutMs: 30_000, ...options.limits },
  });
  pacer = createRatePacer({
    now: http.env.now,
    sleep: http.env.sleep,
    initialLimit: options.initialRateLimit ?? (options.site.helpdesk === 'zendesk' ? 200 : 100),
  });
  return {
    site: options.site,
    range: options.range,
    signal: options.signal,
    ...(options.cache ? { cache: options.cache } : {}),
    pacer,
    http,
    progress,
    report(added, total) {
      progress.done += added;
      if (total !== undefined) progress.total = total;
      emit();
    },
    async json(req) {
      if (!(await pacer.take(options.signal))) throw new ReportFetchError('aborted');
      const res = await http.request(req, options.signal);
      if (res.ok) return res.data;
      throw new ReportFetchError(res.kind, res.status);
    },
  };
}
