/**
 * Migrations for what the store keeps in `browser.storage` (the policy *document* has its own chain in
 * `lib/policy/migrations.ts`, which `parsePolicy` applies).
 *
 * 1. The editor draft (zustand persist `version`): v0 kept `{ draft, baseRevision }`; v1 adds `dirty` and the raw
 *    text of fields that did not parse yet (`rawInputs`), so nothing typed is lost across a reload.
 * 2. The saved-policy layout: format 0 (pre-release) kept the whole document in one `storage.sync` item `policy`;
 *    format 1 is the chunked envelope of `policy-storage.ts`.
 */
import { browser } from 'wxt/browser';
import { readStoredPolicy, writeStoredPolicy } from './policy-storage';
import type { RawInputIssue } from './validation';

export const DRAFT_VERSION = 1;
export const LEGACY_POLICY_KEY = 'policy';

export interface PersistedDraft {
  draft: unknown;
  baseRevision: string | null;
  dirty: boolean;
  rawInputs: Record<string, RawInputIssue>;
}

/** zustand persist `migrate`: brings a persisted draft of any older version to `DRAFT_VERSION`. */
export function migrateDraft(persisted: unknown, version: number): PersistedDraft {
  const value = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<string, unknown>;
  let draft: PersistedDraft = {
    draft: value.draft,
    baseRevision: typeof value.baseRevision === 'string' ? value.baseRevision : null,
    dirty: typeof value.dirty === 'boolean' ? value.dirty : false,
    rawInputs: isRawInputs(value.rawInputs) ? value.rawInputs : {},
  };
  if (version < 1) {
    // v0 had no dirty flag: a draft that exists was an unsaved edit.
    draft = { ...draft, dirty: value.draft !== undefined };
  }
  return draft;
}

function isRawInputs(value: unknown): value is Record<string, RawInputIssue> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every(
      (entry: RawInputIssue) => typeof entry?.text === 'string' && typeof entry?.message === 'string',
    )
  );
}

/**
 * Moves a format-0 policy (`storage.sync` key `policy`) into the envelope layout, once. Idempotent; a no-op when
 * a format-1 policy exists. Returns whether it migrated something.
 */
export async function migrateStoredLayout(): Promise<boolean> {
  const legacy = (await browser.storage.sync.get(LEGACY_POLICY_KEY))[LEGACY_POLICY_KEY];
  if (legacy === undefined) return false;
  if (!(await readStoredPolicy())) {
    const outcome = await writeStoredPolicy(legacy, { expectedRevision: null });
    if (!outcome.ok) return false;
  }
  await browser.storage.sync.remove(LEGACY_POLICY_KEY);
  return true;
}
