import { t } from '../../lib/i18n';

/** What to do when nothing is tracked: open the helpdesk, or set things up. */
export function EmptyState({ onOpenOptions }: { onOpenOptions: () => void }) {
  return (
    <section className="cockpit-empty" aria-labelledby="cockpit-empty-title">
      <h2 id="cockpit-empty-title">{t('popup.empty.title')}</h2>
      <p>{t('popup.empty.body')}</p>
      <button type="button" className="cockpit-link" onClick={onOpenOptions}>
        {t('popup.empty.options')}
      </button>
    </section>
  );
}
