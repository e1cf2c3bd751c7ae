/**
 * Everything the HTTP layer reads from the outside world, injectable for tests (fake fetch, fake clock, fake sleep).
 * Only the defaults touch `Date.now`, `setTimeout` and the global `fetch` (ARCHITECTURE.md "One clock").
 */
import type { ClientConfig } from '../types';

export interface HttpEnv {
  fetch: typeof fetch;
  now: () => number;
  /** Resolves after `ms`, or early (never rejecting) when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** `[0, 1)`, for back-off jitter. */
  random: () => number;
}

/** Tunables; the defaults are the OVERLAY.md budgets. */
export interface HttpLimits {
  /** Per request, via AbortController. */
  timeoutMs: number;
  /** Retries after the first attempt for 429, 5xx, network errors, timeouts and unparseable JSON. */
  maxRetries: number;
  /** First back-off step without `Retry-After`; doubles per retry, capped at `maxBackoffMs`. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  maxInFlight: number;
  /** Detail (history) HTTP calls per rolling minute. */
  detailCallsPerMinute: number;
  /** Per-ticket cache lifetime. */
  cacheTtlMs: number;
}

export const defaultLimits: HttpLimits = {
  timeoutMs: 10_000,
  maxRetries: 3,
  baseBackoffMs: 1_000,
  maxBackoffMs: 30_000,
  maxInFlight: 4,
  detailCallsPerMinute: 30,
  cacheTtlMs: 60_000,
};

/** `ClientConfig` plus the test seams. Adapters' `createClient` accepts this wider shape. */
export interface HttpClientConfig extends ClientConfig {
  sleep?: HttpEnv['sleep'];
  random?: HttpEnv['random'];
  limits?: Partial<HttpLimits>;
}

export function createHttpEnv(config: HttpClientConfig): HttpEnv {
  return {
    // Bound: an unbound `fetch` throws "Illegal invocation" in Chrome.
    fetch: config.fetch ?? globalThis.fetch.bind(globalThis),
    now: config.now ?? (() => Date.now()),
    sleep: config.sleep ?? sleepWithTimer,
    random: config.random ?? Math.random,
  };
}

function sleepWithTimer(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(0, ms));
    signal?.addEventListener('abort', done);
  });
}
