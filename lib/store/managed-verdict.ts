/**
 * The organisation-managed policy (`storage.managed`, schema in `public/managed-schema.json`), light side.
 *
 * Validation needs zod, which is far too heavy for the content scripts' budget. So the pages and the background
 * validate (`validate-managed-policy.ts`) and record a verdict in `storage.local`; every context then reads the
 * verdict for the managed value it sees, matched by fingerprint. A value without a matching verdict is not used
 * until one exists, so an unvalidated document never reaches the engine.
 */
import { browser } from 'wxt/browser';
import type { Policy, PolicyIssue } from '../policy/types';
import { fingerprint } from './chunk-json';

export const VERDICT_KEY = 'policy:managed-verdict';
/** The managed keys an administrator may set (see docs/managed-policy.md). */
export const MANAGED_KEYS = ['policy', 'policyJson'] as const;

export interface ManagedRaw {
  /** The document as the administrator wrote it: the `policy` object, or `policyJson` parsed (or its text). */
  value: unknown;
  /** Which key it came from. */
  key: (typeof MANAGED_KEYS)[number];
  hash: string;
}

export interface ManagedVerdict {
  hash: string;
  ok: boolean;
  /** The validated, normalised policy (ok) . */
  policy?: Policy;
  errors?: PolicyIssue[];
  warnings?: PolicyIssue[];
  /** The last managed policy that was valid; it stays in force while the current one is invalid. */
  lastGood?: Policy;
  checkedAt: number;
}

/**
 * Reads the administrator's value, if any. `storage.managed` rejects on Firefox when no policy is installed, and
 * is missing in some test setups; both mean "not managed".
 */
export async function readManagedRaw(): Promise<ManagedRaw | undefined> {
  let items: Record<string, unknown>;
  try {
    items = (await browser.storage.managed.get([...MANAGED_KEYS])) ?? {};
  } catch {
    return undefined;
  }
  if (items.policy !== undefined && items.policy !== null) {
    return { value: items.policy, key: 'policy', hash: fingerprint(JSON.stringify(items.policy)) };
  }
  if (typeof items.policyJson === 'string' && items.policyJson.trim()) {
    let value: unknown = items.policyJson;
    try {
      value = JSON.parse(items.policyJson);
    } catch {
      // Left as text: validation reports it as "not JSON".
    }
    return { value, key: 'policyJson', hash: fingerprint(items.policyJson) };
  }
  return undefined;
}

export async function readManagedVerdict(): Promise<ManagedVerdict | undefined> {
  try {
    const verdict = (await browser.storage.local.get(VERDICT_KEY))[VERDICT_KEY] as ManagedVerdict | undefined;
    return verdict && typeof verdict.hash === 'string' ? verdict : undefined;
  } catch {
    return undefined;
  }
}
