import type { AlertLevel, AlertState, SnoozeMinutes, TicketId, TicketLink } from './types';

/** "Acknowledge" silences the ticket's alerts up to its current level; a worse level still notifies. */
export function acknowledge(state: AlertState, ticketId: TicketId, level: AlertLevel, now: number): AlertState {
  return { ...state, acks: { ...state.acks, [ticketId]: { level, at: now } } };
}

/** "Snooze" silences every alert of the ticket for 15, 30 or 60 minutes. */
export function snooze(state: AlertState, ticketId: TicketId, minutes: SnoozeMinutes, now: number): AlertState {
  return { ...state, snoozes: { ...state.snoozes, [ticketId]: now + minutes * 60_000 } };
}

/** "Unsnooze" ends a snooze at once: the ticket's alerts are due again from the next check. */
export function unsnooze(state: AlertState, ticketId: TicketId): AlertState {
  if (!(ticketId in state.snoozes)) return state;
  const { [ticketId]: _ended, ...snoozes } = state.snoozes;
  return { ...state, snoozes };
}

export function recordFired(state: AlertState, fired: Record<string, number>): AlertState {
  return Object.keys(fired).length === 0 ? state : { ...state, fired: { ...state.fired, ...fired } };
}

export function recordNotification(state: AlertState, notificationId: string, tickets: TicketLink[], now: number): AlertState {
  return { ...state, notifications: { ...state.notifications, [notificationId]: { at: now, tickets } } };
}

/** Fired keys are kept a week, well past the 24 h a ticket is tracked, so a ticket seen again never re-notifies. */
export const FIRED_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
const NOTIFICATION_RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * Drops what can no longer matter: fired keys older than a week, acknowledgements of tickets no longer tracked,
 * ended snoozes, and notifications older than a day. Returns the same object when nothing changed, so the caller can
 * skip a write.
 */
export function pruneAlertState(state: AlertState, tracked: ReadonlySet<TicketId>, now: number): AlertState {
  const fired = filter(state.fired, (_, at) => now - at <= FIRED_RETENTION_MS);
  const acks = filter(state.acks, (id) => tracked.has(id));
  const snoozes = filter(state.snoozes, (id, until) => until > now && tracked.has(id));
  const notifications = filter(state.notifications, (_, entry) => now - entry.at <= NOTIFICATION_RETENTION_MS);
  if (fired === state.fired && acks === state.acks && snoozes === state.snoozes && notifications === state.notifications) {
    return state;
  }
  return { version: 1, fired, acks, snoozes, notifications };
}

function filter<V>(record: Record<string, V>, keep: (key: string, value: V) => boolean): Record<string, V> {
  const entries = Object.entries(record);
  const kept = entries.filter(([key, value]) => keep(key, value));
  return kept.length === entries.length ? record : Object.fromEntries(kept);
}
