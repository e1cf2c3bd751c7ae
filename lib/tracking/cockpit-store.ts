/**
 * The popup's view of tracking: the stored tickets, the alert state and the policy in force, kept current through
 * storage watchers (the background writes; the popup only reads and sends messages). Evaluation happens in the popup
 * with its one clock, so countdowns are live without waking the background every second.
 */
import { browser } from 'wxt/browser';
import { create } from 'zustand';
import type { Policy } from '../policy/types';
import { readActivePolicy, watchActivePolicy } from '../store/active-policy';
import { emptyAlertState, readAlertState, watchAlertState } from './alert-state-store';
import type { TrackingMessage } from './messages';
import { readTrackedTickets, watchTrackedTickets } from './tracked-tickets-store';
import type { AlertState, SnoozeMinutes, TicketId, TrackedTicket } from './types';

export interface CockpitState {
  loaded: boolean;
  tickets: TrackedTicket[];
  alerts: AlertState;
  policy: Policy | null;
}

export const useCockpitStore = create<CockpitState>(() => ({
  loaded: false,
  tickets: [],
  alerts: emptyAlertState(),
  policy: null,
}));

/** Loads once and follows changes. Returns the unsubscribe function (for the effect's cleanup). */
export function startCockpitSync(): () => void {
  const set = useCockpitStore.setState;
  void Promise.all([readTrackedTickets(), readAlertState(), readActivePolicy()]).then(([tracked, alerts, active]) => {
    // With 'sla-popup-rendered' (App), the end-to-end suite measures the first render of the list.
    performance.mark('sla-popup-data');
    set({ loaded: true, tickets: Object.values(tracked.tickets), alerts, policy: active.policy });
  });
  const stops = [
    watchTrackedTickets((tracked) => set({ tickets: Object.values(tracked.tickets) })),
    watchAlertState((alerts) => set({ alerts })),
    watchActivePolicy((active) => set({ policy: active.policy })),
  ];
  return () => stops.forEach((stop) => stop());
}

function send(message: TrackingMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** What the popup's buttons do; the background owns the state they change. */
export const cockpitActions = {
  open: (ticketId: TicketId) => send({ type: 'sla-tracking:open', ticketId }),
  acknowledge: (ticketId: TicketId) => send({ type: 'sla-tracking:acknowledge', ticketId }),
  snooze: (ticketId: TicketId, minutes: SnoozeMinutes) => send({ type: 'sla-tracking:snooze', ticketId, minutes }),
  openOptions: () => browser.runtime.openOptionsPage(),
};
