import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../../lib/i18n';
import type { AlertState, CockpitItem } from '../../lib/tracking/types';
import { TicketRow, type TicketRowProps } from './ticket-row';

type Handlers = Pick<TicketRowProps, 'onOpen' | 'onAcknowledge' | 'onSnooze' | 'onUnsnooze'>;

/** Every row is this tall (cockpit.css pins it), so the window is plain arithmetic. */
export const ROW_HEIGHT = 52;
const OVERSCAN = 6;
/** The list's `max-height` in cockpit.css. */
export const LIST_MAX_HEIGHT = 400;

/**
 * The sorted list, windowed: only the rows in view (plus a few) are in the DOM, so 500 tracked tickets cost what 20
 * do; padding stands in for the rest and `aria-setsize`/`aria-posinset` tell assistive technology the real size.
 * Arrow keys, Home and End move between tickets (scrolling as needed); Tab reaches each ticket's own controls.
 */
export function TicketList({ views, alerts, now, ...handlers }: { views: CockpitItem[]; alerts: AlertState; now: number } & Handlers) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const viewport = Math.min(LIST_MAX_HEIGHT, views.length * ROW_HEIGHT);

  const start = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(views.length, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);

  // Focus follows the keyboard once the target row is rendered.
  useEffect(() => {
    if (focusIndex === null) return;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-row-index="${focusIndex}"] [data-row-open]`)?.focus();
  }, [focusIndex, start, end]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(event.key) || (event.target as HTMLElement).tagName === 'SELECT') return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row-index]');
    const current = row ? Number(row.dataset.rowIndex) : 0;
    const last = views.length - 1;
    const index =
      event.key === 'Home' ? 0 : event.key === 'End' ? last : Math.min(last, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    event.preventDefault();
    const list = listRef.current;
    if (list) {
      // Bring the row into the window, then the effect focuses it.
      const top = index * ROW_HEIGHT;
      if (top < list.scrollTop) list.scrollTop = top;
      else if (top + ROW_HEIGHT > list.scrollTop + viewport) list.scrollTop = top + ROW_HEIGHT - viewport;
      setScrollTop(list.scrollTop || top);
    }
    setFocusIndex(index);
  }

  return (
    <ul
      ref={listRef}
      className="cockpit-list"
      aria-label={t('popup.list.label')}
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      style={{ paddingTop: start * ROW_HEIGHT, paddingBottom: (views.length - end) * ROW_HEIGHT }}
    >
      {views.slice(start, end).map((view, offset) => {
        const snoozedUntil = alerts.snoozes[view.ticket.id];
        return (
          <TicketRow
            key={view.ticket.id}
            index={start + offset}
            setSize={views.length}
            view={view}
            acknowledged={alerts.acks[view.ticket.id] !== undefined}
            snoozedUntil={snoozedUntil !== undefined && snoozedUntil > now ? snoozedUntil : null}
            {...handlers}
          />
        );
      })}
    </ul>
  );
}
