import { t } from '../../lib/i18n';
import type { GroupStats } from '../../lib/report/types';
import { formatCount, formatRate } from './format';

/**
 * Horizontal bars, one per priority: the within-target share filled, the overdue rest outlined, and the figures
 * printed beside each bar. Each bar is a tab stop with its full reading as its name.
 */
export function ComplianceChart({ groups }: { groups: GroupStats[] }) {
  const rows = groups.filter((g) => g.withSla > 0);
  const label = 110;
  const barWidth = 300;
  const rowHeight = 30;
  const width = label + barWidth + 150;
  return (
    <section className="panel" aria-labelledby="compliance-title" data-testid="compliance-chart">
      <h2 id="compliance-title">{t('report.chart.compliance')}</h2>
      <p className="muted">{t('report.chart.complianceDesc')}</p>
      <svg
        className="chart"
        viewBox={`0 0 ${width} ${rows.length * rowHeight + 8}`}
        width={width}
        role="group"
        aria-label={t('report.chart.compliance')}
      >
        {rows.map((g, i) => {
          const rate = g.complianceRate ?? 0;
          const y = i * rowHeight + 4;
          const description = t('report.chart.complianceBar', {
            label: g.label,
            rate: formatRate(g.complianceRate),
            within: formatCount(g.withinTarget),
            total: formatCount(g.withSla),
            overdue: formatCount(g.overdue),
          });
          return (
            <g key={g.key || i} tabIndex={0} role="img" aria-label={description} data-priority={g.key}>
              <title>{description}</title>
              <text x={label - 10} y={y + 11} textAnchor="end" dominantBaseline="central">
                {g.label}
              </text>
              <rect className="bar-bad" x={label} y={y} width={barWidth} height={22} rx={4} />
              {rate > 0 && <rect className="bar-good" x={label} y={y} width={barWidth * rate} height={22} rx={4} />}
              <rect className="focus-ring" x={label - 2} y={y - 2} width={barWidth + 4} height={26} rx={5} />
              <text x={label + barWidth + 10} y={y + 11} dominantBaseline="central">
                {formatRate(g.complianceRate)}
                <tspan className="muted-text">{` (${formatCount(g.withinTarget)}/${formatCount(g.withSla)})`}</tspan>
              </text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}
