/**
 * The editor store's shape: one store built from two slices (codebase-models §3), persist applied once in
 * `editor-store.ts`.
 */
import type { Policy, PolicyIssue } from '../policy/types';
import type { StorageArea } from './policy-storage';
import type { RawInputIssue } from './validation';
import type { ManagedState } from './validate-managed-policy';

/** The policy as last saved (or the preset when nothing is), and where it lives. */
export interface SavedInfo {
  policy: Policy;
  /** null: nothing saved yet, the preset is in force. */
  revision: string | null;
  area: StorageArea | null;
  chunks: number;
  bytes: number;
  /** Why it is in local storage rather than sync. */
  reason?: 'too-large' | 'sync-failed';
  /** The saved document failed validation (e.g. edited by hand) and the preset stands in. */
  invalid?: boolean;
}

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'invalid' }
  | { kind: 'conflict' }
  | { kind: 'read-only' }
  | { kind: 'error'; message: string };

export interface SavedSlice {
  /** False until the draft is restored and the saved policy is read; the page shows a placeholder till then. */
  ready: boolean;
  saved: SavedInfo;
  managed: ManagedState;
  /** The saved policy changed in another tab or device while this draft has unsaved edits. */
  externalChange: boolean;
  saveStatus: SaveStatus;
  loadSaved(): Promise<void>;
  /** Saves the draft; refuses on errors, in managed mode, and on a concurrent save unless `overwrite`. */
  savePolicy(options?: { overwrite?: boolean }): Promise<SaveStatus>;
}

export type ImportResult = { ok: true; warnings: PolicyIssue[] } | { ok: false; errors: PolicyIssue[] };

export interface DraftSlice {
  draft: Policy;
  /** The saved revision the draft was started from; the compare-and-swap of the next save. */
  baseRevision: string | null;
  dirty: boolean;
  rawInputs: Record<string, RawInputIssue>;
  /** Applies an edit to a copy of the draft (the recipe may mutate its argument). */
  updateDraft(recipe: (draft: Policy) => void): void;
  /** Records (or clears, with undefined) text a field could not read yet, keyed by the field's policy path. */
  setRawInput(path: string, issue: RawInputIssue | undefined): void;
  moveTier(from: number, to: number): void;
  /** Replaces the draft with a valid JSON document; an invalid one changes nothing and returns every error. */
  importPolicyText(text: string): ImportResult;
  /** Drops unsaved edits and shows the saved policy again. */
  discardChanges(): void;
  /** Replaces the draft with the default preset (unsaved until Save). */
  resetToPreset(): void;
}

export type EditorState = SavedSlice & DraftSlice;
