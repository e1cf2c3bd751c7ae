import { browser } from 'wxt/browser';
import { isTrackingMessage } from './messages';
import type { Tracker } from './tracker';

/**
 * Routes tracking messages to the tracker. Uses `sendResponse` + `return true`, which works with and without
 * webextension-polyfill (a returned Promise only works with it).
 */
export function listenForTrackingMessages(tracker: Tracker): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    if (!isTrackingMessage(message)) return undefined;
    // Content scripts may only report tickets of the page they run on.
    const origin = sender.tab && sender.url ? new URL(sender.url).origin : undefined;
    tracker.handle(message, origin).then(
      (result) => sendResponse({ ok: result !== false }),
      (error: unknown) => sendResponse({ ok: false, error: String(error) }),
    );
    return true;
  });
}
