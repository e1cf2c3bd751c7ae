import { describe, expect, it } from 'vitest';
import {
  CURRENT_POLICY_VERSION,
  migratePolicy,
  POLICY_MIGRATIONS,
  type PolicyMigrationSteps,
} from '../../lib/policy/migrations';
import { parsePolicy } from '../../lib/policy/parse-policy';
import { errorPaths, fixtureDocument } from './policy-documents';

describe('migratePolicy', () => {
  it('is at version 1 with no registered steps', () => {
    expect(CURRENT_POLICY_VERSION).toBe(1);
    expect(Object.keys(POLICY_MIGRATIONS)).toEqual([]);
  });

  it('returns a current document unchanged', () => {
    const document = fixtureDocument();
    expect(migratePolicy(document)).toEqual({ ok: true, document });
  });

  it('applies an injected v0 → v1 step, after which the document parses', () => {
    // A made-up version 0 that called the policy's name "title".
    const { name, ...rest } = fixtureDocument();
    const v0 = { ...rest, version: 0, title: name };
    const steps: PolicyMigrationSteps = {
      0: ({ title, ...document }) => ({ ...document, name: title, version: 1 }),
    };
    const migrated = migratePolicy(v0, { steps, currentVersion: 1 });
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(parsePolicy(migrated.document)).toEqual(parsePolicy(fixtureDocument()));
  });

  it('applies every step from the document version up to the current one, in order', () => {
    const calls: string[] = [];
    const steps: PolicyMigrationSteps = {
      0: (document) => (calls.push(`0→1 saw v${String(document.version)}`), { ...document, a: true }),
      1: (document) => (calls.push(`1→2 saw v${String(document.version)}`), { ...document, b: document.a }),
      2: (document) => (calls.push(`2→3 saw v${String(document.version)}`), { ...document, c: document.b }),
    };
    expect(migratePolicy({ version: 0 }, { steps, currentVersion: 3 })).toEqual({
      ok: true,
      document: { version: 3, a: true, b: true, c: true },
    });
    expect(calls).toEqual(['0→1 saw v0', '1→2 saw v1', '2→3 saw v2']);
  });

  it('starts at the document version, skipping earlier steps', () => {
    const calls: number[] = [];
    const step = (from: number) => (document: Record<string, unknown>) => (calls.push(from), document);
    migratePolicy({ version: 1 }, { steps: { 0: step(0), 1: step(1) }, currentVersion: 2 });
    expect(calls).toEqual([1]);
  });

  it.each([
    ['a future version', { version: 2 }, /version 2, made by a newer release/],
    ['a version without a step', { version: 0 }, /version 0 is not supported/],
    ['a fractional version', { version: 0.5 }, /no valid "version"/],
    ['a version written as text', { version: '1' }, /no valid "version"/],
    ['no version', {}, /no valid "version"/],
    ['a list', [], /must be a JSON object/],
    ['null', null, /must be a JSON object/],
  ])('refuses %s with a clear error', (_description, input, message) => {
    const result = migratePolicy(input);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message) });
  });

  it('turns a failing step into an error instead of throwing', () => {
    const steps: PolicyMigrationSteps = {
      0: () => {
        throw new Error('calendars are missing');
      },
    };
    expect(migratePolicy({ version: 0 }, { steps })).toEqual({
      ok: false,
      error: 'The policy could not be upgraded from version 0: calendars are missing',
    });
  });

  it('is what parsePolicy runs first: a future version is one error at "version"', () => {
    expect(errorPaths(parsePolicy({ ...fixtureDocument(), version: 3 }))).toEqual(['version']);
  });
});
