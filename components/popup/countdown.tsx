import { formatRemaining, t } from '../../lib/i18n';
import { breachInstant } from '../../lib/tracking/time-to-breach';
import type { SlaSummary } from '../../lib/tracking/types';
import { useNowValue } from './now-context';

/** Live time to breach of the ticket's most urgent clock: `12 min`, `5 min overdue`, or paused with what's left. */
export function Countdown({ sla }: { sla: SlaSummary }) {
  const now = useNowValue();
  return <span className="cockpit-countdown">{countdownText(sla, now)}</span>;
}

export function countdownText(sla: SlaSummary, now: number): string {
  const at = breachInstant(sla, now);
  if (at !== null) {
    const remaining = at - now;
    return remaining < 0 ? formatRemaining(remaining) : t('popup.row.due', { duration: formatRemaining(remaining) });
  }
  if (sla.next?.state === 'paused') return t('popup.row.paused', { duration: formatRemaining(sla.next.remainingMs ?? NaN) });
  return t('popup.row.noClock');
}
