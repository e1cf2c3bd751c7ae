/**
 * Registers the Jira content script for a Data Center origin at runtime (`scripting.registerContentScripts`,
 * research §5). The registration persists across browser restarts; the background still reconciles at start-up in
 * case the user revoked the permission from the browser's own extension settings meanwhile.
 */
import { browser } from 'wxt/browser';
import { originPattern, type DataCenterSite } from './site-address';

/** The built Jira content script (`entrypoints/jira.content.ts`); the same file serves Cloud through the manifest. */
export const JIRA_CONTENT_SCRIPT = 'content-scripts/jira.js';
const ID_PREFIX = 'sla-dc:';

export function scriptIdFor(origin: string): string {
  return `${ID_PREFIX}${origin}`;
}

export async function registeredSiteOrigins(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((script) => script.id.startsWith(ID_PREFIX)).map((script) => script.id.slice(ID_PREFIX.length));
}

export async function registerSite(site: DataCenterSite): Promise<void> {
  const script = {
    id: scriptIdFor(site.origin),
    matches: [originPattern(site.origin)],
    js: [JIRA_CONTENT_SCRIPT],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [script.id] });
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

export async function unregisterSite(origin: string): Promise<void> {
  const id = scriptIdFor(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

export function hasSitePermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}
