import type { z } from 'zod';
import type { PolicyIssue } from './types';

type Segment = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path in the `a.b[2].c` form of POLICY.md; `[]` is the document itself, `""`. A key that is not an
 * identifier (a map key such as `waiting for customer`) is written in brackets as a JSON string.
 *
 * @example
 * formatPath(['tiers', 2, 'targets', 'resolution', 'minutes']); // 'tiers[2].targets.resolution.minutes'
 * formatPath(['statusMap', 'jira', 'waiting for customer']);     // 'statusMap.jira["waiting for customer"]'
 */
export function formatPath(path: readonly Segment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}

/**
 * Turns one zod issue into policy issues. An `unrecognized_keys` issue becomes one issue per key, each with the path
 * of the unknown key itself (`tiers[0].colour`), as POLICY.md asks.
 */
export function policyIssuesFromZod(issue: z.core.$ZodIssue): PolicyIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: `"${key}" is not a field here. Remove it, or check its spelling.`,
    }));
  }
  return [{ path: formatPath(issue.path), message: issue.message }];
}

/**
 * The message for an issue whose schema gives none: a plain sentence for a team lead, not zod's wording.
 * Passed to `safeParse` as its error map, with `reportInput` so that a missing field can be told from a wrong one.
 */
export function defaultIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if ((issue.path ?? []).length === 0) {
        return 'The policy must be a JSON object, like the file the options page exports.';
      }
      const field = lastKey(issue.path);
      if (issue.input === undefined) return field ? `"${field}" is required.` : 'This value is required.';
      return `Expected ${describeExpected(issue.expected)}, but found ${describeValue(issue.input)}.`;
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `This list needs at least ${String(issue.minimum)} entries.`
        : `This must be at least ${String(issue.minimum)}.`;
    case 'too_big':
      return issue.origin === 'array'
        ? `This list can have at most ${String(issue.maximum)} entries.`
        : `This must be at most ${String(issue.maximum)}.`;
    case 'invalid_key':
      return 'This key is not valid here.';
    default:
      // Every other code is raised only by schemas that carry their own message.
      return undefined;
  }
}

function lastKey(path: readonly Segment[] | undefined): string | undefined {
  const last = path?.[path.length - 1];
  return typeof last === 'string' ? last : undefined;
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
    case 'tuple':
      return 'a list';
    case 'object':
    case 'record':
      return 'an object';
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isFinite(value) ? 'a number' : `${String(value)}`;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    case 'bigint':
      return 'a BigInt, which JSON cannot hold';
    case 'function':
      return 'a function, which JSON cannot hold';
    default:
      return `a ${typeof value}`;
  }
}
