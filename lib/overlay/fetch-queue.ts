/**
 * Turns "this key needs data" into few requests: list keys are debounced into one `fetchBatch` (the client chunks
 * by 100), and detail requests run at most two at a time (the client also enforces its 30/min budget). Requests
 * of a previous page are aborted with it; their keys are asked for again if still on screen.
 */
import type { TicketClient, TicketResult } from '../adapters/types';

export interface FetchQueueSink {
  /** Results for keys, as the client gave them. */
  deliver(results: Map<string, TicketResult>): void;
  /**
   * Whether a queued detail key still deserves its request when its turn comes. A `probe` asks about a key the
   * batch left out: its answer decides whether the badge stays at all.
   */
  stillWanted(key: string, probe: boolean): boolean;
  /** Keys whose request was dropped (page change) before an answer came. */
  dropped(keys: string[]): void;
}

const BATCH_DELAY_MS = 30;
const DETAIL_CONCURRENCY = 2;
/**
 * Detail calls start once the agent has stayed this long on a page. The 30 history calls a minute are shared by the
 * tab, and a call already sent costs the account's API limit even when its page is left a moment later: flicking
 * through tickets must not spend the minute's calls on pages nobody read.
 */
export const DETAIL_DWELL_MS = 250;

export function createFetchQueue(sink: FetchQueueSink) {
  let client: TicketClient | null = null;
  let signal: AbortSignal | undefined;
  const batch = new Set<string>();
  /** Detail keys in request order, each marked whether it is a probe. */
  const detail = new Map<string, boolean>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dwell: ReturnType<typeof setTimeout> | undefined;
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
    const work = client.fetchBatch(keys, signal).then((found) => {
      // Keys the batch left out ask their own endpoint (403: an error badge, 404: none) through the detail queue:
      // its answer may wait for the history budget, and must not hold back the rows the batch found.
      for (const key of keys) if (!found.has(key)) detail.set(key, true);
      pump();
      return found;
    });
    void settle(keys, signal, work);
  };

  const flushSoon = () => {
    if (timer === undefined && batch.size > 0 && client) timer = setTimeout(flush, BATCH_DELAY_MS);
  };

  const pump = () => {
    while (client && dwell === undefined && inflight < DETAIL_CONCURRENCY && detail.size > 0) {
      const [key, probe] = detail.entries().next().value as [string, boolean];
      detail.delete(key);
      if (!sink.stillWanted(key, probe)) continue;
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
      clearTimeout(dwell);
      dwell = setTimeout(() => {
        dwell = undefined;
        pump();
      }, DETAIL_DWELL_MS);
      flushSoon();
    },
    add(key: string, kind: 'batch' | 'detail') {
      if (kind === 'batch') {
        batch.add(key);
        flushSoon();
      } else {
        detail.set(key, detail.get(key) ?? false);
        pump();
      }
    },
    dispose() {
      clearTimeout(timer);
      clearTimeout(dwell);
      batch.clear();
      detail.clear();
      client = null;
    },
  };
}
