/**
 * At most N detail (history) calls per rolling minute per client (OVERLAY.md "Budget"). A token bucket whose
 * tokens each come back 60 s after they were spent, so no 60 s window ever holds more than N calls (a bucket with
 * continuous refill would allow 2N in a window). Over budget, callers **queue** until a token returns; the
 * caller's AbortSignal (page navigation, row left the viewport) drops them from the queue.
 */
import type { HttpEnv } from './http-env';

const WINDOW_MS = 60_000;

export interface DetailBudget {
  /** Waits for a token. `false` when `signal` aborted first. */
  take(signal?: AbortSignal): Promise<boolean>;
}

export function createDetailBudget(perMinute: number, env: Pick<HttpEnv, 'now' | 'sleep'>): DetailBudget {
  const spentAt: number[] = [];
  return {
    async take(signal) {
      for (;;) {
        if (signal?.aborted) return false;
        const now = env.now();
        while (spentAt.length > 0 && (spentAt[0] ?? 0) <= now - WINDOW_MS) spentAt.shift();
        if (spentAt.length < perMinute) {
          spentAt.push(now);
          return true;
        }
        await env.sleep((spentAt[0] ?? now) + WINDOW_MS - now, signal);
      }
    },
  };
}
