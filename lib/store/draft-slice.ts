import type { StateCreator } from 'zustand';
import { createBrowserDefaultPolicy } from '../policy/create-default-policy';
import { getLanguage } from '../i18n/language';
import { parsePolicy } from '../policy/parse-policy';
import type { Policy } from '../policy/types';
import type { DraftSlice, EditorState } from './editor-state';
import { moveItem, remapListPaths } from './policy-edits';

/** In managed mode nothing may change the draft: the editor is read-only. */
const readOnly = (state: EditorState) => state.managed.kind !== 'none';

export const createDraftSlice: StateCreator<EditorState, [], [], DraftSlice> = (set, get) => ({
  draft: createBrowserDefaultPolicy(),
  baseRevision: null,
  dirty: false,
  rawInputs: {},

  updateDraft(recipe) {
    if (readOnly(get())) return;
    const next = structuredClone(get().draft);
    recipe(next);
    set({ draft: next, dirty: true, saveStatus: { kind: 'idle' } });
  },

  setRawInput(path, issue) {
    const { rawInputs } = get();
    if (!issue && !(path in rawInputs)) return;
    const next = { ...rawInputs };
    if (issue) next[path] = issue;
    else delete next[path];
    set({ rawInputs: next, dirty: true });
  },

  moveTier(from, to) {
    const { draft, rawInputs } = get();
    if (to < 0 || to >= draft.tiers.length || from === to) return;
    get().updateDraft((next) => {
      next.tiers = moveItem(next.tiers, from, to);
    });
    // Unparsed text typed into a moved tier's fields moves with it.
    set({ rawInputs: remapListPaths(rawInputs, 'tiers', moveItem(draft.tiers.map((_, i) => i), from, to)) });
  },

  importPolicyText(text) {
    if (readOnly(get())) return { ok: false, errors: [{ path: '', message: 'read-only' }] };
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      return { ok: false, errors: [{ path: '', message: error instanceof Error ? error.message : String(error) }] };
    }
    const result = parsePolicy(document, { language: getLanguage() });
    if (!result.ok) return result;
    set({ draft: result.policy, rawInputs: {}, dirty: true, saveStatus: { kind: 'idle' } });
    return { ok: true, warnings: result.warnings };
  },

  discardChanges() {
    const { saved } = get();
    set({
      draft: structuredClone(saved.policy),
      baseRevision: saved.revision,
      rawInputs: {},
      dirty: false,
      externalChange: false,
      saveStatus: { kind: 'idle' },
    });
  },

  resetToPreset() {
    if (readOnly(get())) return;
    set({ draft: createBrowserDefaultPolicy(), rawInputs: {}, dirty: true, saveStatus: { kind: 'idle' } });
  },
});
