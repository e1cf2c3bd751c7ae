/**
 * The Data Center sites the user added, in `storage.local`. The content-script registrations themselves persist in
 * the browser (`persistAcrossSessions`); this list is what the options page shows and what the background reconciles
 * them against at start-up.
 */
import { storage } from 'wxt/utils/storage';
import { isRecord, readVersioned } from '../tracking/read-versioned';
import type { DataCenterSite } from './site-address';

export const SITES_KEY = 'local:sites.dataCenter';

export interface StoredSites {
  version: 1;
  sites: DataCenterSite[];
}

export function migrateStoredSites(raw: unknown): StoredSites {
  return readVersioned<StoredSites>(raw, {
    current: 1,
    // v1 is the first shipped shape. A v2 adds `2: (v1) => v2` here and a test in tests/tracking/stored-shapes.
    migrations: {},
    accept: (document) => {
      const sites = (document as { sites?: unknown }).sites;
      if (!Array.isArray(sites)) return undefined;
      return {
        version: 1,
        sites: sites.filter(
          (site): site is DataCenterSite =>
            isRecord(site) && typeof site.origin === 'string' && typeof site.baseUrl === 'string',
        ),
      };
    },
    empty: () => ({ version: 1, sites: [] }),
  });
}

const item = storage.defineItem<unknown>(SITES_KEY);

export async function readStoredSites(): Promise<DataCenterSite[]> {
  return migrateStoredSites(await item.getValue()).sites;
}

export async function writeStoredSites(sites: DataCenterSite[]): Promise<void> {
  await item.setValue({ version: 1, sites } satisfies StoredSites);
}

export function watchStoredSites(onChange: (sites: DataCenterSite[]) => void): () => void {
  return item.watch((value) => onChange(migrateStoredSites(value).sites));
}
