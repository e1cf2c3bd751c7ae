import { t } from '../../lib/i18n';
import type { DurationStats, GroupStats } from '../../lib/report/types';
import { formatCompactMinutes, formatCount, formatRate } from './format';

export interface StatsTableProps {
  id: string;
  title: string;
  /** The first column's heading: priority or tier. */
  keyHeading: string;
  groups: GroupStats[];
  overall: GroupStats;
}

function durationCells(stats: DurationStats, prefix: string) {
  return (
    <>
      <td data-col={`${prefix}-n`}>{formatCount(stats.count)}</td>
      <td data-col={`${prefix}-mean`}>{formatCompactMinutes(stats.mean)}</td>
      <td data-col={`${prefix}-median`}>{formatCompactMinutes(stats.median)}</td>
      <td data-col={`${prefix}-p90`} data-value={stats.p90 ?? ''}>
        {formatCompactMinutes(stats.p90)}
      </td>
    </>
  );
}

function Row({ group, header }: { group: GroupStats; header?: boolean }) {
  const Cell = header ? 'th' : 'td';
  const b = group.breaches;
  return (
    <tr data-group={group.key}>
      <Cell scope="row">{group.label}</Cell>
      <td>{formatCount(group.count)}</td>
      <td data-col="compliance" data-value={group.complianceRate ?? ''}>
        {formatRate(group.complianceRate)}
      </td>
      <td data-col="overdue" data-value={group.overdueRate ?? ''} className={group.overdue > 0 ? 'tag-bad' : undefined}>
        {formatRate(group.overdueRate)}
      </td>
      {durationCells(group.firstResponse, 'fr')}
      {durationCells(group.resolution, 'res')}
      <td>{formatCount(b.firstResponse)}</td>
      <td>{formatCount(b.nextResponse)}</td>
      <td>{formatCount(b.resolution)}</td>
    </tr>
  );
}

/** Per priority (or tier): sample size, rates, mean / median / P90 of both times, and breaches per metric. */
export function StatsTable({ id, title, keyHeading, groups, overall }: StatsTableProps) {
  const durations = [t('report.col.n'), t('report.col.mean'), t('report.col.median'), t('report.col.p90')];
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="table-scroll">
        <table className="stats" data-testid={id}>
          <thead>
            <tr>
              <th rowSpan={2} scope="col">
                {keyHeading}
              </th>
              <th rowSpan={2} scope="col">
                {t('report.col.count')}
              </th>
              <th rowSpan={2} scope="col">
                {t('report.col.compliance')}
              </th>
              <th rowSpan={2} scope="col">
                {t('report.col.overdue')}
              </th>
              <th colSpan={4} scope="colgroup" className="group">
                {t('report.col.firstResponse')}
              </th>
              <th colSpan={4} scope="colgroup" className="group">
                {t('report.col.resolution')}
              </th>
              <th colSpan={3} scope="colgroup" className="group">
                {t('report.col.breaches')}
              </th>
            </tr>
            <tr>
              {[...durations, ...durations].map((label, i) => (
                <th key={i} scope="col">
                  {label}
                </th>
              ))}
              <th scope="col" title={t('common.metric.firstResponse')}>
                {t('report.col.breachFirst')}
              </th>
              <th scope="col" title={t('common.metric.nextResponse')}>
                {t('report.col.breachNext')}
              </th>
              <th scope="col" title={t('common.metric.resolution')}>
                {t('report.col.breachResolution')}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <Row key={group.key || '-'} group={group} header />
            ))}
          </tbody>
          <tfoot>
            <Row group={{ ...overall, label: t('report.table.overall') }} header />
          </tfoot>
        </table>
      </div>
    </section>
  );
}
