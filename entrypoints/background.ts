import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getLanguage } from '../lib/i18n/language';
import { evaluateTicket } from '../lib/sla/evaluate-ticket';
import { readActivePolicy, watchActivePolicy } from '../lib/store/active-policy';
import { startManagedPolicyValidation } from '../lib/store/validate-managed-policy';
import { syncSiteRegistrations } from '../lib/sites/manage-sites';
import { listenForTrackingMessages } from '../lib/tracking/listen-for-messages';
import { ensureTickAlarm } from '../lib/tracking/tick-alarm';
import { createTracker, TICK_ALARM } from '../lib/tracking/tracker';

// Wiring only: tracking (lib/tracking) and Data Center site registrations (lib/sites). Listeners are added
// synchronously, so an event that wakes the worker finds them.
export default defineBackground(() => {
  const tracker = createTracker({
    now: () => Date.now(),
    readPolicy: async () => (await readActivePolicy()).policy,
    evaluate: evaluateTicket,
    language: getLanguage,
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM) void tracker.tick();
  });
  listenForTrackingMessages(tracker);
  browser.notifications.onClicked.addListener((id) => void tracker.handleNotificationClick(id));
  watchActivePolicy(() => void tracker.tick());

  // The toolbar badge isn't kept across browser restarts; recompute it.
  browser.runtime.onStartup.addListener(() => void tracker.tick());
  browser.runtime.onInstalled.addListener(() => void tracker.tick());
  void ensureTickAlarm();

  // Dynamic content scripts persist across browser restarts but are cleared when the extension is updated (or
  // reloaded unpacked), and the user may revoke a host in the browser's settings: reconcile on every worker start
  // (one storage read and one scripting query) and whenever permissions change.
  // Content scripts can't afford the policy validator, so the worker judges an administrator's managed policy
  // (now and whenever it changes) and stores the verdict that readActivePolicy() trusts.
  startManagedPolicyValidation();

  void syncSiteRegistrations();
  browser.permissions.onAdded.addListener(() => void syncSiteRegistrations());
  browser.permissions.onRemoved.addListener(() => void syncSiteRegistrations());
});
