/**
 * The page's one clock. Ticks every second while any visible badge shows seconds or is within an hour of breach,
 * else every minute, and not at all while the tab is hidden (OVERLAY.md "Time and updates"). Only this module reads
 * `Date.now()`; everything else takes `now` from it.
 */
export type Cadence = 'second' | 'minute';

export interface Ticker {
  now(): number;
  /** Asks for at least this cadence until the next tick decides again (new data may need seconds at once). */
  demand(cadence: Cadence): void;
  stop(): void;
}

export const CADENCE_MS: Record<Cadence, number> = { second: 1000, minute: 60_000 };

export function createTicker(options: {
  doc: Document;
  /** Runs one tick; returns the cadence the visible badges need next. */
  onTick(now: number): Cadence;
  signal?: AbortSignal;
}): Ticker {
  const { doc, onTick } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cadence: Cadence = 'minute';
  let stopped = false;

  const schedule = (next: Cadence) => {
    clearTimeout(timer);
    timer = undefined;
    cadence = next;
    if (stopped || doc.hidden) return;
    timer = setTimeout(tick, CADENCE_MS[next]);
  };
  const tick = () => {
    timer = undefined;
    if (stopped || doc.hidden) return;
    schedule(onTick(Date.now()));
  };
  const onVisibility = () => {
    if (doc.hidden) schedule(cadence);
    else tick();
  };
  doc.addEventListener('visibilitychange', onVisibility, { signal: options.signal });
  options.signal?.addEventListener('abort', () => ticker.stop(), { once: true });

  const ticker: Ticker = {
    now: () => Date.now(),
    demand(next) {
      if (stopped) return;
      if (timer === undefined || (next === 'second' && cadence === 'minute')) schedule(next);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
  schedule('minute');
  return ticker;
}
