/**
 * The migration chain for policy documents. A document of an older version is brought up to
 * `CURRENT_POLICY_VERSION` one step at a time, so version n only ever needs a step to n + 1.
 * POLICY.md pins version 1; a later version registers its step in `POLICY_MIGRATIONS`.
 */
import { policyMessages } from './policy-messages';

export const CURRENT_POLICY_VERSION = 1;

/** Turns a document of version `n` into one of version `n + 1`. It may throw on a document it cannot read. */
export type PolicyMigrationStep = (document: Record<string, unknown>) => Record<string, unknown>;

/** Steps keyed by the version they migrate *from*. */
export type PolicyMigrationSteps = Readonly<Record<number, PolicyMigrationStep>>;

/** Version 1 is the first version: nothing to migrate yet. */
export const POLICY_MIGRATIONS: PolicyMigrationSteps = {};

export type MigratePolicyResult = { ok: true; document: unknown } | { ok: false; error: string };

export interface MigratePolicyOptions {
  steps?: PolicyMigrationSteps;
  currentVersion?: number;
}

/**
 * Applies the registered steps from the document's `version` up to the current version, in order. A document that
 * is already current is returned unchanged. Never throws: a future or unknown version, a missing step or a step that
 * fails is a clear error.
 *
 * `options` exists for tests, which inject their own step table.
 *
 * @example
 * migratePolicy({ version: 1, name: 'Support SLA' }); // { ok: true, document: { version: 1, name: 'Support SLA' } }
 * migratePolicy({ version: 7 });                      // { ok: false, error: 'This policy is version 7, …' }
 */
export function migratePolicy(input: unknown, options: MigratePolicyOptions = {}): MigratePolicyResult {
  const steps = options.steps ?? POLICY_MIGRATIONS;
  const current = options.currentVersion ?? CURRENT_POLICY_VERSION;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: policyMessages().notAnObject };
  }
  let document = input as Record<string, unknown>;
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: policyMessages().noVersion(current) };
  }
  if (version > current) {
    return { ok: false, error: policyMessages().newerVersion(version, current) };
  }
  for (let from = version; from < current; from++) {
    const step = Object.hasOwn(steps, from) ? steps[from] : undefined;
    if (!step) {
      return { ok: false, error: policyMessages().unsupportedVersion(from, current) };
    }
    try {
      document = { ...step(document), version: from + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: policyMessages().upgradeFailed(from, reason) };
    }
  }
  return { ok: true, document };
}
