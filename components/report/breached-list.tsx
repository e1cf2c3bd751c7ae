import { formatDateTime, t } from '../../lib/i18n';
import type { ReportRecord } from '../../lib/report/types';
import { formatCount } from './format';

/** Enough to act on in the page; the full list is the CSV (filter "within target" = no). */
const SHOWN = 25;

/** The tickets past target, each linking to its page in the helpdesk (the rest are in the CSV). */
export function BreachedList({ records, timeZone }: { records: ReportRecord[]; timeZone: string }) {
  const shown = records.slice(0, SHOWN);
  return (
    <section className="panel" aria-labelledby="breached-title">
      <h2 id="breached-title">
        {t('report.breached.title')} ({formatCount(records.length)})
      </h2>
      {records.length === 0 ? (
        <p className="muted">{t('report.breached.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="stats" data-testid="breached">
            <thead>
              <tr>
                <th scope="col">{t('report.col.ticket')}</th>
                <th scope="col" className="text">
                  {t('report.col.subject')}
                </th>
                <th scope="col">{t('report.col.priority')}</th>
                <th scope="col">{t('report.col.created')}</th>
                <th scope="col" className="text">
                  {t('report.col.breachedMetrics')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.ticket.facts.key}>
                  <td>
                    <a href={r.ticket.url} target="_blank" rel="noreferrer">
                      {r.ticket.facts.key}
                    </a>
                  </td>
                  <td className="text">{r.ticket.facts.title ?? ''}</td>
                  <td>{r.sla.priority ?? t('report.none')}</td>
                  <td>{formatDateTime(r.ticket.facts.createdAt, timeZone)}</td>
                  <td className="text tag-bad">
                    {r.breachedMetrics.map((m) => t(`common.metric.${m}`)).join(t('common.list.separator'))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {records.length > SHOWN && (
            <p className="muted">{t('report.breached.more', { count: formatCount(records.length - SHOWN) })}</p>
          )}
        </div>
      )}
    </section>
  );
}
