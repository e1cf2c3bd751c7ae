import { checkConsistency } from './check-consistency';
import { CURRENT_POLICY_VERSION, migratePolicy } from './migrations';
import { defaultIssueMessage, policyIssuesFromZod } from './policy-issues';
import { policyMessages, withPolicyMessages, type PolicyLanguage } from './policy-messages';
import { policyWarnings } from './policy-warnings';
import { POLICY_LIMITS, policySchema } from './schema';
import type { ParsePolicyResult, PolicyIssue } from './types';

/**
 * Validates and normalises a policy document (POLICY.md): any value in, a `Policy` with warnings or every error out.
 * The result shares no objects with the input; map keys are lower-cased and time zones canonical.
 *
 * A document of an older version is first migrated. `parsePolicy` never throws, whatever it is given: a cyclic
 * object, a BigInt or a throwing getter is an error with the path `""`.
 *
 * Messages are in English unless `options.language` asks for Simplified Chinese (the editor follows the browser's
 * language, like `evaluateTicket`'s explanation); paths are the same in every language.
 *
 * @example
 * const result = parsePolicy(JSON.parse(text));
 * if (!result.ok) showErrors(result.errors); // [{ path: 'tiers[0].colour', message: '"colour" is not a field here. …' }]
 * parsePolicy({ ...policy, tiers: [] }, { language: 'zh-CN' }); // errors: [{ path: 'tiers', message: '策略至少需要一个服务等级。' }]
 */
export function parsePolicy(input: unknown, options?: ParsePolicyOptions): ParsePolicyResult {
  return withPolicyMessages(options?.language ?? 'en', () => {
    try {
      return parseChecked(input);
    } catch (error) {
      // A last resort for hostile values (getters or proxies that throw while being read).
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [{ path: '', message: policyMessages().unreadable(reason) }] };
    }
  });
}

export interface ParsePolicyOptions {
  /** The language of the messages; English by default. */
  language?: PolicyLanguage;
}

function parseChecked(input: unknown): ParsePolicyResult {
  const sizeError = checkDocumentSize(input);
  if (sizeError) return { ok: false, errors: [sizeError] };

  let document = input;
  if (isRecord(input) && typeof input.version === 'number' && input.version !== CURRENT_POLICY_VERSION) {
    const migrated = migratePolicy(input);
    if (!migrated.ok) return { ok: false, errors: [{ path: 'version', message: migrated.error }] };
    document = migrated.document;
  }

  const parsed = policySchema.safeParse(document, { error: defaultIssueMessage, reportInput: true });
  const errors = dedupe([
    ...(parsed.success ? [] : parsed.error.issues.flatMap(policyIssuesFromZod)),
    ...checkConsistency(document),
  ]);
  if (!parsed.success || errors.length > 0) {
    return {
      ok: false,
      errors: errors.length > 0 ? errors : [{ path: '', message: policyMessages().notValid }],
    };
  }
  return { ok: true, policy: parsed.data, warnings: policyWarnings(parsed.data) };
}

/** POLICY.md: "1 MB" means `JSON.stringify(input).length ≤ 1,000,000`; a value JSON cannot hold is refused here. */
function checkDocumentSize(input: unknown): PolicyIssue | undefined {
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    // JSON.stringify throws on cycles and BigInts; its own message is engine-specific, so say it plainly.
    return { path: '', message: policyMessages().notJsonData };
  }
  // `undefined` (for a function or `undefined` itself) is left to the schema, which names what it expected.
  if (json !== undefined && json.length > POLICY_LIMITS.documentLength) {
    return { path: '', message: policyMessages().tooLarge(json.length) };
  }
  return undefined;
}

function dedupe(issues: PolicyIssue[]): PolicyIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
