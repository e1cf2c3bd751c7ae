import { describe, expect, expectTypeOf, it } from 'vitest';
import { policySchema, tierSchema, type PolicySchemaOutput } from '../../lib/policy/schema';
import type { Policy, Tier } from '../../lib/policy/types';
import { defaultDocument, fixtureDocument } from './policy-documents';

describe('policySchema', () => {
  it('produces exactly the Policy type (checked by tsc)', () => {
    expectTypeOf<PolicySchemaOutput>().toExtend<Policy>();
    expectTypeOf<Policy>().toExtend<PolicySchemaOutput>();
    const result = policySchema.safeParse(fixtureDocument());
    expect(result.success).toBe(true);
  });

  it('is strict on its own: an unknown key is an unrecognized_keys issue naming the key', () => {
    const document = defaultDocument();
    document.tiers[0].colour = 'red';
    const result = policySchema.safeParse(document);
    expect(result.success ? [] : result.error.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['colour'], path: ['tiers', 0] }),
    ]);
  });

  it('exposes the tier schema for the editor, producing a Tier', () => {
    expectTypeOf(tierSchema.parse).returns.toExtend<Tier>();
    expect(tierSchema.safeParse(defaultDocument().tiers[0]).success).toBe(true);
  });
});
