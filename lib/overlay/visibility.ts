/**
 * Which badges are in the viewport. Detail history is fetched and ticks are spent only on those (OVERLAY.md
 * "Budget"), so a 500-row list costs what a screenful costs.
 */
export type VisibilityCallback = (el: Element, visible: boolean) => void;

export interface VisibilityWatcher {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}

export function createVisibilityWatcher(onChange: VisibilityCallback): VisibilityWatcher {
  if (typeof IntersectionObserver !== 'function') {
    // No observer (old engines, some test DOMs): treat every badge as visible rather than never fetching.
    return { observe: (el) => onChange(el, true), unobserve: () => {}, disconnect: () => {} };
  }
  const io = new IntersectionObserver((entries) => {
    for (const entry of entries) onChange(entry.target, entry.isIntersecting);
  });
  return {
    observe: (el) => io.observe(el),
    unobserve: (el) => io.unobserve(el),
    disconnect: () => io.disconnect(),
  };
}
