/**
 * At most `maxInFlight` requests per tab (OVERLAY.md "Concurrency"), FIFO. After a 429 every waiting request is held
 * until the `Retry-After` instant, because the limit is shared by the whole account (research §1.5, §2.5).
 */
import type { HttpEnv } from './http-env';

export interface RequestQueue {
  /** Runs `task` in a slot; resolves `undefined` without running it if `signal` aborts first. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T | undefined>;
  /** No request starts before `at` (epoch ms). */
  holdUntil(at: number): void;
}

export function createRequestQueue(maxInFlight: number, env: Pick<HttpEnv, 'now' | 'sleep'>): RequestQueue {
  let active = 0;
  let resumeAt = 0;
  const waiting: (() => void)[] = [];

  const acquire = (): Promise<void> => {
    if (active < maxInFlight) {
      active++;
      return Promise.resolve();
    }
    // The releasing task hands its slot over, so `active` stays counted.
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  return {
    async run(task, signal) {
      await acquire();
      try {
        while (!signal?.aborted && env.now() < resumeAt) await env.sleep(resumeAt - env.now(), signal);
        if (signal?.aborted) return undefined;
        return await task();
      } finally {
        release();
      }
    },
    holdUntil(at) {
      resumeAt = Math.max(resumeAt, at);
    },
  };
}
