import { useMemo, useState } from 'react';
import { t } from '../../lib/i18n';
import { filterViews, NO_FILTERS, tiersOf, type CockpitFilters } from '../../lib/tracking/filter-views';
import { countLevels } from '../../lib/tracking/level-counts';
import type { AlertState, SnoozeMinutes, TicketId, CockpitItem } from '../../lib/tracking/types';
import './cockpit.css';
import { EmptyState } from './empty-state';
import { LevelCounts } from './level-counts';
import { NowContext } from './now-context';
import { TicketFilters } from './ticket-filters';
import { TicketList } from './ticket-list';

export interface CockpitProps {
  loaded: boolean;
  /** Evaluated tracked tickets, already sorted by time to breach. */
  views: CockpitItem[];
  alerts: AlertState;
  /** The popup's one clock. */
  now: number;
  onOpen: (ticketId: TicketId) => void;
  onAcknowledge: (ticketId: TicketId) => void;
  onSnooze: (ticketId: TicketId, minutes: SnoozeMinutes) => void;
  onUnsnooze: (ticketId: TicketId) => void;
  onOpenOptions: () => void;
  onOpenReports: () => void;
}

/** The agent's cockpit (PRODUCT.md "Popup"): counts per level, filters, and the tickets by time to breach. */
export function Cockpit({
  loaded,
  views,
  alerts,
  now,
  onOpen,
  onAcknowledge,
  onSnooze,
  onUnsnooze,
  onOpenOptions,
  onOpenReports,
}: CockpitProps) {
  const [filters, setFilters] = useState<CockpitFilters>(NO_FILTERS);
  const counts = useMemo(() => countLevels(views), [views]);
  const tiers = useMemo(() => tiersOf(views), [views]);
  const shown = useMemo(() => filterViews(views, filters), [views, filters]);

  return (
    <NowContext.Provider value={now}>
      <main className="cockpit" aria-busy={!loaded}>
        <header className="cockpit-header">
          <h1>{t('popup.title')}</h1>
          <span className="cockpit-header-links">
            <button type="button" className="cockpit-link" onClick={onOpenReports}>
              {t('report.title')}
            </button>
            <button type="button" className="cockpit-link" onClick={onOpenOptions}>
              {t('popup.footer.options')}
            </button>
          </span>
        </header>
        {!loaded ? (
          <p className="cockpit-loading">{t('popup.loading')}</p>
        ) : views.length === 0 ? (
          <EmptyState onOpenOptions={onOpenOptions} />
        ) : (
          <>
            <LevelCounts counts={counts} active={filters.level} onSelect={(level) => setFilters({ ...filters, level })} />
            <TicketFilters filters={filters} tiers={tiers} onChange={setFilters} />
            {shown.length === 0 ? (
              <p className="cockpit-filtered-empty">
                {t('popup.empty.filtered')}{' '}
                <button type="button" className="cockpit-link" onClick={() => setFilters(NO_FILTERS)}>
                  {t('popup.empty.clearFilters')}
                </button>
              </p>
            ) : (
              <TicketList
                views={shown}
                alerts={alerts}
                now={now}
                onOpen={onOpen}
                onAcknowledge={onAcknowledge}
                onSnooze={onSnooze}
                onUnsnooze={onUnsnooze}
              />
            )}
            <p className="cockpit-shown" aria-live="polite">
              {t('popup.list.shown', { shown: shown.length, total: views.length })}
            </p>
          </>
        )}
      </main>
    </NowContext.Provider>
  );
}
