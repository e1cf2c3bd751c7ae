import { browser } from 'wxt/browser';
import { urlShowsTicket } from './ticket-url';
import type { TicketLink } from './types';

/**
 * Focuses a tab that already shows the ticket, or opens its page. `tabs.query` reports `url` only for origins we hold
 * host permission for (the helpdesks and the Data Center sites the user granted), which is exactly where tickets
 * live, so no `tabs` permission is needed.
 */
export async function openTicket(ticket: TicketLink): Promise<void> {
  const tabs = await browser.tabs.query({});
  const tab = tabs.find((candidate) => urlShowsTicket(candidate.url, ticket.helpdesk, ticket.url, ticket.key));
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url: ticket.url, active: true });
}
