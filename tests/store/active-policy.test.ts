import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import { readActivePolicy, watchActivePolicy, type ActivePolicy } from '../../lib/store/active-policy';
import { readManagedVerdict } from '../../lib/store/managed-verdict';
import { writeStoredPolicy } from '../../lib/store/policy-storage';
import { validateManagedPolicy } from '../../lib/store/validate-managed-policy';

const named = (name: string) => ({ ...createDefaultPolicy('Asia/Shanghai'), name });

describe('readActivePolicy', () => {
  it('is the default preset in the browser zone when nothing is saved', async () => {
    const active = await readActivePolicy();
    expect(active.source).toBe('default');
    expect(active.policy.calendars[0]!.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('is the saved policy, from sync or local', async () => {
    await writeStoredPolicy(named('Saved'));
    expect(await readActivePolicy()).toMatchObject({ source: 'sync', policy: { name: 'Saved' } });
  });

  it('prefers a valid managed policy once it is validated', async () => {
    await writeStoredPolicy(named('Saved'));
    await fakeBrowser.storage.managed.set({ policy: named('Managed') });
    // Before any context validated it, the unvalidated document is not used.
    expect(await readActivePolicy()).toMatchObject({ source: 'sync', policy: { name: 'Saved' }, problem: expect.stringContaining('being checked') });
    await validateManagedPolicy();
    expect(await readActivePolicy()).toEqual({ source: 'managed', policy: expect.objectContaining({ name: 'Managed' }) });
  });

  it('accepts the managed policy as JSON text (policyJson)', async () => {
    await fakeBrowser.storage.managed.set({ policyJson: JSON.stringify(named('From JSON')) });
    await validateManagedPolicy();
    expect(await readActivePolicy()).toMatchObject({ source: 'managed', policy: { name: 'From JSON' } });
  });

  it('keeps the last good managed policy in force when a new one is invalid, and says so', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.managed.set({ policy: named('Good') });
    await validateManagedPolicy();
    await fakeBrowser.storage.managed.set({ policy: { ...named('Broken'), escalation: { warningAt: 90, criticalAt: 10 } } });
    const state = await validateManagedPolicy();
    expect(state.kind).toBe('invalid');
    expect((await readManagedVerdict())?.errors?.[0]?.path).toMatch(/^escalation/);
    const active = await readActivePolicy();
    expect(active).toMatchObject({ source: 'managed', policy: { name: 'Good' } });
    expect(active.problem).toMatch(/invalid/);
  });

  it('falls back to the saved policy when the first managed policy ever seen is invalid', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await writeStoredPolicy(named('Saved'));
    await fakeBrowser.storage.managed.set({ policyJson: '{ not json' });
    await validateManagedPolicy();
    expect(await readActivePolicy()).toMatchObject({ source: 'sync', policy: { name: 'Saved' }, problem: expect.stringMatching(/invalid/) });
  });

  it('treats a storage.managed that throws (Firefox without policy) as not managed', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect((await readActivePolicy()).source).toBe('default');
  });
});

describe('watchActivePolicy (cross-context updates)', () => {
  it('reports a save made in another context, once, without a reload', async () => {
    const seen: ActivePolicy[] = [];
    const stop = watchActivePolicy((active) => seen.push(active));
    await writeStoredPolicy(named('From options'));
    await vi.waitFor(() => expect(seen.at(-1)?.policy.name).toBe('From options'));
    const count = seen.length;
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.length).toBe(count);
    stop();
    await writeStoredPolicy(named('After stop'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.at(-1)?.policy.name).toBe('From options');
  });

  it('reports an administrator deploying a managed policy', async () => {
    const seen: ActivePolicy[] = [];
    const stop = watchActivePolicy((active) => seen.push(active));
    await fakeBrowser.storage.managed.set({ policy: named('Org') });
    await validateManagedPolicy();
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ source: 'managed', policy: { name: 'Org' } }));
    stop();
  });
});
