/**
 * The policy in force, for every context (content scripts, background, pages).
 *
 * Precedence: a valid organisation-managed policy > the saved policy (sync or local) > the default preset in the
 * browser's zone. An invalid managed policy keeps the last good managed policy in force (or, if there never was
 * one, the saved policy), and says so in `problem`.
 *
 * Light on purpose (no React, no zustand, no zod): the content scripts import it under a 25 KB budget. The saved
 * policy was validated before it was written; the managed one is validated elsewhere (managed-verdict.ts).
 */
import { browser } from 'wxt/browser';
import { createBrowserDefaultPolicy } from '../policy/create-default-policy';
import type { Policy } from '../policy/types';
import { readManagedRaw, readManagedVerdict, VERDICT_KEY } from './managed-verdict';
import { isPolicyStorageKey, readStoredPolicy } from './policy-storage';

export interface ActivePolicy {
  policy: Policy;
  /** Where it came from; the options page says which. */
  source: 'managed' | 'sync' | 'local' | 'default';
  /** Set when a stored or managed policy was rejected and an older good one stays in force. */
  problem?: string;
}

/** A cheap shape check for a saved document from another device that might run a newer format. */
function looksLikePolicy(value: unknown): value is Policy {
  const policy = value as Policy | null;
  return (
    typeof policy === 'object' &&
    policy !== null &&
    policy.version === 1 &&
    Array.isArray(policy.tiers) &&
    Array.isArray(policy.calendars) &&
    typeof policy.priorityMap === 'object' &&
    typeof policy.statusMap === 'object'
  );
}

async function savedOrDefault(): Promise<ActivePolicy> {
  const stored = await readStoredPolicy();
  if (stored && looksLikePolicy(stored.document)) return { policy: stored.document, source: stored.area };
  if (stored) {
    return { policy: createBrowserDefaultPolicy(), source: 'default', problem: 'The saved policy is not a version 1 policy; the default preset is used.' };
  }
  return { policy: createBrowserDefaultPolicy(), source: 'default' };
}

export async function readActivePolicy(): Promise<ActivePolicy> {
  const [raw, verdict] = await Promise.all([readManagedRaw(), readManagedVerdict()]);
  if (!raw) return savedOrDefault();
  if (verdict?.hash === raw.hash && verdict.ok && verdict.policy) return { policy: verdict.policy, source: 'managed' };
  const problem =
    verdict?.hash === raw.hash
      ? 'The organisation-managed policy is invalid; the last good policy stays in force.'
      : 'The organisation-managed policy is being checked; the last good policy stays in force.';
  if (verdict?.lastGood) return { policy: verdict.lastGood, source: 'managed', problem };
  return { ...(await savedOrDefault()), problem };
}

/**
 * Calls `onChange` whenever the policy in force changes: a save in any context, a sync from another device, or an
 * administrator's change. Returns an unsubscribe function.
 */
export function watchActivePolicy(onChange: (active: ActivePolicy) => void): () => void {
  let stopped = false;
  let generation = 0;
  let last: string | undefined;
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    const relevant =
      areaName === 'managed' ||
      ((areaName === 'sync' || areaName === 'local') &&
        Object.keys(changes).some((key) => isPolicyStorageKey(key) || key === VERDICT_KEY));
    if (!relevant) return;
    // A save touches several keys in a row; only the newest read may report, so results never arrive out of order.
    const mine = ++generation;
    void readActivePolicy().then(
      (active) => {
        if (stopped || mine !== generation) return;
        const signature = JSON.stringify(active);
        if (signature === last) return;
        last = signature;
        onChange(active);
      },
      (error: unknown) => console.warn('[sla:store] could not read the policy after a change', error),
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
