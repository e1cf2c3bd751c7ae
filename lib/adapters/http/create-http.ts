/**
 * One same-origin JSON request with the agent's session: absolute URL (Firefox content scripts cannot resolve
 * relative ones [W4]), `credentials: 'include'`, no tokens and no CSRF header (GETs and JSON POSTs need none
 * [Z5][J3]). Adds the 10 s timeout, bounded retries, `Retry-After`, the 4-in-flight queue and the detail budget.
 */
import type { TicketFetchErrorKind } from '../types';
import { backoffDelay, parseRetryAfter } from './backoff';
import { createDetailBudget } from './detail-budget';
import { createHttpEnv, defaultLimits, type HttpClientConfig, type HttpEnv, type HttpLimits } from './http-env';
import { createRequestQueue } from './request-queue';

export interface JsonRequest {
  url: string;
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Counts against the per-minute detail budget (every attempt does). */
  detail?: boolean;
}

export type JsonResponse =
  | { ok: true; status: number; data: unknown }
  | { ok: false; kind: TicketFetchErrorKind | 'aborted'; status?: number; data?: unknown };

type Attempt = JsonResponse & { retryAfterMs?: number };

const ACCEPT = { Accept: 'application/json' };
const RETRYABLE = new Set<string>(['rate-limited', 'server', 'network', 'timeout', 'malformed']);
/** 4xx answered as 'server' (400, 410) would fail the same way again. */
const isRetryable = (r: Exclude<Attempt, { ok: true }>): boolean =>
  RETRYABLE.has(r.kind) && !(r.kind === 'server' && (r.status ?? 500) < 500);

export interface Http {
  env: HttpEnv;
  limits: HttpLimits;
  request(req: JsonRequest, signal?: AbortSignal): Promise<JsonResponse>;
}

export function createHttp(config: HttpClientConfig): Http {
  const env = createHttpEnv(config);
  const limits = { ...defaultLimits, ...config.limits };
  const queue = createRequestQueue(limits.maxInFlight, env);
  const budget = createDetailBudget(limits.detailCallsPerMinute, env);

  async function attempt(req: JsonRequest, signal?: AbortSignal): Promise<Attempt> {
    const controller = new AbortController();
    const stopTimer = new AbortController();
    const abort = (): void => controller.abort();
    signal?.addEventListener('abort', abort);
    let timedOut = false;
    void env.sleep(limits.timeoutMs, stopTimer.signal).then(() => {
      if (stopTimer.signal.aborted) return;
      timedOut = true;
      controller.abort();
    });
    try {
      const json = req.body !== undefined;
      const res = await env.fetch(req.url, {
        method: req.method ?? 'GET',
        credentials: 'include',
        headers: json ? { ...ACCEPT, 'Content-Type': 'application/json' } : ACCEPT,
        body: json ? JSON.stringify(req.body) : undefined,
        signal: controller.signal,
      });
      const text = await res.text(); // inside the timeout: a stalled body is a timeout too
      const retryAfterMs = parseRetryAfter(res.headers.get('Retry-After'), env.now());
      if (res.status === 401) return { ok: false, kind: 'signed-out', status: 401 };
      if (res.status === 403) return { ok: false, kind: 'forbidden', status: 403 };
      if (res.status === 404) return { ok: false, kind: 'not-found', status: 404 };
      if (res.status === 429) return withRetryAfter({ ok: false, kind: 'rate-limited', status: 429 }, retryAfterMs);
      // Some Jira 503s carry Retry-After too [J2]; honour it the same way.
      if (res.status >= 500) return withRetryAfter({ ok: false, kind: 'server', status: res.status }, retryAfterMs);
      const data = parseJson(text);
      // Other 4xx (400 bad JQL, 410 removed endpoint) are not worth retrying: 'server' without a retry below.
      if (!res.ok) return { ok: false, kind: 'server', status: res.status, data };
      if (data === undefined) return { ok: false, kind: 'malformed', status: res.status };
      return { ok: true, status: res.status, data };
    } catch {
      if (timedOut) return { ok: false, kind: 'timeout' };
      if (signal?.aborted) return { ok: false, kind: 'aborted' };
      return { ok: false, kind: 'network' };
    } finally {
      stopTimer.abort();
      signal?.removeEventListener('abort', abort);
    }
  }

  async function request(req: JsonRequest, signal?: AbortSignal): Promise<JsonResponse> {
    for (let retry = 0; ; retry++) {
      if (req.detail && !(await budget.take(signal))) return { ok: false, kind: 'aborted' };
      const result = (await queue.run(() => attempt(req, signal), signal)) ?? { ok: false, kind: 'aborted' };
      if (result.ok || !isRetryable(result) || retry >= limits.maxRetries) return strip(result);
      const delay = result.retryAfterMs ?? backoffDelay(retry, env.random, limits.baseBackoffMs, limits.maxBackoffMs);
      // The limit is account-wide: hold every queued request, not only this one.
      if (result.retryAfterMs !== undefined || result.kind === 'rate-limited') queue.holdUntil(env.now() + delay);
      await env.sleep(delay, signal);
      if (signal?.aborted) return { ok: false, kind: 'aborted' };
    }
  }

  return { env, limits, request };
}

function withRetryAfter(result: Attempt, retryAfterMs: number | undefined): Attempt {
  return retryAfterMs === undefined ? result : { ...result, retryAfterMs };
}

function strip(result: Attempt): JsonResponse {
  const { retryAfterMs: _unused, ...rest } = result;
  return rest;
}

/** Re-parsing text (rather than `res.json()`) also strips Firefox's Xray wrapper [W4]. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
