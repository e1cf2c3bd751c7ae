import { formatDateTime, t } from '../../lib/i18n';
import type { ReportMetrics } from '../../lib/report/types';
import { BreachedList } from './breached-list';
import { ComplianceChart } from './compliance-chart';
import { DistributionChart } from './distribution-chart';
import { formatCount } from './format';
import { HeatMapChart } from './heat-map-chart';
import { StatsTable } from './stats-table';
import { SummaryCards } from './summary-cards';

export interface ReportViewProps {
  metrics: ReportMetrics;
  from: string;
  to: string;
  evaluatedAt: number;
  policyName: string;
  requests: number;
  durationMs: number;
  onDownloadCsv(): void;
}

/** A computed report: summary, charts, tables, breached tickets and the CSV download. */
export function ReportView(props: ReportViewProps) {
  const { metrics } = props;
  const zone = metrics.heatMap.timeZone;
  return (
    <div data-testid="report-result" data-evaluated-at={props.evaluatedAt} data-zone={zone}>
      <section className="panel export-row" aria-label={t('report.export.csv')}>
        <div>
          <p className="muted" data-testid="report-meta">
            {t('report.meta', {
              count: formatCount(metrics.overall.count),
              from: props.from,
              to: props.to,
              at: formatDateTime(props.evaluatedAt, zone),
              policy: props.policyName,
              zone,
            })}
          </p>
          <p className="muted" data-testid="report-run">
            {t('report.run', { requests: formatCount(props.requests), seconds: (props.durationMs / 1000).toFixed(1) })}
          </p>
        </div>
        <button type="button" className="primary" onClick={props.onDownloadCsv} data-testid="download-csv">
          {t('report.export.csv')}
        </button>
      </section>
      {metrics.overall.count === 0 ? (
        <p className="notice notice-info" role="status">
          {t('report.empty')}
        </p>
      ) : (
        <>
          <SummaryCards overall={metrics.overall} />
          <div className="charts">
            <ComplianceChart groups={metrics.byPriority} />
            <DistributionChart distribution={metrics.distribution} />
          </div>
          <HeatMapChart heatMap={metrics.heatMap} />
          <StatsTable
            id="by-priority"
            title={t('report.table.byPriority')}
            keyHeading={t('report.col.priority')}
            groups={metrics.byPriority}
            overall={metrics.overall}
          />
          <StatsTable
            id="by-tier"
            title={t('report.table.byTier')}
            keyHeading={t('report.col.tier')}
            groups={metrics.byTier}
            overall={metrics.overall}
          />
          <BreachedList records={metrics.breached} timeZone={zone} />
        </>
      )}
      <p className="footnote">{t('report.footnote')}</p>
    </div>
  );
}
