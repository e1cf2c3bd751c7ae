import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../lib/i18n/language';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import { judgeManagedPolicy } from '../../lib/store/validate-managed-policy';

const notJson = { value: '{ not json', key: 'policyJson' as const, hash: 'h1' };

afterEach(() => setLanguage(undefined));

describe('judgeManagedPolicy speaks the UI language', () => {
  it('says in English that policyJson is not JSON, and keeps the last good policy', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    setLanguage('en');
    const lastGood = createDefaultPolicy('UTC');
    const verdict = judgeManagedPolicy(notJson, { hash: 'h0', ok: true, policy: lastGood, warnings: [], lastGood, checkedAt: 0 }, 5);
    expect(verdict).toMatchObject({ ok: false, errors: [{ path: '', message: 'policyJson is not valid JSON.' }], lastGood });
  });

  it('says it in Chinese in a Chinese browser, like the rest of the policy errors', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    setLanguage('zh-CN');
    const verdict = judgeManagedPolicy(notJson, undefined, 5);
    expect(verdict).toMatchObject({ ok: false, errors: [{ message: 'policyJson 不是有效的 JSON。' }] });
    const invalid = judgeManagedPolicy({ value: { version: 1 }, key: 'policy', hash: 'h2' }, undefined, 5);
    expect(invalid.ok).toBe(false);
    expect(invalid.errors?.length).toBeGreaterThan(0);
    for (const error of invalid.errors ?? []) expect(error.message).toMatch(/\p{Script=Han}/u);
  });
});
