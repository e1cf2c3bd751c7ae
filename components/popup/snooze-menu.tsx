import { useState } from 'react';
import { t } from '../../lib/i18n';
import { SNOOZE_MINUTES, type SnoozeMinutes } from '../../lib/tracking/types';

/**
 * "Snooze" opens three choices (15, 30, 60 min) in place. A disclosure rather than a `<select>` per row: nothing
 * extra is in the DOM until it's used, and Escape closes it.
 */
export function SnoozeMenu({ ticketKey, onSnooze }: { ticketKey: string; onSnooze: (minutes: SnoozeMinutes) => void }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button
        type="button"
        className="cockpit-snooze"
        aria-expanded={false}
        aria-label={t('popup.action.snoozeLabel', { key: ticketKey })}
        onClick={() => setOpen(true)}
      >
        {t('popup.action.snooze')}
      </button>
    );
  }
  return (
    <span
      className="cockpit-snooze-choices"
      role="group"
      aria-label={t('popup.action.snoozeLabel', { key: ticketKey })}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          setOpen(false);
        }
      }}
    >
      {SNOOZE_MINUTES.map((minutes, i) => (
        <button
          key={minutes}
          type="button"
          autoFocus={i === 0}
          onClick={() => {
            setOpen(false);
            onSnooze(minutes);
          }}
        >
          {t('popup.action.snoozeFor', { minutes })}
        </button>
      ))}
    </span>
  );
}
