import { t } from '../../lib/i18n';
import type { CockpitFilters } from '../../lib/tracking/filter-views';

/** Helpdesk, level and tier filters and the search box, all labelled native controls (keyboard operable as is). */
export function TicketFilters({
  filters,
  tiers,
  onChange,
}: {
  filters: CockpitFilters;
  tiers: { id: string; name: string }[];
  onChange: (filters: CockpitFilters) => void;
}) {
  const set = <K extends keyof CockpitFilters>(key: K, value: CockpitFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <div className="cockpit-filters" role="group" aria-label={t('popup.filter.label')}>
      <label className="cockpit-search">
        <span className="visually-hidden">{t('popup.search.label')}</span>
        <input
          type="search"
          value={filters.search}
          placeholder={t('popup.search.placeholder')}
          onChange={(event) => set('search', event.target.value)}
        />
      </label>
      <label>
        <span className="visually-hidden">{t('popup.filter.helpdesk')}</span>
        <select value={filters.helpdesk} onChange={(event) => set('helpdesk', event.target.value as CockpitFilters['helpdesk'])}>
          <option value="all">{t('popup.filter.allHelpdesks')}</option>
          <option value="zendesk">{t('common.helpdesk.zendesk')}</option>
          <option value="jira">{t('common.helpdesk.jira')}</option>
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t('popup.filter.level')}</span>
        <select value={filters.level} onChange={(event) => set('level', event.target.value as CockpitFilters['level'])}>
          <option value="all">{t('popup.filter.allLevels')}</option>
          {(['breached', 'critical', 'warning', 'ok'] as const).map((level) => (
            <option key={level} value={level}>
              {t(`common.level.${level}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t('popup.filter.tier')}</span>
        <select value={filters.tier} onChange={(event) => set('tier', event.target.value)}>
          <option value="all">{t('popup.filter.allTiers')}</option>
          {tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>
              {tier.name}
            </option>
          ))}
          <option value="none">{t('popup.filter.noTier')}</option>
        </select>
      </label>
    </div>
  );
}
