import { browser } from 'wxt/browser';
import { TICK_ALARM } from './tracker';

/**
 * The once-a-minute alarm. Alarms survive worker restarts, but browsers may drop them on update or restart, so the
 * background recreates it on every start when it is missing (never resetting a running one, which would skip a tick).
 */
export async function ensureTickAlarm(): Promise<void> {
  if (!(await browser.alarms.get(TICK_ALARM))) {
    await browser.alarms.create(TICK_ALARM, { periodInMinutes: 1, delayInMinutes: 1 });
  }
}
