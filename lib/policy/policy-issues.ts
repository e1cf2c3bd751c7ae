import type { z } from 'zod';
import { policyMessages, type PolicyMessages } from './policy-messages';
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
      message: policyMessages().unknownField(key),
    }));
  }
  return [{ path: formatPath(issue.path), message: issue.message }];
}

/**
 * The message for an issue whose schema gives none: a plain sentence for a team lead, not zod's wording.
 * Passed to `safeParse` as its error map, with `reportInput` so that a missing field can be told from a wrong one.
 */
export function defaultIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const m = policyMessages();
  switch (issue.code) {
    case 'invalid_type': {
      if ((issue.path ?? []).length === 0) return m.notAnObject;
      if (issue.input === undefined) return m.required(lastKey(issue.path));
      return m.expected(describeExpected(issue.expected, m), describeValue(issue.input, m));
    }
    case 'invalid_value':
      // A missing literal ("version"); a wrong one gets its schema's own message.
      return issue.input === undefined ? m.required(lastKey(issue.path)) : undefined;
    case 'too_small':
      return issue.origin === 'array' ? m.listTooShort(String(issue.minimum)) : m.tooSmall(String(issue.minimum));
    case 'too_big':
      return issue.origin === 'array' ? m.listTooLong(String(issue.maximum)) : m.tooBig(String(issue.maximum));
    case 'invalid_key':
      return m.invalidKey;
    default:
      // Every other code is raised only by schemas that carry their own message.
      return undefined;
  }
}

function lastKey(path: readonly Segment[] | undefined): string | undefined {
  const last = path?.[path.length - 1];
  return typeof last === 'string' ? last : undefined;
}

function describeExpected(expected: string, m: PolicyMessages): string {
  switch (expected) {
    case 'string':
      return m.kind.text;
    case 'number':
      return m.kind.number;
    case 'boolean':
      return m.kind.boolean;
    case 'array':
    case 'tuple':
      return m.kind.list;
    case 'object':
    case 'record':
      return m.kind.object;
    default:
      return expected;
  }
}

function describeValue(value: unknown, m: PolicyMessages): string {
  if (value === null) return m.kind.null;
  if (Array.isArray(value)) return m.kind.list;
  switch (typeof value) {
    case 'string':
      return m.kind.text;
    case 'number':
      return Number.isFinite(value) ? m.kind.number : `${String(value)}`;
    case 'boolean':
      return value ? m.kind.true : m.kind.false;
    case 'object':
      return m.kind.object;
    case 'bigint':
      return m.kind.bigint;
    case 'function':
      return m.kind.function;
    default:
      return typeof value; // a symbol: JSON has none, so no sentence of its own
  }
}
