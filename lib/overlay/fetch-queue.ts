/**
 * Turns "this key needs data" into few requests: new list keys are debounced into one `fetchBatch` (the client
 * chunks by 100), and detail requests run at most two at a time (the client also enforces its 30/min budget).
 * Requests from a previous page are aborted with it; their keys are asked for again if still on screen.
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

export class FetchQueue {
  private client: TicketClient | null = null;
  private signal: AbortSignal | undefined;
  private readonly batch = new Set<string>();
  private readonly detail = new Set<string>();
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  private inflight = 0;

  constructor(private readonly sink: FetchQueueSink) {}

  setClient(client: TicketClient | null, signal?: AbortSignal): void {
    this.client = client;
    this.signal = signal;
    this.flushSoon();
    this.pump();
  }

  queueBatch(key: string): void {
    this.batch.add(key);
    this.flushSoon();
  }

  queueDetail(key: string): void {
    this.detail.add(key);
    this.pump();
  }

  /** Keys queued or in flight. */
  isQueued(key: string): boolean {
    return this.batch.has(key) || this.detail.has(key);
  }

  dispose(): void {
    clearTimeout(this.batchTimer);
    this.batch.clear();
    this.detail.clear();
    this.client = null;
  }

  private flushSoon(): void {
    if (this.batchTimer !== undefined || this.batch.size === 0 || !this.client) return;
    this.batchTimer = setTimeout(() => this.flush(), BATCH_DELAY_MS);
  }

  private flush(): void {
    this.batchTimer = undefined;
    const client = this.client;
    if (!client || this.batch.size === 0) return;
    const keys = [...this.batch];
    this.batch.clear();
    const signal = this.signal;
    client.fetchBatch(keys, signal).then(
      (map) => {
        if (signal?.aborted) return this.sink.dropped(keys);
        const all = new Map(map);
        for (const key of keys) {
          if (!all.has(key)) all.set(key, { ok: false, error: { kind: 'not-found', message: 'Not found' } });
        }
        this.sink.deliver(all);
      },
      (error: unknown) => {
        if (signal?.aborted) return this.sink.dropped(keys);
        const message = error instanceof Error ? error.message : String(error);
        this.sink.deliver(new Map(keys.map((k) => [k, { ok: false, error: { kind: 'network', message } }])));
      },
    );
  }

  private pump(): void {
    const client = this.client;
    while (client && this.inflight < DETAIL_CONCURRENCY && this.detail.size > 0) {
      const key = this.detail.values().next().value as string;
      this.detail.delete(key);
      if (!this.sink.stillWanted(key)) continue;
      this.inflight++;
      const signal = this.signal;
      client
        .fetchDetail(key, signal)
        .then(
          (result) => (signal?.aborted ? this.sink.dropped([key]) : this.sink.deliver(new Map([[key, result]]))),
          (error: unknown) => {
            if (signal?.aborted) return this.sink.dropped([key]);
            const message = error instanceof Error ? error.message : String(error);
            this.sink.deliver(new Map([[key, { ok: false, error: { kind: 'network', message } }]]));
          },
        )
        .finally(() => {
          this.inflight--;
          this.pump();
        });
    }
  }
}
