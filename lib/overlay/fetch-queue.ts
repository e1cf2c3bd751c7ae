/**
 * Turns "this key needs data" into few requests: list keys are debounced into one `fetchBatch` (the client chunks
 * by 100), and detail requests run at most two at a time (the client also enforces its 30/min budget). Requests
 * of a previous page are aborted with it; their keys are asked for again if still on screen.
 */
import type { TicketClient, TicketResult } from '../adapters/types';

export interface FetchQueueSink {
  /** Results for keys, as the client gave them (a key the batch left out is reported as not found). */
  deliver(results: Map<string, TicketResult>): void;
  /** Whether a queued detail key still deserves its request when its turn comes. */
  stillWanted(key: string): boolean;
  /** Keys whose request was dropped (page change) before an answer came. */
  dropped(keys: string[]): void;
}

const BATCH_DELAY_MS = 30;
const DETAIL_CONCURRENCY = 2;

export function createFetchQueue(sink: FetchQueueSink) {
  let client: TicketClient | null = null;
  let signal: AbortSignal | undefined;
  const batch = new Set<string>();
  const detail = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight = 0;

  const failed = (keys: string[], error: unknown): Map<string, TicketResult> => {
    const message = error instanceof Error ? error.message : String(error);
    return new Map(keys.map((k) => [k, { ok: false, error: { kind: 'network', message } }]));
  };

  /** Runs a request and hands its answer over, unless the page that asked is gone. */
  const settle = (keys: string[], asked: AbortSignal | undefined, work: Promise<Map<string, TicketResult>>) =>
    work.then(
      (results) => (asked?.aborted ? sink.dropped(keys) : sink.deliver(results)),
      (error: unknown) => (asked?.aborted ? sink.dropped(keys) : sink.deliver(failed(keys, error))),
    );

  const flush = () => {
    timer = undefined;
    if (!client || batch.size === 0) return;
    const keys = [...batch];
    batch.clear();
    const work = client.fetchBatch(keys, signal).then((map) => {
      const all = new Map(map);
      for (const key of keys) {
        if (!all.has(key)) all.set(key, { ok: false, error: { kind: 'not-found', message: 'Not found' } });
      }
      return all;
    });
    void settle(keys, signal, work);
  };

  const flushSoon = () => {
    if (timer === undefined && batch.size > 0 && client) timer = setTimeout(flush, BATCH_DELAY_MS);
  };

  const pump = () => {
    while (client && inflight < DETAIL_CONCURRENCY && detail.size > 0) {
      const key = detail.values().next().value as string;
      detail.delete(key);
      if (!sink.stillWanted(key)) continue;
      inflight++;
      const work = client.fetchDetail(key, signal).then((r) => new Map([[key, r]]));
      void settle([key], signal, work).finally(() => {
        inflight--;
        pump();
      });
    }
  };

  return {
    setClient(next: TicketClient | null, nextSignal?: AbortSignal) {
      client = next;
      signal = nextSignal;
      flushSoon();
      pump();
    },
    add(key: string, kind: 'batch' | 'detail') {
      if (kind === 'batch') {
        batch.add(key);
        flushSoon();
      } else {
        detail.add(key);
        pump();
      }
    },
    dispose() {
      clearTimeout(timer);
      batch.clear();
      detail.clear();
      client = null;
    },
  };
}
