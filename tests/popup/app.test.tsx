import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/App';
import { setLanguage } from '../../lib/i18n';
import { evaluateTicket } from '../../lib/sla/evaluate-ticket';
import { listenForTrackingMessages } from '../../lib/tracking/listen-for-messages';
import { createTracker } from '../../lib/tracking/tracker';
import { useCockpitStore } from '../../lib/tracking/cockpit-store';
import { emptyAlertState } from '../../lib/tracking/alert-state-store';
import { MIN, policy, seenZendesk, zendeskId } from '../tracking/fixtures';

beforeEach(() => {
  setLanguage('en');
  useCockpitStore.setState({ loaded: false, tickets: [], summaries: {}, alerts: emptyAlertState() });
  // The background, as the popup talks to it.
  const tracker = createTracker({ now: () => Date.now(), readPolicy: async () => policy, evaluate: evaluateTicket, language: () => 'en' });
  listenForTrackingMessages(tracker);
});
afterEach(() => {
  cleanup();
  setLanguage(undefined);
});

describe('the popup, wired to storage and the background', () => {
  it('shows what the background tracks, and follows its writes', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: 'No tickets tracked yet' });
    const now = Date.now();
    await fakeBrowser.runtime.sendMessage({ type: 'sla-tracking:seen', items: [seenZendesk('1', now - 20 * MIN), seenZendesk('2', now - 2 * MIN)] });
    const list = await screen.findByRole('list', { name: 'Tracked tickets, most urgent first' });
    expect(within(list).getAllByRole('listitem').map((li) => li.dataset.ticketId)).toEqual([zendeskId('1'), zendeskId('2')]);
  });

  it('acknowledge goes through the background and comes back as state', async () => {
    const user = userEvent.setup();
    await fakeBrowser.runtime.sendMessage({ type: 'sla-tracking:seen', items: [seenZendesk('1', Date.now() - 20 * MIN)] });
    render(<App />);
    await user.click(await screen.findByRole('button', { name: /^Acknowledge 1/ }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Acknowledged' })).toBeTruthy());
  });
});
