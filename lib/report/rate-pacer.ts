/**
 * Paces the report's requests under the helpdesk's per-minute limit, so a 5,000-ticket report never trips it (the
 * HTTP layer's `Retry-After` handling is the safety net, not the plan).
 *
 * A token bucket: it refills at `share` of the advertised per-minute limit and holds at most a tenth of it, so in
 * any one-minute window the report sends at most `0.1 + share` of the limit and the agents' own helpdesk UI (and
 * the overlay) keep the rest. The limit is read from every answer: Zendesk `X-Rate-Limit` [Z3], Jira
 * `X-RateLimit-Limit` [J2]; when `…-Remaining` falls to the reserve the bucket is emptied, because other clients of
 * the same account are spending it too (research §1.5: the limit is account-wide).
 */
export interface RatePacer {
  /** Waits for a token; false when `signal` aborted first. */
  take(signal?: AbortSignal): Promise<boolean>;
  /** Reads the limit headers of an answer. */
  observe(headers: Headers): void;
  /** The per-minute limit in force (advertised, or the initial guess). */
  readonly limit: number;
}

export interface PacerOptions {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Until an answer says otherwise. Zendesk's smallest plan allows 200/min; Jira publishes no number. */
  initialLimit?: number;
  /** Share of the limit the report may use (default 0.8). */
  share?: number;
}

const header = (headers: Headers, ...names: string[]): number | undefined => {
  for (const name of names) {
    const value = Number(headers.get(name));
    if (headers.get(name) !== null && Number.isFinite(value) && value >= 0) return value;
  }
  return undefined;
};

export function createRatePacer(options: PacerOptions): RatePacer {
  const share = options.share ?? 0.8;
  let limit = options.initialLimit ?? 100;
  const capacity = () => Math.max(1, Math.floor(limit / 10));
  const perMs = () => (share * limit) / 60_000;
  let tokens = capacity();
  let last = options.now();

  const refill = (): void => {
    const now = options.now();
    tokens = Math.min(capacity(), tokens + (now - last) * perMs());
    last = now;
  };

  return {
    get limit() {
      return limit;
    },
    async take(signal) {
      for (;;) {
        if (signal?.aborted) return false;
        refill();
        if (tokens >= 1) {
          tokens -= 1;
          return true;
        }
        await options.sleep(Math.ceil((1 - tokens) / perMs()), signal);
      }
    },
    observe(headers) {
      const advertised = header(headers, 'X-Rate-Limit', 'X-RateLimit-Limit');
      if (advertised !== undefined && advertised > 0 && advertised !== limit) {
        refill();
        limit = advertised;
        tokens = Math.min(tokens, capacity());
      }
      const remaining = header(headers, 'X-Rate-Limit-Remaining', 'X-RateLimit-Remaining');
      if (remaining !== undefined && remaining <= Math.max(2, Math.floor(limit * 0.05))) {
        refill();
        tokens = Math.min(tokens, 0);
      }
    },
  };
}
