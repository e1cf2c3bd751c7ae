import type { StateCreator } from 'zustand';
import { createBrowserDefaultPolicy } from '../policy/create-default-policy';
import { parsePolicy } from '../policy/parse-policy';
import type { EditorState, SavedInfo, SavedSlice, SaveStatus } from './editor-state';
import { readStoredPolicy, writeStoredPolicy, type StoredPolicy } from './policy-storage';
import { validateDraft } from './validation';
import { validateManagedPolicy } from './validate-managed-policy';

function savedInfo(stored: StoredPolicy | null): SavedInfo {
  const empty = { revision: null, area: null, chunks: 0, bytes: 0 } as const;
  if (!stored) return { policy: createBrowserDefaultPolicy(), ...empty };
  const parsed = parsePolicy(stored.document);
  return {
    policy: parsed.ok ? parsed.policy : createBrowserDefaultPolicy(),
    revision: stored.revision,
    area: stored.area,
    chunks: stored.chunks,
    bytes: stored.bytes,
    ...(stored.reason && { reason: stored.reason }),
    ...(!parsed.ok && { invalid: true }),
  };
}

export const createSavedSlice: StateCreator<EditorState, [], [], SavedSlice> = (set, get) => ({
  ready: false,
  saved: { policy: createBrowserDefaultPolicy(), revision: null, area: null, chunks: 0, bytes: 0 },
  managed: { kind: 'none' },
  externalChange: false,
  saveStatus: { kind: 'idle' },

  async loadSaved() {
    const [stored, managed] = await Promise.all([readStoredPolicy(), validateManagedPolicy()]);
    const saved = savedInfo(stored);
    set({ saved, managed, ready: true });
    const { dirty, baseRevision } = get();
    if (!dirty) {
      // Nothing unsaved here: follow the saved policy live.
      set({ draft: structuredClone(saved.policy), baseRevision: saved.revision, externalChange: false, rawInputs: {} });
    } else if (baseRevision !== saved.revision) {
      set({ externalChange: true });
    }
  },

  async savePolicy(options = {}) {
    const finish = (status: SaveStatus) => {
      set({ saveStatus: status });
      return status;
    };
    const state = get();
    if (state.managed.kind !== 'none') return finish({ kind: 'read-only' });
    const validation = validateDraft(state.draft, state.rawInputs);
    if (!validation.policy) return finish({ kind: 'invalid' });
    set({ saveStatus: { kind: 'saving' } });
    try {
      const outcome = await writeStoredPolicy(validation.policy, {
        ...(!options.overwrite && { expectedRevision: state.baseRevision }),
      });
      if (!outcome.ok) {
        set({ externalChange: true });
        return finish({ kind: 'conflict' });
      }
      // Edits made while the write was in flight stay dirty; otherwise the draft is now the saved policy.
      const unchanged = get().draft === state.draft;
      set({
        saved: savedInfo(outcome.stored),
        baseRevision: outcome.stored.revision,
        externalChange: false,
        ...(unchanged && { draft: validation.policy, dirty: false, rawInputs: {} }),
      });
      return finish({ kind: 'saved', at: Date.now() });
    } catch (error) {
      console.warn('[sla:store] saving the policy failed', error);
      return finish({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  },
});
