/**
 * Validates the organisation-managed policy and records the verdict that every context reads (managed-verdict.ts).
 * Runs in the background (at start-up and whenever `storage.managed` changes) and in the options page.
 */
import { browser } from 'wxt/browser';
import { getLanguage } from '../i18n/language';
import { parsePolicy } from '../policy/parse-policy';
import { policyMessagesIn } from '../policy/policy-messages';
import type { ParsePolicyResult } from '../policy/types';
import {
  readManagedRaw,
  readManagedVerdict,
  VERDICT_KEY,
  type ManagedRaw,
  type ManagedVerdict,
} from './managed-verdict';

export type ManagedState =
  | { kind: 'none' }
  | { kind: 'valid'; verdict: ManagedVerdict }
  | { kind: 'invalid'; verdict: ManagedVerdict };

/**
 * Judges one managed value; pure apart from the clock and the UI language of its messages, so tests can call it
 * directly.
 */
export function judgeManagedPolicy(raw: ManagedRaw, previous: ManagedVerdict | undefined, now = Date.now()): ManagedVerdict {
  const language = getLanguage();
  const result: ParsePolicyResult =
    typeof raw.value === 'string'
      ? { ok: false, errors: [{ path: '', message: policyMessagesIn(language).managedNotJson }] }
      : parsePolicy(raw.value, { language });
  if (result.ok) {
    return { hash: raw.hash, ok: true, policy: result.policy, warnings: result.warnings, lastGood: result.policy, checkedAt: now };
  }
  const lastGood = previous?.ok ? previous.policy : previous?.lastGood;
  console.warn('[sla:store] the managed policy is invalid; the last good policy stays in force', result.errors);
  return { hash: raw.hash, ok: false, errors: result.errors, ...(lastGood && { lastGood }), checkedAt: now };
}

/** Reads `storage.managed`, validates it when it changed, and records the verdict. */
export async function validateManagedPolicy(): Promise<ManagedState> {
  const [raw, previous] = await Promise.all([readManagedRaw(), readManagedVerdict()]);
  if (!raw) return { kind: 'none' };
  let verdict = previous;
  if (!previous || previous.hash !== raw.hash) {
    verdict = judgeManagedPolicy(raw, previous);
    await browser.storage.local.set({ [VERDICT_KEY]: verdict });
  }
  return verdict!.ok ? { kind: 'valid', verdict: verdict! } : { kind: 'invalid', verdict: verdict! };
}

/**
 * Keeps the verdict current for the life of a context: validates now and on every change of `storage.managed`.
 * The background calls this once at start-up. Returns a stop function.
 */
export function startManagedPolicyValidation(onState?: (state: ManagedState) => void): () => void {
  const run = () =>
    validateManagedPolicy().then(onState, (error: unknown) => console.warn('[sla:store] managed policy check failed', error));
  const listener = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed') void run();
  };
  browser.storage.onChanged.addListener(listener);
  void run();
  return () => browser.storage.onChanged.removeListener(listener);
}
