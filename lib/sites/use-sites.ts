import { useCallback, useEffect, useState } from 'react';
import { addSite, listSites, removeSite, type AddSiteResult, type SiteStatus } from './manage-sites';
import { watchStoredSites } from './sites-store';

/**
 * The options page's "Helpdesks" section state: the Data Center sites with their status, and add/remove. `add` must
 * be called straight from the click or submit handler (the permission prompt needs the gesture).
 */
export function useDataCenterSites(): {
  sites: SiteStatus[] | null;
  add: (address: string) => Promise<AddSiteResult>;
  remove: (origin: string) => Promise<void>;
} {
  const [sites, setSites] = useState<SiteStatus[] | null>(null);
  const refresh = useCallback(
    () =>
      void listSites().then(setSites, (error: unknown) => {
        // A browser without `scripting` (or a failed query) must not break the options page: show no sites.
        console.warn('[sla:sites] could not list Data Center sites', error);
        setSites([]);
      }),
    [],
  );
  useEffect(() => {
    refresh();
    return watchStoredSites(refresh);
  }, [refresh]);
  const add = useCallback(
    (address: string) =>
      addSite(address).then((result) => {
        refresh();
        return result;
      }),
    [refresh],
  );
  const remove = useCallback((origin: string) => removeSite(origin).then(refresh), [refresh]);
  return { sites, add, remove };
}
