import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import { createEditorStore, DRAFT_KEY, startEditorStore } from '../../lib/store/editor-store';
import { LEGACY_POLICY_KEY, migrateDraft, migrateStoredLayout } from '../../lib/store/migrations';
import { readStoredPolicy } from '../../lib/store/policy-storage';

async function openTab() {
  const store = createEditorStore();
  const stop = await startEditorStore(store);
  return { store, stop };
}

describe('editor store', () => {
  it('starts from the preset and saves a versioned, validated policy', async () => {
    const { store, stop } = await openTab();
    expect(store.getState()).toMatchObject({ ready: true, dirty: false, baseRevision: null });
    store.getState().updateDraft((draft) => void (draft.name = 'Team SLA'));
    expect(await store.getState().savePolicy()).toMatchObject({ kind: 'saved' });
    expect(await readStoredPolicy()).toMatchObject({ area: 'sync', document: { name: 'Team SLA', version: 1 } });
    expect(store.getState()).toMatchObject({ dirty: false, saved: { area: 'sync', chunks: 1 } });
    stop();
  });

  it('refuses to save a draft with errors', async () => {
    const { store, stop } = await openTab();
    store.getState().updateDraft((draft) => void (draft.escalation.warningAt = 99));
    expect(await store.getState().savePolicy()).toEqual({ kind: 'invalid' });
    expect(await readStoredPolicy()).toBeNull();
    stop();
  });

  it('keeps the draft in storage.local with a version, and restores it in a new tab', async () => {
    const first = await openTab();
    first.store.getState().updateDraft((draft) => void (draft.name = 'Half done'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await fakeBrowser.storage.local.get(DRAFT_KEY))[DRAFT_KEY]).toMatchObject({ version: 1, state: { dirty: true } });
    first.stop();
    const second = await openTab();
    expect(second.store.getState().draft.name).toBe('Half done');
    second.stop();
  });

  it('a clean tab follows saves from another tab live', async () => {
    const a = await openTab();
    const b = await openTab();
    a.store.getState().updateDraft((draft) => void (draft.name = 'Saved in A'));
    await a.store.getState().savePolicy();
    await vi.waitFor(() => expect(b.store.getState().draft.name).toBe('Saved in A'));
    expect(b.store.getState()).toMatchObject({ dirty: false, externalChange: false });
    a.stop();
    b.stop();
  });

  it('two tabs editing at once: the second save is refused, nothing is corrupted, overwrite is explicit', async () => {
    const a = await openTab();
    const b = await openTab();
    a.store.getState().updateDraft((draft) => void (draft.name = 'A'));
    b.store.getState().updateDraft((draft) => void (draft.name = 'B'));
    const [ra, rb] = await Promise.all([a.store.getState().savePolicy(), b.store.getState().savePolicy()]);
    const kinds = [ra.kind, rb.kind].sort();
    expect(kinds).toEqual(['conflict', 'saved']);
    const winner = ra.kind === 'saved' ? 'A' : 'B';
    const loser = ra.kind === 'saved' ? b : a;
    expect((await readStoredPolicy())?.document).toMatchObject({ name: winner });
    await vi.waitFor(() => expect(loser.store.getState().externalChange).toBe(true));
    expect(await loser.store.getState().savePolicy({ overwrite: true })).toMatchObject({ kind: 'saved' });
    expect((await readStoredPolicy())?.document).toMatchObject({ name: winner === 'A' ? 'B' : 'A' });
    a.stop();
    b.stop();
  });

  it('is read-only while a managed policy is present', async () => {
    await fakeBrowser.storage.managed.set({ policy: createDefaultPolicy('UTC') });
    const { store, stop } = await openTab();
    expect(store.getState().managed.kind).toBe('valid');
    store.getState().updateDraft((draft) => void (draft.name = 'Nope'));
    expect(store.getState().dirty).toBe(false);
    expect(await store.getState().savePolicy()).toEqual({ kind: 'read-only' });
    stop();
  });
});

describe('store migrations', () => {
  it('draft v0 ({ draft, baseRevision }) gains dirty and rawInputs', () => {
    expect(migrateDraft({ draft: { name: 'x' }, baseRevision: '3.abc' }, 0)).toEqual({
      draft: { name: 'x' },
      baseRevision: '3.abc',
      dirty: true,
      rawInputs: {},
    });
    expect(migrateDraft(undefined, 0)).toEqual({ draft: undefined, baseRevision: null, dirty: false, rawInputs: {} });
  });

  it('draft v1 keeps unparsed field text', () => {
    const rawInputs = { 'tiers[0].targets.resolution.minutes': { text: 'soon', message: 'm' } };
    expect(migrateDraft({ draft: {}, baseRevision: null, dirty: true, rawInputs }, 1).rawInputs).toEqual(rawInputs);
  });

  it('moves a format-0 policy (one sync item) into the chunked envelope, once', async () => {
    const legacy = { ...createDefaultPolicy('UTC'), name: 'Legacy' };
    await fakeBrowser.storage.sync.set({ [LEGACY_POLICY_KEY]: legacy });
    expect(await migrateStoredLayout()).toBe(true);
    expect(await readStoredPolicy()).toMatchObject({ document: { name: 'Legacy' }, area: 'sync' });
    expect((await fakeBrowser.storage.sync.get(LEGACY_POLICY_KEY))[LEGACY_POLICY_KEY]).toBeUndefined();
    expect(await migrateStoredLayout()).toBe(false);
  });

  it('does not let a stale format-0 item replace a newer envelope', async () => {
    const { store, stop } = await openTab();
    store.getState().updateDraft((draft) => void (draft.name = 'Current'));
    await store.getState().savePolicy();
    stop();
    await fakeBrowser.storage.sync.set({ [LEGACY_POLICY_KEY]: { ...createDefaultPolicy('UTC'), name: 'Old' } });
    await migrateStoredLayout();
    expect((await readStoredPolicy())?.document).toMatchObject({ name: 'Current' });
  });
});
