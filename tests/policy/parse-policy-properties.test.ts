import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import { parsePolicy } from '../../lib/policy/parse-policy';
import type { ParsePolicyResult } from '../../lib/policy/types';
import { defaultDocument } from './policy-documents';

/** A result is either a policy with warnings or a non-empty list of issues, each with a path and a sentence. */
function expectWellFormed(result: ParsePolicyResult): void {
  const issues = result.ok ? result.warnings : result.errors;
  if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message).toMatch(/\S/);
  }
}

const KNOWN_TOP_LEVEL_KEYS = new Set(Object.keys(defaultDocument()));

describe('parsePolicy on arbitrary input', () => {
  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(parsePolicy(value));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any value at all (BigInt, Map, null prototypes, sparse arrays, …)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
        }),
        (value) => {
          expectWellFormed(parsePolicy(value));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws when one field of a valid policy is replaced by any JSON value', () => {
    const paths = [
      ['name'],
      ['calendars', 0, 'weekly', 'mon'],
      ['calendars', 0, 'holidays'],
      ['calendars', 0, 'workdays'],
      ['calendars', 0, 'timeZone'],
      ['tiers', 0, 'targets'],
      ['tiers', 1, 'customerTiers'],
      ['customerTiers', 0],
      ['priorityMap', 'jira'],
      ['statusMap'],
      ['escalation'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const document = defaultDocument();
        let parent = document;
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path[path.length - 1]!] = value;
        expectWellFormed(parsePolicy(document));
      }),
      { numRuns: 500 },
    );
  });

  it('reports any unknown top-level key at its own path', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((key) => !KNOWN_TOP_LEVEL_KEYS.has(key) && key !== '__proto__'),
        fc.jsonValue(),
        (key, value) => {
          const document = { ...defaultDocument(), [key]: value };
          const result = parsePolicy(document);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.errors).toHaveLength(1);
        },
      ),
    );
  });
});

describe('createDefaultPolicy in any zone', () => {
  const zones = Intl.supportedValuesOf('timeZone');

  it('parses cleanly and canonically, whatever the case of the zone name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.boolean(), (zone, lowerCase) => {
        const policy = createDefaultPolicy(lowerCase ? zone.toLowerCase() : zone);
        const result = parsePolicy(JSON.parse(JSON.stringify(policy)));
        expect(result).toEqual({ ok: true, policy, warnings: [] });
        expect(policy.calendars[0]!.timeZone).toBe(
          new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone,
        );
      }),
      { numRuns: 200 },
    );
  });
});
