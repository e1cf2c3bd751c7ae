import { t } from '../../lib/i18n';
import type { Distribution } from '../../lib/report/types';
import { GridChart } from './grid-chart';
import { formatCount } from './format';

/** Tickets by type (rows) and priority (columns), with row totals in the last column. */
export function DistributionChart({ distribution }: { distribution: Distribution }) {
  const none = t('report.none');
  const { types, priorities, counts } = distribution;
  const totals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...counts.flat());
  const isTotal = (c: number) => c === priorities.length;
  const value = (r: number, c: number) => (isTotal(c) ? totals[r]! : counts[r]![c]!);
  const typeLabel = (r: number) => types[r] ?? none;
  const columnLabels = [...priorities.map((p) => p ?? none), t('report.chart.distributionTotal')];
  return (
    <section className="panel" aria-labelledby="distribution-title" data-testid="distribution">
      <h2 id="distribution-title">{t('report.chart.distribution')}</h2>
      <div className="table-scroll">
        <GridChart
          label={t('report.chart.distribution')}
          rowLabels={types.map((_, r) => typeLabel(r))}
          columnLabels={columnLabels}
          cellWidth={54}
          cellHeight={28}
          rowLabelWidth={Math.min(180, 16 + Math.max(...types.map((_, r) => typeLabel(r).length)) * 7)}
          intensity={(r, c) => (isTotal(c) ? 0 : counts[r]![c]! / max)}
          text={(r, c) => formatCount(value(r, c))}
          describe={(r, c) =>
            t('report.chart.distributionCell', { type: typeLabel(r), priority: columnLabels[c]!, count: formatCount(value(r, c)) })
          }
        />
      </div>
    </section>
  );
}
