import { t } from '../../lib/i18n';
import type { MetricLevel } from '../../lib/sla/types';
import type { LevelCounts as Counts } from '../../lib/tracking/level-counts';

const ORDER: MetricLevel[] = ['breached', 'critical', 'warning', 'ok'];

/** The counts per level at the top; each one is also a shortcut to filter by that level. */
export function LevelCounts({
  counts,
  active,
  onSelect,
}: {
  counts: Counts;
  active: MetricLevel | 'all';
  onSelect: (level: MetricLevel | 'all') => void;
}) {
  return (
    <ul className="cockpit-counts" aria-label={t('popup.counts.label')}>
      {ORDER.map((level) => (
        <li key={level}>
          <button
            type="button"
            className={`cockpit-count level-${level}`}
            aria-pressed={active === level}
            data-level={level}
            onClick={() => onSelect(active === level ? 'all' : level)}
          >
            <span className="cockpit-count-number">{counts[level]}</span>
            <span className="cockpit-count-label">{t(`common.level.${level}`)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
