/**
 * The content-script runtime: decorates the page the adapter recognises with live `<sla-badge>`s, follows in-app
 * navigation (`wxt:locationchange`), and removes everything when the extension context goes away.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BadgePlacement, HelpdeskAdapter, PageInfo, TicketClient } from '../adapters/types';
// Direct module imports, not '../sla/index': the index re-exports parsePolicy, whose zod schema has module-level
// side effects that the bundler must keep, which alone would blow the 25 KB content-script budget.
import { evaluateTicket } from '../sla/evaluate-ticket';
import { readActivePolicy, watchActivePolicy } from '../store/active-policy';
import { detectTheme } from './detect-theme';
import { overlayMessages } from './messages';
import { createPageSession, type PageSession } from './page-session';
import { reconcile } from './reconcile';
import { createBadge, type BadgeController } from './sla-badge';
import { createTicker } from './ticker';
import { createTicketStore, type EvaluatedTicket, type TicketStore, type TicketStoreOptions } from './ticket-store';

export interface RunOverlayOptions {
  /** Every evaluation from fetched data or a policy change (the tracking issue stores these). */
  onEvaluated?(tickets: EvaluatedTicket[]): void;
  /** Firefox content scripts pass `content.fetch`, which runs as the page (research §0.7). */
  fetch?: typeof fetch;
  /** Test seams; production uses the engine and an IntersectionObserver. */
  evaluate?: TicketStoreOptions['evaluate'];
  createVisibility?: TicketStoreOptions['createVisibility'];
}

export interface OverlayHandle {
  /** Counts for tests and leak checks. */
  stats(): ReturnType<TicketStore['stats']> & { mounted: number; observing: number; page: PageInfo | undefined };
  stop(): void;
}

function samePage(a: PageInfo, b: PageInfo): boolean {
  return a.helpdesk === b.helpdesk && a.kind === b.kind && a.apiBase === b.apiBase && a.flavor === b.flavor;
}

export function runOverlay(
  ctx: Pick<ContentScriptContext, 'addEventListener' | 'onInvalidated'>,
  adapter: HelpdeskAdapter,
  options: RunOverlayOptions = {},
): OverlayHandle {
  const doc = document;
  const prefix = `[sla:${adapter.id}]`;
  const log = (message: string) => console.warn(prefix, message);
  const messages = overlayMessages(navigator.language);
  const language = navigator.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  const registry = new Map<Element, BadgeController>();
  const life = new AbortController();
  let session: PageSession | undefined;
  let theme = detectTheme(doc);
  // One client per site for the whole tab, so its cache and its 30-per-minute history budget (OVERLAY.md: "per
  // tab") survive in-app navigation; each page still aborts its own requests through its session's signal.
  const clients = new Map<string, TicketClient>();
  const clientFor = (page: PageInfo): TicketClient => {
    const id = `${page.apiBase}|${page.flavor}`;
    let client = clients.get(id);
    if (!client) clients.set(id, (client = adapter.createClient({ page, fetch: options.fetch })));
    return client;
  };

  const ticker = createTicker({ doc, onTick: (now) => store.tick(now), signal: life.signal });
  const store: TicketStore = createTicketStore({
    clock: ticker.now,
    // The explanation follows the browser's language, like the badge's own strings (PRODUCT.md).
    evaluate: options.evaluate ?? ((policy, facts, now) => evaluateTicket(policy, facts, now, { language })),
    onHidden: () => session?.scheduleScan(),
    demand: (cadence) => ticker.demand(cadence),
    onEvaluated: options.onEvaluated,
    createVisibility: options.createVisibility,
  });
  const hooks = {
    create: (p: BadgePlacement) => createBadge(doc, { helpdesk: adapter.id, key: p.key, messages, theme }),
    attached: (badge: BadgeController, p: BadgePlacement) => store.attach(badge, p.kind),
    detached: (badge: BadgeController) => store.detach(badge),
    hidden: (key: string) => store.isHidden(key),
  };
  const onPlacements = (placements: BadgePlacement[]) => {
    const nextTheme = detectTheme(doc);
    if (nextTheme !== theme) {
      theme = nextTheme;
      for (const badge of registry.values()) badge.setTheme(theme);
    }
    reconcile(placements, registry, hooks);
  };

  // WXT fires `wxt:locationchange` from the Navigation API's `navigate` event, before `location` is updated, so
  // the event's own URL is the one to route by.
  const route = (url: URL = new URL(location.href)) => {
    if (life.signal.aborted) return;
    const page = adapter.detectPage(url, doc);
    if (page && session && samePage(page, session.page)) return session.setPage(page);
    session?.dispose();
    session = undefined;
    if (!page) {
      store.setClient(null);
      reconcile([], registry, hooks);
      return;
    }
    const next = createPageSession({ doc, adapter, page, onPlacements, log });
    session = next;
    store.setClient(clientFor(page), next.signal);
  };

  const stop = () => {
    if (life.signal.aborted) return;
    life.abort();
    session?.dispose();
    session = undefined;
    reconcile([], registry, hooks);
    store.dispose();
    unwatch();
  };

  // A change seen by the watcher is newer than the first read, which may still be in flight (Chromium's first
  // storage.managed read of a session takes seconds): the first read must not overwrite it.
  let changed = false;
  const unwatch = watchActivePolicy((active) => {
    changed = true;
    store.setPolicy(active.policy);
  });
  readActivePolicy().then(
    (active) => life.signal.aborted || changed || store.setPolicy(active.policy),
    (error: unknown) => log(`could not read the SLA policy: ${String(error)}`),
  );
  ctx.addEventListener(window, 'wxt:locationchange', (event) => route(event.newUrl));
  ctx.onInvalidated(stop);
  route();

  const handle: OverlayHandle = {
    stats: () => ({ ...store.stats(), mounted: registry.size, observing: session?.observing() ?? 0, page: session?.page }),
    stop,
  };
  // For the leak checks of the e2e suite, which read it through CDP in the content script's isolated world; the
  // page itself cannot see this global.
  (globalThis as { __slaOverlay?: Record<string, OverlayHandle> }).__slaOverlay = { [adapter.id]: handle };
  return handle;
}

/**
 * Firefox content scripts get `content.fetch`, which sends requests as the page (same origin, relative URLs work,
 * plain JSON back). Chrome has no such global; its content-script fetch already acts as the page.
 */
export function pageFetch(): typeof fetch | undefined {
  const content = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return typeof content?.fetch === 'function' ? content.fetch.bind(content) : undefined;
}
