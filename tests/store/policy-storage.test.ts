import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import type { Policy } from '../../lib/policy/types';
import { itemBytes } from '../../lib/store/chunk-json';
import {
  META_KEY,
  readStoredPolicy,
  SYNC_SLOT_BUDGET,
  writeStoredPolicy,
} from '../../lib/store/policy-storage';

/** A valid policy padded with holidays until its JSON is at least `bytes` long. */
function policyOfSize(bytes: number): Policy {
  const policy = createDefaultPolicy('Asia/Shanghai');
  const calendar = policy.calendars[0]!;
  let day = 0;
  while (JSON.stringify(policy).length < bytes) {
    // Batches of 50 keep this linear; each entry is ~70 characters.
    for (let i = 0; i < 50; i++, day++) {
      const date = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      calendar.holidays.push({ date, name: `节假日 Holiday "${day}" 中文名称` });
    }
  }
  return policy;
}

/** Enforces Chrome's sync quotas on fakeBrowser, which does not. */
function enforceSyncQuota() {
  const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const current = await fakeBrowser.storage.sync.get(null);
    const merged = { ...current, ...items };
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > 8192) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${key})`);
    }
    const total = Object.entries(merged).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    if (total > 102_400) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  });
}

describe('policy storage layout', () => {
  it('keeps a small policy in one sync item', async () => {
    enforceSyncQuota();
    const policy = createDefaultPolicy('Asia/Shanghai');
    const outcome = await writeStoredPolicy(policy);
    expect(outcome.ok && outcome.stored).toMatchObject({ area: 'sync', chunks: 1 });
    expect(await readStoredPolicy()).toMatchObject({ document: policy, area: 'sync', chunks: 1 });
  });

  it('chunks a policy over 8 KB across sync items, each under the per-item quota', async () => {
    enforceSyncQuota();
    const policy = policyOfSize(30_000);
    const outcome = await writeStoredPolicy(policy);
    expect(outcome.ok && outcome.stored.area).toBe('sync');
    const items = await fakeBrowser.storage.sync.get(null);
    const chunks = Object.keys(items).filter((key) => key.startsWith('policy:a:') || key.startsWith('policy:b:'));
    expect(chunks.length).toBeGreaterThan(3);
    for (const key of chunks) expect(itemBytes(key, items[key])).toBeLessThanOrEqual(8192);
    expect((await readStoredPolicy())?.document).toEqual(policy);
  });

  it('moves a policy too large for sync to local storage and says why', async () => {
    enforceSyncQuota();
    await writeStoredPolicy(createDefaultPolicy('UTC'));
    const policy = policyOfSize(SYNC_SLOT_BUDGET + 10_000);
    const outcome = await writeStoredPolicy(policy);
    expect(outcome.ok && outcome.stored).toMatchObject({ area: 'local', reason: 'too-large' });
    // Nothing stale is left in sync to shadow it.
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await readStoredPolicy()).toMatchObject({ document: policy, area: 'local' });
  });

  it('falls back to local when sync refuses the write', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const outcome = await writeStoredPolicy(createDefaultPolicy('UTC'));
    expect(outcome.ok && outcome.stored).toMatchObject({ area: 'local', reason: 'sync-failed' });
    expect((await readStoredPolicy())?.area).toBe('local');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('storage.sync refused'), expect.any(Error));
  });

  it('moves back to sync when the policy shrinks', async () => {
    await writeStoredPolicy(policyOfSize(SYNC_SLOT_BUDGET + 10_000));
    await writeStoredPolicy(createDefaultPolicy('UTC'));
    expect((await readStoredPolicy())?.area).toBe('sync');
    expect(await fakeBrowser.storage.local.get(META_KEY)).toEqual({});
  });

  it('alternates slots and removes the previous one after the flip', async () => {
    await writeStoredPolicy(policyOfSize(20_000));
    await writeStoredPolicy(createDefaultPolicy('UTC'));
    const keys = Object.keys(await fakeBrowser.storage.sync.get(null)).sort();
    expect(keys).toEqual(['policy:b:0', 'policy:meta']);
  });

  it('never lets a reader see a torn mix: chunks of an unflipped save are ignored', async () => {
    const first = policyOfSize(20_000);
    await writeStoredPolicy(first);
    // A second save that crashed after writing its chunks but before flipping the meta.
    await fakeBrowser.storage.sync.set({ 'policy:b:0': { r: '99.zzz', d: '{"broken":' } });
    expect((await readStoredPolicy())?.document).toEqual(first);
  });

  it('treats chunks that disagree with the meta as damage, not as a policy', async () => {
    await writeStoredPolicy(policyOfSize(20_000));
    const meta = (await fakeBrowser.storage.sync.get(META_KEY))[META_KEY] as { slot: string };
    await fakeBrowser.storage.sync.set({ [`policy:${meta.slot}:1`]: { r: 'other', d: 'x' } });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await readStoredPolicy()).toBeNull();
  });
});

describe('concurrent saves (compare-and-swap on the revision)', () => {
  it('refuses a save based on a revision that is no longer current', async () => {
    const first = await writeStoredPolicy(createDefaultPolicy('UTC'), { expectedRevision: null });
    if (!first.ok) throw new Error('first save failed');
    const base = first.stored.revision;
    const tabA = { ...createDefaultPolicy('UTC'), name: 'Tab A' };
    const tabB = { ...createDefaultPolicy('UTC'), name: 'Tab B' };
    const [a, b] = await Promise.all([
      writeStoredPolicy(tabA, { expectedRevision: base }),
      writeStoredPolicy(tabB, { expectedRevision: base }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, conflict: true });
    const stored = await readStoredPolicy();
    expect([tabA, tabB]).toContainEqual(stored?.document);
  });

  it('overwrites when asked to', async () => {
    await writeStoredPolicy(createDefaultPolicy('UTC'));
    const outcome = await writeStoredPolicy({ ...createDefaultPolicy('UTC'), name: 'Mine' });
    expect(outcome.ok).toBe(true);
    expect((await readStoredPolicy())?.document).toMatchObject({ name: 'Mine' });
  });

  it('many interleaved saves leave exactly one whole policy', async () => {
    const names = Array.from({ length: 8 }, (_, i) => `Save ${i}`);
    await Promise.all(names.map((name) => writeStoredPolicy({ ...policyOfSize(15_000), name })));
    const stored = await readStoredPolicy();
    expect(names).toContain((stored?.document as Policy).name);
    const items = await fakeBrowser.storage.sync.get(null);
    const meta = items[META_KEY] as { slot: string; chunks: number };
    const chunkKeys = Object.keys(items).filter((key) => key !== META_KEY).sort();
    expect(chunkKeys).toEqual(Array.from({ length: meta.chunks }, (_, i) => `policy:${meta.slot}:${i}`).sort());
  });
});
