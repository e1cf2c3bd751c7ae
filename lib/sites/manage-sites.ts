/**
 * What the options page's "Helpdesks" section calls. `addSite` must be called straight from the click handler: the
 * permission prompt needs the user gesture, so nothing is awaited before `permissions.request`.
 */
import { browser } from 'wxt/browser';
import { originPattern, parseSiteAddress, type DataCenterSite, type SiteAddressError } from './site-address';
import { hasSitePermission, registerSite, registeredSiteOrigins, unregisterSite } from './site-registration';
import { readStoredSites, writeStoredSites } from './sites-store';

export type AddSiteResult =
  | { ok: true; site: DataCenterSite }
  | { ok: false; error: SiteAddressError | 'denied' | 'failed'; origin?: string; reason?: string };

export function addSite(input: string): Promise<AddSiteResult> {
  const parsed = parseSiteAddress(input);
  if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.error });
  const { site } = parsed;
  // Called synchronously, inside the gesture.
  const granted = browser.permissions.request({ origins: [originPattern(site.origin)] });
  return granted.then(
    async (yes): Promise<AddSiteResult> => {
      if (!yes) return { ok: false, error: 'denied', origin: site.origin };
      try {
        const sites = (await readStoredSites()).filter((known) => known.origin !== site.origin);
        await writeStoredSites([...sites, site]);
        await registerSite(site);
        return { ok: true, site };
      } catch (error) {
        return { ok: false, error: 'failed', origin: site.origin, reason: String(error) };
      }
    },
    (error: unknown): AddSiteResult => ({ ok: false, error: 'failed', origin: site.origin, reason: String(error) }),
  );
}

/** Unregisters the content script, forgets the site and gives the host permission back. */
export async function removeSite(origin: string): Promise<void> {
  await unregisterSite(origin);
  await writeStoredSites((await readStoredSites()).filter((site) => site.origin !== origin));
  // Another stored site on the same host (another port) still needs the host pattern.
  const sameHost = (await readStoredSites()).some((site) => originPattern(site.origin) === originPattern(origin));
  if (!sameHost) await browser.permissions.remove({ origins: [originPattern(origin)] });
}

export interface SiteStatus extends DataCenterSite {
  /** The host permission is held and the content script is registered. */
  active: boolean;
  granted: boolean;
}

export async function listSites(): Promise<SiteStatus[]> {
  const [sites, registered] = await Promise.all([readStoredSites(), registeredSiteOrigins()]);
  return Promise.all(
    sites.map(async (site) => {
      const granted = await hasSitePermission(site.origin);
      return { ...site, granted, active: granted && registered.includes(site.origin) };
    }),
  );
}

/**
 * Background, at start-up and whenever permissions change: every stored site whose permission is held has its
 * script registered; every registration without a stored, permitted site is removed. So revoking the permission in
 * the browser's settings stops the script too, and the script never runs on an origin that isn't granted.
 */
export async function syncSiteRegistrations(): Promise<void> {
  const [sites, registered] = await Promise.all([readStoredSites(), registeredSiteOrigins()]);
  const wanted = new Set<string>();
  for (const site of sites) {
    if (await hasSitePermission(site.origin)) {
      wanted.add(site.origin);
      if (!registered.includes(site.origin)) await registerSite(site);
    }
  }
  for (const origin of registered) if (!wanted.has(origin)) await unregisterSite(origin);
}
