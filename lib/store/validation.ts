/**
 * Validation of the editor's draft: `parsePolicy` is the judge (POLICY.md), plus the editor's own fields whose text
 * did not parse yet (a target typed as `4 hrs later`). Issues are keyed by POLICY.md paths
 * (`tiers[2].targets.resolution.minutes`), which is how the sections find the issues beside their fields.
 */
import { getLanguage } from '../i18n/language';
import { parsePolicy } from '../policy/parse-policy';
import type { Policy, PolicyIssue } from '../policy/types';

export interface DraftValidation {
  errors: PolicyIssue[];
  warnings: PolicyIssue[];
  /** The normalised policy when there are no errors (what Save writes and the preview evaluates). */
  policy?: Policy;
}

/** A field whose text the editor could not read; the message is already in the UI language. */
export interface RawInputIssue {
  text: string;
  message: string;
}

let lastDraft: unknown;
let lastRaw: unknown;
let lastResult: DraftValidation | undefined;

/** Validates the draft; memoised on identity, because every section asks on every render. */
export function validateDraft(draft: unknown, rawInputs: Record<string, RawInputIssue>): DraftValidation {
  if (lastResult && draft === lastDraft && rawInputs === lastRaw) return lastResult;
  const parsed = parsePolicy(draft, { language: getLanguage() });
  const rawErrors = Object.entries(rawInputs).map(([path, issue]) => ({ path, message: issue.message }));
  // A field with unreadable text reports that, not the stale value the draft still holds for it.
  const shadowed = new Set(rawErrors.map((issue) => issue.path));
  const result: DraftValidation = parsed.ok
    ? { errors: rawErrors, warnings: parsed.warnings, ...(rawErrors.length === 0 && { policy: parsed.policy }) }
    : { errors: [...rawErrors, ...parsed.errors.filter((issue) => !shadowed.has(issue.path))], warnings: [] };
  lastDraft = draft;
  lastRaw = rawInputs;
  lastResult = result;
  return result;
}

/** The issues at exactly `path`. */
export function issuesAt(issues: readonly PolicyIssue[], path: string): PolicyIssue[] {
  return issues.filter((issue) => issue.path === path);
}

/** The issues at `path` or inside it (`tiers[1]` holds `tiers[1].name`, not `tiers[10]`). */
export function issuesWithin(issues: readonly PolicyIssue[], path: string): PolicyIssue[] {
  return issues.filter(
    (issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`),
  );
}
