/**
 * The policy in force, for every context (content scripts, background, pages).
 *
 * TEMPORARY first version: always the default preset in the browser's zone. The store issue (#4) replaces the body
 * with the real storage read (managed > sync/chunked > local > default) while keeping these two signatures.
 */
import { createDefaultPolicy } from '../policy/create-default-policy';
import type { Policy } from '../policy/types';

export interface ActivePolicy {
  policy: Policy;
  /** Where it came from; the options page says which. */
  source: 'managed' | 'sync' | 'local' | 'default';
  /** Set when a stored or managed policy was rejected and an older good one stays in force. */
  problem?: string;
}

export async function readActivePolicy(): Promise<ActivePolicy> {
  return { policy: createDefaultPolicy(Intl.DateTimeFormat().resolvedOptions().timeZone), source: 'default' };
}

/** Calls `onChange` whenever the policy in force changes. Returns an unsubscribe function. */
export function watchActivePolicy(_onChange: (active: ActivePolicy) => void): () => void {
  return () => {};
}
