/**
 * Opens the report page (`report.html`) in a new tab. For the popup's and the options page's "Reports" links:
 * `onClick={() => void openReportPage()}`. (Finding an open report tab would need the `tabs` permission, which the
 * extension does not hold, so it always opens a fresh one.)
 */
import { browser } from 'wxt/browser';

export async function openReportPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/report.html') });
}
