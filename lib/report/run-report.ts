/**
 * One report, end to end: fetch the period's tickets, evaluate each with the engine at one instant, aggregate.
 * The page holds the result; the CSV is written from its records on demand.
 */
import type { Policy } from '../policy/types';
import { computeMetrics } from './compute-metrics';
import { evaluateRecords } from './evaluate-records';
import type { FetchOptions } from './fetch-context';
import { fetchPeriod, type FetchProgress } from './fetch-period';
import { periodRange, type Period } from './period';
import { reportCacheFor } from './report-cache';
import type { ReportSite } from './site';
import type { ReportMetrics, ReportRecord } from './types';

export interface ReportResult {
  site: ReportSite;
  period: Period;
  timeZone: string;
  policyName: string;
  /** The instant every ticket was evaluated at. */
  evaluatedAt: number;
  records: ReportRecord[];
  metrics: ReportMetrics;
  requests: number;
  durationMs: number;
}

export type RunReportResult =
  | { ok: true; result: ReportResult }
  | { ok: false; kind: string; status?: number };

export interface RunReportOptions {
  site: ReportSite;
  period: Period;
  policy: Policy;
  /** The team calendar's zone: period days and heat-map hours are read in it. */
  timeZone: string;
  signal: AbortSignal;
  onProgress?: (progress: FetchProgress) => void;
  /** The page's clock. */
  now: () => number;
  noneLabel: string;
  /** Test seam. */
  fetch?: FetchOptions['fetch'];
}

export async function runReport(options: RunReportOptions): Promise<RunReportResult> {
  const range = periodRange(options.period, options.timeZone);
  if (!range) return { ok: false, kind: 'period' };
  const fetched = await fetchPeriod({
    site: options.site,
    range,
    signal: options.signal,
    cache: reportCacheFor(options.site.origin),
    now: options.now,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (!fetched.ok) return { ok: false, kind: fetched.kind, ...(fetched.status ? { status: fetched.status } : {}) };
  const evaluatedAt = options.now();
  const records = evaluateRecords(options.policy, fetched.tickets, evaluatedAt);
  const metrics = computeMetrics(options.policy, records, { timeZone: options.timeZone, noneLabel: options.noneLabel });
  return {
    ok: true,
    result: {
      site: options.site,
      period: options.period,
      timeZone: options.timeZone,
      policyName: options.policy.name,
      evaluatedAt,
      records,
      metrics,
      requests: fetched.progress.requests,
      durationMs: fetched.durationMs,
    },
  };
}
