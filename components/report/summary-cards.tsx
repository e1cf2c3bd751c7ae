import { t } from '../../lib/i18n';
import type { GroupStats } from '../../lib/report/types';
import { formatCount, formatRate, formatReportMinutes } from './format';

interface CardProps {
  id: string;
  label: string;
  value: string;
  /** The exact figure, for tests and copy-paste (`data-value`). */
  raw: number | null;
  note?: string;
  tone?: 'good' | 'bad';
}

function Card({ id, label, value, raw, note, tone }: CardProps) {
  return (
    <div className={`card${tone ? ` card-${tone}` : ''}`} data-testid={`card-${id}`} data-value={raw ?? ''}>
      <p className="card-label">{label}</p>
      <p className="card-value">{value}</p>
      {note && <p className="card-note">{note}</p>}
    </div>
  );
}

/** The period at a glance: sample size, compliance, overdue rate, and the P90s. */
export function SummaryCards({ overall }: { overall: GroupStats }) {
  const noSla = overall.count - overall.withSla;
  return (
    <div className="cards" role="group" aria-label={t('report.table.overall')}>
      <Card
        id="tickets"
        label={t('report.card.tickets')}
        value={formatCount(overall.count)}
        raw={overall.count}
        {...(noSla > 0 ? { note: t('report.card.noSla', { count: formatCount(noSla) }) } : {})}
      />
      <Card
        id="compliance"
        label={t('report.card.compliance')}
        value={formatRate(overall.complianceRate)}
        raw={overall.complianceRate}
        note={t('report.card.ofSla', { n: formatCount(overall.withinTarget), total: formatCount(overall.withSla) })}
        tone="good"
      />
      <Card
        id="overdue"
        label={t('report.card.overdue')}
        value={formatRate(overall.overdueRate)}
        raw={overall.overdueRate}
        note={t('report.card.ofSla', { n: formatCount(overall.overdue), total: formatCount(overall.withSla) })}
        {...(overall.overdue > 0 ? { tone: 'bad' as const } : {})}
      />
      <Card
        id="fr-p90"
        label={t('report.card.frP90')}
        value={formatReportMinutes(overall.firstResponse.p90)}
        raw={overall.firstResponse.p90}
        note={t('report.card.measured', { count: formatCount(overall.firstResponse.count) })}
      />
      <Card
        id="res-p90"
        label={t('report.card.resP90')}
        value={formatReportMinutes(overall.resolution.p90)}
        raw={overall.resolution.p90}
        note={t('report.card.measured', { count: formatCount(overall.resolution.count) })}
      />
    </div>
  );
}
