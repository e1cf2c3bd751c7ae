import { LevelBadge } from '../../../components/level-badge';
import { formatDateTime, formatRemaining, getLanguage, t } from '../../../lib/i18n';
import type { TicketSla } from '../../../lib/sla/types';

/** What the engine says about the sample: tier, each metric's due time and level, and why. */
export function PreviewResult({ sla, now }: { sla: TicketSla; now: number }) {
  return (
    <div className="preview-result" aria-live="polite" data-testid="preview-result">
      <dl className="facts">
        <dt>{t('options.preview.tier')}</dt>
        <dd data-testid="preview-tier">{sla.tier ? `${sla.tier.name} (${sla.tier.id})` : t('common.level.none')}</dd>
        <dt>{t('options.preview.policyPriority')}</dt>
        <dd>{sla.priority ?? '—'}</dd>
        <dt>{t('options.preview.customerTier')}</dt>
        <dd>{sla.customerTier?.name ?? '—'}</dd>
        <dt>{t('options.preview.level')}</dt>
        <dd>
          <LevelBadge level={sla.level} />
        </dd>
      </dl>
      {sla.metrics.length > 0 && (
        <table className="metrics-table">
          <thead>
            <tr>
              <th scope="col">{t('options.preview.metric')}</th>
              <th scope="col">{t('options.preview.state')}</th>
              <th scope="col">{t('options.preview.due')}</th>
              <th scope="col">{t('options.preview.remaining')}</th>
              <th scope="col">{t('options.preview.level')}</th>
            </tr>
          </thead>
          <tbody>
            {sla.metrics.map((metric) => (
              <tr key={metric.metric} data-metric={metric.metric}>
                <th scope="row">{t(`common.metric.${metric.metric}`)}</th>
                <td>{t(`common.state.${metric.state}`)}</td>
                <td data-testid={`due-${metric.metric}`}>
                  {metric.dueAt !== null ? formatDateTime(metric.dueAt) : '—'}
                </td>
                <td>{metric.state === 'stopped' ? '—' : formatRemaining(metric.dueAt !== null && metric.remainingMs > 0 ? metric.dueAt - now : metric.remainingMs)}</td>
                <td>
                  <LevelBadge level={metric.level} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{t('options.preview.explanation')}</h4>
      <ul className="explanation" lang={getLanguage()}>
        {sla.explanation.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
