import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../lib/policy/parse-policy';
import { policyMessages, withPolicyMessages, type PolicyMessages } from '../../lib/policy/policy-messages';
import { defaultDocument, editedDocument } from './policy-documents';

const HAN = /\p{Script=Han}/u;

/** Every sentence of a catalogue, each function called with sample arguments. */
function sentences(m: PolicyMessages): [string, string][] {
  return Object.entries(m).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'string') return [[key, value]];
    if (typeof value === 'function') return [[key, (value as (...args: unknown[]) => string)('tiers', 'x', 3)]];
    return Object.entries(value as Record<string, string>).map(([kind, text]) => [`${key}.${kind}`, text]);
  });
}

describe('policy messages', () => {
  it('has a Chinese sentence for every English one', () => {
    const zh = withPolicyMessages('zh-CN', () => policyMessages());
    const en = policyMessages();
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    // Value kinds such as "true" stay as written; every sentence is Chinese.
    const notChinese = sentences(zh).filter(([key, text]) => !key.startsWith('kind.') && !HAN.test(text));
    expect(notChinese).toEqual([]);
  });

  it('are English by default, and a Chinese parse does not change that for the next one', () => {
    const document = editedDocument((d) => (d.tiers = []));
    const zh = parsePolicy(document, { language: 'zh-CN' });
    expect(zh).toEqual({ ok: false, errors: [{ path: 'tiers', message: '策略至少需要一个服务等级。' }] });
    expect(parsePolicy(document)).toEqual({ ok: false, errors: [{ path: 'tiers', message: 'A policy needs at least one tier.' }] });
  });

  it('come back to English after a parse that met a throwing getter', () => {
    const hostile = { ...defaultDocument() };
    Object.defineProperty(hostile, 'tiers', { enumerable: true, get: () => { throw new Error('boom'); } });
    const zh = parsePolicy(hostile, { language: 'zh-CN' });
    expect(zh.ok).toBe(false);
    expect(zh.ok ? '' : zh.errors[0]!.message).toMatch(HAN);
    expect(policyMessages().needsTier).toBe('A policy needs at least one tier.');
  });

  it('warn in Chinese too', () => {
    const document = editedDocument((d) => d.tiers.push({ ...d.tiers[0], id: 'again', name: 'Again' }));
    const zh = parsePolicy(document, { language: 'zh-CN' });
    expect(zh.ok && zh.warnings.map((w) => [w.path, HAN.test(w.message)])).toEqual([['tiers[5]', true]]);
  });
});

describe('a missing version', () => {
  it('is reported as required, in plain words rather than the schema library\'s', () => {
    const result = parsePolicy(editedDocument((d) => delete d.version));
    expect(result).toEqual({ ok: false, errors: [{ path: 'version', message: '"version" is required.' }] });
  });
});
