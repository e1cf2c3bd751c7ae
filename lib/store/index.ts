/**
 * The store, for extension pages. Content scripts and the background import `active-policy.ts` directly instead,
 * which stays free of React, zustand and zod.
 */
export { readActivePolicy, watchActivePolicy, type ActivePolicy } from './active-policy';
export { createEditorStore, startEditorStore, DRAFT_KEY, type EditorStore } from './editor-store';
export type { EditorState, ImportResult, SavedInfo, SaveStatus } from './editor-state';
export { startManagedPolicyValidation, validateManagedPolicy, type ManagedState } from './validate-managed-policy';
export { readStoredPolicy, writeStoredPolicy, type StoredPolicy } from './policy-storage';
export {
  EditorStoreContext,
  selectShownPolicy,
  useEditor,
  useEditorStore,
  useErrorsFor,
  useIssuesAt,
  useReadOnly,
  useShownPolicy,
  useValidation,
} from './use-editor';
export { issuesAt, issuesWithin, validateDraft, type DraftValidation } from './validation';
export { businessDayMinutes, findCalendar, moveItem, uniqueId } from './policy-edits';
