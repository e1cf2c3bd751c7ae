/**
 * A fake clock (now + sleep) and a scripted fetch, so the clients' timing rules can be checked without waiting.
 */
export interface FakeClock {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Moves time forward, firing due sleeps in order and letting promises settle between them. */
  advance: (ms: number) => Promise<void>;
}

export const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

export function createFakeClock(start: number): FakeClock {
  let t = start;
  let seq = 0;
  const timers: { at: number; seq: number; resolve: () => void }[] = [];
  return {
    now: () => t,
    sleep(ms, signal) {
      return new Promise((resolve) => {
        if (signal?.aborted) return resolve();
        const timer = { at: t + Math.max(0, ms), seq: seq++, resolve };
        timers.push(timer);
        signal?.addEventListener('abort', () => {
          const i = timers.indexOf(timer);
          if (i >= 0) timers.splice(i, 1);
          resolve();
        });
      });
    },
    async advance(ms) {
      const end = t + ms;
      for (;;) {
        await flush();
        timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
        const next = timers[0];
        if (!next || next.at > end) break;
        timers.shift();
        t = next.at;
        next.resolve();
      }
      t = end;
      await flush();
    },
  };
}

export interface FakeCall {
  url: URL;
  method: string;
  body: unknown;
  at: number;
  credentials: RequestCredentials | undefined;
}

export type FakeReply = { status?: number; json?: unknown; text?: string; headers?: Record<string, string> } | 'hang' | 'network';

export function fakeResponse(reply: Exclude<FakeReply, 'hang' | 'network'>): Response {
  const status = reply.status ?? 200;
  const headers = Object.fromEntries(Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const text = reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
    text: async () => text,
  } as unknown as Response;
}

/** A fetch answering from `route`; records every call and the peak number of calls in flight. */
export function createFakeFetch(clock: FakeClock, route: (call: FakeCall) => FakeReply | Promise<FakeReply>) {
  const calls: FakeCall[] = [];
  let inFlight = 0;
  let peak = 0;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const call: FakeCall = {
      url: new URL(String(input)),
      method: init?.method ?? 'GET',
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      at: clock.now(),
      credentials: init?.credentials,
    };
    calls.push(call);
    inFlight++;
    peak = Math.max(peak, inFlight);
    try {
      const reply = await route(call);
      // A real fetch rejects once its signal aborts, whatever the server does.
      if (init?.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      if (reply === 'network') throw new TypeError('Failed to fetch');
      if (reply === 'hang') {
        return await new Promise<Response>((_, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        });
      }
      return fakeResponse(reply);
    } finally {
      inFlight--;
    }
  };
  return { fetch: fetch as typeof globalThis.fetch, calls, peak: () => peak };
}
