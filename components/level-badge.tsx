import type { TicketLevel } from '../lib/sla/types';
import { t } from '../lib/i18n';

/** A level as a pill: colour plus the level's name, so colour is never the only signal. */
export function LevelBadge({ level }: { level: TicketLevel }) {
  return <span className={`level-badge level-${level}`}>{t(`common.level.${level}`)}</span>;
}
