/**
 * React access to the editor store. The store comes through context, so tests and screenshots can render sections
 * against a store of their own.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Policy, PolicyIssue } from '../policy/types';
import type { EditorState } from './editor-state';
import type { EditorStore } from './editor-store';
import { issuesAt, validateDraft, type DraftValidation } from './validation';

export const EditorStoreContext = createContext<EditorStore | null>(null);

export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditor() needs an <EditorStoreContext.Provider>');
  return store;
}

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

/** The policy the page shows: the managed one in managed mode (read-only), else the draft. */
export function selectShownPolicy(state: EditorState): Policy {
  const { managed } = state;
  if (managed.kind === 'valid' && managed.verdict.policy) return managed.verdict.policy;
  if (managed.kind === 'invalid') return managed.verdict.lastGood ?? state.saved.policy;
  return state.draft;
}

export function useShownPolicy(): Policy {
  return useEditor(selectShownPolicy);
}

export function useReadOnly(): boolean {
  return useEditor((state) => state.managed.kind !== 'none');
}

export function useValidation(): DraftValidation {
  const draft = useEditor((state) => state.draft);
  const rawInputs = useEditor((state) => state.rawInputs);
  return validateDraft(draft, rawInputs);
}

/** Errors and warnings at exactly `path` (POLICY.md path), for a field. */
export function useIssuesAt(path: string): { errors: PolicyIssue[]; warnings: PolicyIssue[] } {
  const { errors, warnings } = useValidation();
  return { errors: issuesAt(errors, path), warnings: issuesAt(warnings, path) };
}

/** A function returning the errors at a path, for composite editors (weekly grid, lists). */
export function useErrorsFor(): (path: string) => PolicyIssue[] {
  const { errors } = useValidation();
  return (path: string) => issuesAt(errors, path);
}
