/**
 * The options page's store: one zustand store from two slices, `persist` applied once, here (zustand's slices guide:
 * "apply middlewares only in the combined store").
 *
 * - The draft (what the team lead is editing) persists in `storage.local` under `editor:draft`, so unsaved changes
 *   survive a reload. It is deliberately *not* rehydrated live from other tabs: two tabs each keep their own edit,
 *   and the compare-and-swap on save reports "changed in another tab" instead of one tab clobbering the other's
 *   half-typed field.
 * - The saved policy is read through `policy-storage.ts` (chunked, CAS) and followed live via `storage.onChanged`.
 */
import { browser } from 'wxt/browser';
import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDraftSlice } from './draft-slice';
import type { EditorState } from './editor-state';
import { extensionLocalStorage } from './extension-storage';
import { VERDICT_KEY } from './managed-verdict';
import { DRAFT_VERSION, migrateDraft, migrateStoredLayout, type PersistedDraft } from './migrations';
import { isPolicyStorageKey } from './policy-storage';
import { createSavedSlice } from './saved-slice';

export const DRAFT_KEY = 'editor:draft';

export type EditorStore = StoreApi<EditorState> & {
  persist: { rehydrate(): Promise<void> | void; hasHydrated(): boolean };
};

export function createEditorStore(): EditorStore {
  return createStore<EditorState>()(
    persist(
      (...args) => ({ ...createSavedSlice(...args), ...createDraftSlice(...args) }),
      {
        name: DRAFT_KEY,
        version: DRAFT_VERSION,
        storage: extensionLocalStorage<PersistedDraft>(),
        partialize: ({ draft, baseRevision, dirty, rawInputs }): PersistedDraft => ({
          draft,
          baseRevision,
          dirty,
          rawInputs,
        }),
        migrate: migrateDraft,
        // Only a dirty draft is worth restoring; a clean one is replaced by the saved policy in loadSaved().
        merge: (persisted, current) => {
          const draft = persisted as PersistedDraft | undefined;
          if (!draft?.dirty || typeof draft.draft !== 'object' || draft.draft === null) return current;
          return { ...current, ...draft } as EditorState;
        },
        // The page decides when: after the legacy-layout migration, before the first saved-policy read.
        skipHydration: true,
      },
    ),
  ) as EditorStore;
}

/**
 * Restores the draft, reads the saved and managed policies, and follows them live. Returns a stop function.
 */
export async function startEditorStore(store: EditorStore): Promise<() => void> {
  await migrateStoredLayout().catch((error: unknown) => console.warn('[sla:store] layout migration failed', error));
  await store.persist.rehydrate();
  await store.getState().loadSaved();
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    const relevant =
      areaName === 'managed' ||
      ((areaName === 'sync' || areaName === 'local') &&
        Object.keys(changes).some((key) => isPolicyStorageKey(key) || key === VERDICT_KEY));
    if (relevant) void store.getState().loadSaved();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
