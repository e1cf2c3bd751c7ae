/**
 * One decorated page: finds its observed roots, watches them with scoped MutationObservers and reconciles badges
 * after each burst of changes (next animation frame, so badges land in the same frame as the rows: the 150 ms
 * budget).
 *
 * Outside the roots, a childList-only observer on the body re-scans when nodes come or go *outside* every root:
 * a replaced root, or content the adapter could not name yet (a Jira board that renders after its side panel,
 * when the roots were only the panel). Its callback is a containment check per record, and records inside the
 * roots (the busy part) are left to the root observer.
 */
import type { BadgePlacement, HelpdeskAdapter, PageInfo } from '../adapters/types';
import { BADGE_TAG } from './sla-badge';

// Zendesk switches ticket tabs by attributes alone (research §4): re-scan when they flip.
// Recycled rows may change only their identifying attributes (Zendesk's aria-describedby, a link's href).
const PANE_ATTRIBUTES = ['data-is-active', 'data-selected', 'aria-selected', 'aria-describedby', 'href', 'data-issue-key'];
const FALLBACK_DELAY_MS = 100;

export interface PageSession {
  readonly page: PageInfo;
  readonly signal: AbortSignal;
  setPage(page: PageInfo): void;
  scheduleScan(): void;
  /** How many nodes the session's observers watch (leak checks). */
  observing(): number;
  dispose(): void;
}

/** Only our own badge insertions/removals: nothing for the page to re-scan. */
function isOwnMutation(records: MutationRecord[]): boolean {
  for (const r of records) {
    if (r.type !== 'childList') return false;
    for (const n of r.addedNodes) if (n.nodeName.toLowerCase() !== BADGE_TAG) return false;
    for (const n of r.removedNodes) if (n.nodeName.toLowerCase() !== BADGE_TAG) return false;
  }
  return true;
}

export function createPageSession(options: {
  doc: Document;
  adapter: HelpdeskAdapter;
  page: PageInfo;
  onPlacements(placements: BadgePlacement[], page: PageInfo): void;
  log(message: string): void;
}): PageSession {
  const { doc, adapter, onPlacements, log } = options;
  const win = doc.defaultView ?? window;
  const controller = new AbortController();
  let page = options.page;
  let roots: Element[] | undefined;
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  let observed = 0;

  const onRecords = (records: MutationRecord[]) => {
    if (!isOwnMutation(records)) scheduleScan();
  };
  const rootObserver = new MutationObserver(onRecords);
  const frameObserver = new MutationObserver((records) => {
    for (const r of records) {
      if (roots?.some((root) => root.contains(r.target))) continue;
      if (!isOwnMutation([r])) return scheduleScan();
    }
  });
  frameObserver.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

  const watch = (next: Element[]) => {
    rootObserver.disconnect();
    roots = next;
    for (const root of next) {
      rootObserver.observe(root, { childList: true, subtree: true, attributeFilter: PANE_ATTRIBUTES });
    }
    observed = next.length + 1;
  };

  const scan = () => {
    cancel();
    if (controller.signal.aborted) return;
    try {
      const next = adapter.observedRoots(doc, page);
      if (!roots || next.length !== roots.length || next.some((r, i) => r !== roots?.[i])) watch(next);
      const placements = adapter.findPlacements(doc, page);
      if (placements.length === 0 && next.length > 0 && !warned) {
        warned = true;
        log(`no badge placements found on this ${page.kind} page yet`);
      }
      onPlacements(placements, page);
    } catch (error) {
      log(`scan failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  function cancel(): void {
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = timer = undefined;
  }

  function scheduleScan(): void {
    if (timer !== undefined || controller.signal.aborted) return;
    // rAF runs before the next paint; the timer covers hidden tabs, where rAF never fires.
    frame = win.requestAnimationFrame(scan);
    timer = setTimeout(scan, FALLBACK_DELAY_MS);
  }

  scan();
  return {
    get page() {
      return page;
    },
    signal: controller.signal,
    setPage(next) {
      page = next;
      scheduleScan();
    },
    scheduleScan,
    observing: () => observed,
    dispose() {
      observed = 0;
      cancel();
      controller.abort();
      rootObserver.disconnect();
      frameObserver.disconnect();
      roots = undefined;
    },
  };
}
