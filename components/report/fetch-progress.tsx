import { t } from '../../lib/i18n';
import type { FetchProgress as Progress } from '../../lib/report/fetch-period';
import { formatCount } from './format';

/** The progress bar (done / total) with its own Cancel, announced politely as it moves. */
export function FetchProgress({ progress, onCancel }: { progress: Progress; onCancel(): void }) {
  const { done, total } = progress;
  const text =
    total === null
      ? done === 0
        ? t('report.progress.starting')
        : t('report.progress.countsUnknown', { done: formatCount(done) })
      : t('report.progress.counts', { done: formatCount(Math.min(done, total)), total: formatCount(total) });
  return (
    <section className="panel" aria-labelledby="progress-title" data-testid="progress">
      <h2 id="progress-title">{t('report.progress.label')}</h2>
      <div className="progress">
        <progress
          aria-labelledby="progress-title"
          aria-valuetext={text}
          {...(total === null ? {} : { max: Math.max(total, 1), value: Math.min(done, total) })}
        />
        <span role="status" aria-live="polite">
          {text}
        </span>
        <button type="button" onClick={onCancel} data-testid="progress-cancel">
          {t('report.form.cancel')}
        </button>
      </div>
    </section>
  );
}
