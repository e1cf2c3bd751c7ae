/**
 * Fetches a period's tickets from one helpdesk site, with progress and cancel. The report page calls this directly:
 * an extension page holding the declared host permissions may fetch `https://*.zendesk.com` and
 * `https://*.atlassian.net` with `credentials: 'include'` (the agent's session cookies go along), and no CORS
 * preflight applies to it. No tab and no content script is needed.
 */
import { createFetchContext, ReportFetchError, type FetchOptions, type FetchProgress } from './fetch-context';
import { fetchJiraPeriod } from './fetch-jira-period';
import { fetchZendeskPeriod } from './fetch-zendesk-period';
import type { ReportTicket } from './types';

export type FetchPeriodResult =
  | { ok: true; tickets: ReportTicket[]; progress: FetchProgress; durationMs: number }
  | { ok: false; kind: ReportFetchError['kind']; status?: number; progress: FetchProgress };

export async function fetchPeriod(options: FetchOptions): Promise<FetchPeriodResult> {
  const ctx = createFetchContext(options);
  const started = ctx.http.env.now();
  try {
    const tickets =
      options.site.helpdesk === 'zendesk' ? await fetchZendeskPeriod(ctx) : await fetchJiraPeriod(ctx);
    if (options.signal.aborted) return { ok: false, kind: 'aborted', progress: { ...ctx.progress } };
    ctx.report(0, tickets.length);
    return { ok: true, tickets, progress: { ...ctx.progress, done: tickets.length }, durationMs: ctx.http.env.now() - started };
  } catch (error) {
    if (options.signal.aborted) return { ok: false, kind: 'aborted', progress: { ...ctx.progress } };
    if (error instanceof ReportFetchError) {
      console.warn(`[sla:report] ${error.message}`);
      return { ok: false, kind: error.kind, ...(error.status ? { status: error.status } : {}), progress: { ...ctx.progress } };
    }
    throw error;
  }
}

export type { FetchProgress } from './fetch-context';
