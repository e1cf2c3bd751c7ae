/**
 * zustand `PersistStorage` over `browser.storage.local`: objects in, objects out (no string round-trip), as the
 * zustand persist guide suggests for async storages.
 * https://zustand.docs.pmnd.rs/integrations/persisting-store-data#custom-storage-engine
 */
import { browser } from 'wxt/browser';
import type { PersistStorage, StorageValue } from 'zustand/middleware';

export function extensionLocalStorage<S>(): PersistStorage<S> {
  return {
    async getItem(name) {
      const value = (await browser.storage.local.get(name))[name];
      return (value ?? null) as StorageValue<S> | null;
    },
    async setItem(name, value) {
      await browser.storage.local.set({ [name]: value });
    },
    async removeItem(name) {
      await browser.storage.local.remove(name);
    },
  };
}
