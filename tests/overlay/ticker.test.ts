import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTicker, type Cadence } from '../../lib/overlay/ticker';

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  setHidden(false);
  vi.useRealTimers();
});

describe('ticker', () => {
  it('ticks once a minute while nothing needs seconds', () => {
    const onTick = vi.fn((): Cadence => 'minute');
    const ticker = createTicker({ doc: document, onTick });
    vi.advanceTimersByTime(59_999);
    expect(onTick).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onTick).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(120_000);
    expect(onTick).toHaveBeenCalledTimes(3);
    ticker.stop();
  });

  it('ticks every second while a badge needs seconds, then slows down again', () => {
    let need: Cadence = 'second';
    const onTick = vi.fn(() => need);
    const ticker = createTicker({ doc: document, onTick });
    ticker.demand('second');
    vi.advanceTimersByTime(5_000);
    expect(onTick).toHaveBeenCalledTimes(5);
    need = 'minute';
    vi.advanceTimersByTime(1_000);
    expect(onTick).toHaveBeenCalledTimes(6);
    vi.advanceTimersByTime(30_000);
    expect(onTick).toHaveBeenCalledTimes(6);
    ticker.stop();
  });

  it('pauses while the tab is hidden and ticks at once when it comes back', () => {
    const onTick = vi.fn((): Cadence => 'second');
    const ticker = createTicker({ doc: document, onTick });
    ticker.demand('second');
    vi.advanceTimersByTime(2_000);
    expect(onTick).toHaveBeenCalledTimes(2);
    setHidden(true);
    vi.advanceTimersByTime(600_000);
    expect(onTick).toHaveBeenCalledTimes(2);
    setHidden(false);
    expect(onTick).toHaveBeenCalledTimes(3);
    ticker.stop();
  });

  it('passes the clock to each tick and stops for good', () => {
    vi.setSystemTime(Date.UTC(2026, 0, 5, 9));
    const seen: number[] = [];
    const ticker = createTicker({ doc: document, onTick: (now) => (seen.push(now), 'second') });
    ticker.demand('second');
    vi.advanceTimersByTime(1_000);
    expect(seen).toEqual([Date.UTC(2026, 0, 5, 9) + 1_000]);
    ticker.stop();
    vi.advanceTimersByTime(10_000);
    expect(seen).toHaveLength(1);
  });
});
