import { useEffect, useMemo, useRef, useState } from 'react';
import { FetchProgress } from '../../components/report/fetch-progress';
import { PeriodForm } from '../../components/report/period-form';
import { ReportView } from '../../components/report/report-view';
import { getLanguage, t } from '../../lib/i18n';
import { browserZone } from '../../lib/policy/time-zone';
import { downloadReportCsv } from '../../lib/report/download-csv';
import type { FetchProgress as Progress } from '../../lib/report/fetch-period';
import { knownReportSites } from '../../lib/report/known-sites';
import { periodRange, presetPeriod, type Period } from '../../lib/report/period';
import { runReport, type ReportResult } from '../../lib/report/run-report';
import { parseReportSite } from '../../lib/report/site';
import { readActivePolicy, type ActivePolicy } from '../../lib/store/active-policy';

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; progress: Progress }
  | { kind: 'done'; result: ReportResult }
  | { kind: 'cancelled' }
  | { kind: 'error'; error: string; status?: number; site: string };

/** The team's zone: the policy's first calendar (its business hours define the team's day), else the browser's. */
function teamZone(active: ActivePolicy | undefined): string {
  return active?.policy.calendars[0]?.timeZone ?? browserZone();
}

// Wiring only: the form's state, one run at a time with its AbortController, and the result into the view.
// `?site=&from=&to=` prefill the form (links from other pages, tests); `&run=1` starts at once.
export function App({ params }: { params: URLSearchParams }) {
  const [active, setActive] = useState<ActivePolicy>();
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [site, setSite] = useState(params.get('site') ?? '');
  const [period, setPeriod] = useState<Period | undefined>(
    params.get('from') && params.get('to') ? { from: params.get('from')!, to: params.get('to')! } : undefined,
  );
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const autoRun = useRef(params.get('run') === '1');
  const zone = teamZone(active);

  useEffect(() => {
    void readActivePolicy().then(setActive);
    void knownReportSites().then((sites) => {
      setSuggestions(sites);
      setSite((current) => current || sites[0] || '');
    });
    return () => controller.current?.abort();
  }, []);
  useEffect(() => {
    if (active && !period) setPeriod(presetPeriod('lastMonth', Date.now(), zone));
  }, [active, period, zone]);

  // An empty site only disables Run; a wrong one says why.
  const form = useMemo(() => {
    if (!period) return { canRun: false, error: '' };
    if (!parseReportSite(site)) return { canRun: false, error: site.trim() === '' ? '' : t('report.form.invalidSite') };
    return periodRange(period, zone) ? { canRun: true, error: '' } : { canRun: false, error: t('report.form.invalidPeriod') };
  }, [period, site, zone]);

  const run = async (): Promise<void> => {
    const parsedSite = parseReportSite(site);
    if (!active || !period || !parsedSite) return;
    controller.current?.abort();
    const mine = new AbortController();
    controller.current = mine;
    setStatus({ kind: 'running', progress: { done: 0, total: null, requests: 0 } });
    const outcome = await runReport({
      site: parsedSite,
      period,
      policy: active.policy,
      timeZone: zone,
      signal: mine.signal,
      now: () => Date.now(),
      noneLabel: t('report.none'),
      onProgress: (progress) => !mine.signal.aborted && setStatus({ kind: 'running', progress }),
    });
    if (controller.current !== mine) return;
    controller.current = null;
    if (outcome.ok) setStatus({ kind: 'done', result: outcome.result });
    else if (outcome.kind === 'aborted') setStatus({ kind: 'cancelled' });
    else {
      const host = new URL(parsedSite.origin).host;
      setStatus({ kind: 'error', error: outcome.kind, ...(outcome.status ? { status: outcome.status } : {}), site: host });
    }
  };
  const cancel = (): void => {
    controller.current?.abort();
    controller.current = null;
    setStatus({ kind: 'cancelled' });
  };

  useEffect(() => {
    if (autoRun.current && active && form.canRun) {
      autoRun.current = false;
      void run();
    }
  });

  return (
    <main className="report">
      <h1>{t('report.title')}</h1>
      <p className="report-subtitle">{t('report.subtitle')}</p>
      {period && (
        <PeriodForm
          site={site}
          period={period}
          suggestions={suggestions}
          running={status.kind === 'running'}
          canRun={form.canRun}
          error={form.error}
          onSite={setSite}
          onPeriod={setPeriod}
          onPreset={(name) => setPeriod(presetPeriod(name, Date.now(), zone))}
          onRun={() => void run()}
          onCancel={cancel}
        />
      )}
      {status.kind === 'running' && <FetchProgress progress={status.progress} onCancel={cancel} />}
      {status.kind === 'cancelled' && (
        <p className="notice notice-info" role="status" data-testid="cancelled">
          {t('report.status.cancelled')}
        </p>
      )}
      {status.kind === 'error' && (
        <div className="notice notice-error" role="alert" data-testid="report-error">
          <strong>{t('report.error.title')}</strong>
          <p>{errorMessage(status.error, status.site, status.status)}</p>
        </div>
      )}
      {status.kind === 'done' && (
        <ReportView
          metrics={status.result.metrics}
          from={status.result.period.from}
          to={status.result.period.to}
          evaluatedAt={status.result.evaluatedAt}
          policyName={status.result.policyName}
          requests={status.result.requests}
          durationMs={status.result.durationMs}
          onDownloadCsv={() => void downloadReportCsv(status.result, getLanguage())}
        />
      )}
    </main>
  );
}

const ERRORS = ['signed-out', 'forbidden', 'not-found', 'rate-limited', 'server', 'network', 'timeout', 'malformed'] as const;

function errorMessage(kind: string, site: string, status?: number): string {
  const known = ERRORS.find((k) => k === kind) ?? 'server';
  return t(`report.error.${known}`, { site, status: status ?? '' });
}
