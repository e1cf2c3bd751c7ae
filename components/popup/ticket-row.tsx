import { memo } from 'react';
import { formatTime, t } from '../../lib/i18n';
import { alertLevelOf } from '../../lib/tracking/find-due-alerts';
import type { SnoozeMinutes, TicketId, CockpitItem } from '../../lib/tracking/types';
import { LevelBadge } from '../level-badge';
import { Countdown } from './countdown';
import { HelpdeskIcon } from './helpdesk-icon';
import { SnoozeMenu } from './snooze-menu';

export interface TicketRowProps {
  /** Position in the whole (windowed) list. */
  index: number;
  setSize: number;
  view: CockpitItem;
  acknowledged: boolean;
  snoozedUntil: number | null;
  onOpen: (ticketId: TicketId) => void;
  onAcknowledge: (ticketId: TicketId) => void;
  onSnooze: (ticketId: TicketId, minutes: SnoozeMinutes) => void;
  onUnsnooze: (ticketId: TicketId) => void;
}

/**
 * One tracked ticket. Memoised without the clock: only its `Countdown` follows the second hand. The main button
 * opens (or focuses) the ticket; acknowledge and snooze (or, while snoozed, unsnooze) sit beside it as their own
 * controls.
 */
export const TicketRow = memo(function TicketRow({
  index,
  setSize,
  view,
  acknowledged,
  snoozedUntil,
  onOpen,
  onAcknowledge,
  onSnooze,
  onUnsnooze,
}: TicketRowProps) {
  const { ticket, sla } = view;
  const canSilence = alertLevelOf(sla.level) !== null;
  return (
    <li
      className={`cockpit-row level-${sla.level}`}
      data-ticket-id={ticket.id}
      data-level={sla.level}
      data-row-index={index}
      aria-setsize={setSize}
      aria-posinset={index + 1}
    >
      <button type="button" className="cockpit-open" data-row-open onClick={() => onOpen(ticket.id)}>
        <HelpdeskIcon helpdesk={ticket.helpdesk} />
        <span className="cockpit-key">{ticket.key}</span>
        <span className="cockpit-title">{ticket.facts.title || t('popup.row.untitled')}</span>
        <span className="cockpit-meta">
          <LevelBadge level={sla.level} />
          {sla.tier && <span className="cockpit-tier">{sla.tier.name}</span>}
          {sla.next && <span className="cockpit-metric">{t(`common.metric.${sla.next.metric}`)}</span>}
          {snoozedUntil !== null && (
            <span className="cockpit-snoozed">{t('popup.state.snoozedUntil', { time: formatTime(snoozedUntil) })}</span>
          )}
          <Countdown sla={sla} />
        </span>
      </button>
      <span className="cockpit-actions">
        <button
          type="button"
          className="cockpit-ack"
          disabled={!canSilence || acknowledged}
          aria-label={acknowledged ? t('popup.action.acknowledged') : t('popup.action.acknowledgeLabel', { key: ticket.key })}
          onClick={() => onAcknowledge(ticket.id)}
        >
          {acknowledged ? t('popup.action.acknowledged') : t('popup.action.acknowledge')}
        </button>
        {snoozedUntil === null ? (
          <SnoozeMenu ticketKey={ticket.key} onSnooze={(minutes) => onSnooze(ticket.id, minutes)} />
        ) : (
          // A snoozed ticket offers the way back instead: a mistaken or too-long snooze must not hide a breach.
          <button
            type="button"
            className="cockpit-snooze"
            aria-label={t('popup.action.unsnoozeLabel', { key: ticket.key })}
            onClick={() => onUnsnooze(ticket.id)}
          >
            {t('popup.action.unsnooze')}
          </button>
        )}
      </span>
    </li>
  );
});
