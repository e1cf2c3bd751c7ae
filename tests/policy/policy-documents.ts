import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import { parsePolicy } from '../../lib/policy/parse-policy';
import type { ParsePolicyResult, PolicyIssue } from '../../lib/policy/types';

/** Policy documents for the policy tests, as raw JSON values (what an import hands to `parsePolicy`). */

// Tests edit these freely; `any` mirrors untyped JSON from a file.
export type JsonDocument = any;

/** The default preset in Shanghai, as plain JSON. */
export function defaultDocument(): JsonDocument {
  return JSON.parse(JSON.stringify(createDefaultPolicy('Asia/Shanghai')));
}

/** The default preset after `edit`, for one-rule-at-a-time error tables. */
export function editedDocument(edit: (document: JsonDocument) => void): JsonDocument {
  const document = defaultDocument();
  edit(document);
  return document;
}

/** The realistic v1 fixture (Shanghai calendar with lunch break, Golden Week, make-up days). */
export function fixtureDocument(): JsonDocument {
  // Vitest runs from the project root; import.meta.url is not a file URL under happy-dom.
  const path = resolve(process.cwd(), 'tests/fixtures/policy/v1.json');
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The paths of a failed parse, in order; fails the test when the parse succeeded. */
export function errorPaths(result: ParsePolicyResult): string[] {
  if (result.ok) throw new Error('expected parsePolicy to fail, but it succeeded');
  return result.errors.map((issue) => issue.path);
}

/** The errors of parsing `document`, or [] when it is valid. */
export function errorsOf(document: unknown): PolicyIssue[] {
  const result = parsePolicy(document);
  return result.ok ? [] : result.errors;
}
