import { useEffect, useState } from 'react';

/**
 * The pages' single clock: the current instant, refreshed every `intervalMs`. Everything else takes `now` as an
 * argument (ARCHITECTURE.md, "One clock").
 */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
