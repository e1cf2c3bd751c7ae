/**
 * The helpdesk imitation for end-to-end tests and the demo.
 *
 *   const hd = await startHelpdesk();
 *   // browser: --host-resolver-rules=${hd.hostResolverRules}, then open hd.zendesk('/agent/filters/360001')
 *   hd.control.setFault({ site: 'zendesk', path: 'show_many', fault: { status: 429, retryAfter: 2 }, times: 1 });
 *   hd.control.requests({ site: 'zendesk', kind: 'api' });
 *   await hd.close();
 */
import { request } from 'node:https';
import type { FaultRule } from './faults';
import type { SeedTicket, Site } from './model';
import type { LoggedRequest } from './request-log';
import { generateTickets, seedScenario, type GenerateOptions } from './seed';
import { FxServer, type FxServerOptions } from './server';

export type { FaultKind, FaultRule } from './faults';
export type { FxNativeDetail, FxOrganization, FxPerson, SeedTicket, Site } from './model';
export type { LoggedRequest } from './request-log';
export { buildTicket, DAY, generateTickets, HOUR, MIN, seedScenario, type GenerateOptions, type TicketSpec } from './seed';

export const ZENDESK_HOST = 'acme.zendesk.com';
export const JIRA_HOST = 'acme.atlassian.net';
export const JIRA_DC_HOST = 'jira.corp.test';

export interface HelpdeskControl {
  /** The imitation's clock (epoch ms). */
  now(): number;
  /** Freeze the clock at `at` (or let it run from there). Regenerates the default scenario relative to it unless `reseed: false` or `seed()` replaced the data. */
  setNow(at: number | Date | string, opts?: { running?: boolean; reseed?: boolean }): void;
  advance(ms: number): void;
  /** Back to real time (data is not regenerated). */
  resetClock(): void;
  /** Replace the whole data set. */
  seed(tickets: SeedTicket[]): void;
  /** Add tickets (kept with the others), e.g. `generateTickets({ site: 'zendesk', count: 5000, now })`. */
  addTickets(tickets: SeedTicket[]): void;
  /** Regenerate the default scenario relative to the clock. */
  reseed(): void;
  /** Every ticket in the data set (scenario + generated). */
  tickets(site?: Site): SeedTicket[];
  /** The scenario ticket for e.g. `'p1-warning'`. */
  ticket(site: Site, scenario: string): SeedTicket;
  /** Add a fault rule; returns its id. */
  setFault(rule: FaultRule): number;
  removeFault(id: number): void;
  clearFaults(): void;
  /** Shortcut: every API answers 401 (expired session) until called with false. */
  setSessionExpired(expired: boolean): void;
  /** A realistic per-minute API limit per site (null: off). Over it: 429 with Retry-After. */
  /** Over the limit: 429 with Retry-After = `retryAfterSeconds`, or (default) the seconds until the minute window resets. */
  setRateLimit(perMinute: number | null, retryAfterSeconds?: number | null): void;
  /** Late-render delay of pages (ms). */
  setRenderDelay(ms: number): void;
  requests(filter?: { site?: string; kind?: LoggedRequest['kind']; pathIncludes?: string; since?: number }): LoggedRequest[];
  /** The `seq` of the newest logged request (pass as `since` to see only later ones). */
  lastRequestSeq(): number;
  clearRequests(): void;
}

export interface Helpdesk {
  port: number;
  /** For Chromium's `--host-resolver-rules`. */
  hostResolverRules: string;
  zendeskOrigin: string;
  jiraOrigin: string;
  /** Jira DC base URL including the context path: `https://jira.corp.test/jira`. */
  jiraDcBase: string;
  zendesk(path?: string): string;
  jira(path?: string): string;
  jiraDc(path?: string): string;
  control: HelpdeskControl;
  /** HTTPS request from Node to a virtual host (for API smoke tests without a browser). */
  fetch(host: string, path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<FxResponse>;
  close(): Promise<void>;
  /** The underlying server (escape hatch). */
  server: FxServer;
}

export interface FxResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  json<T = unknown>(): T;
}

export async function startHelpdesk(options: FxServerOptions = {}): Promise<Helpdesk> {
  const server = new FxServer(options);
  const port = await server.listen();
  const hosts = [`*.zendesk.com`, `*.atlassian.net`, JIRA_DC_HOST];
  const hostResolverRules = hosts.map((h) => `MAP ${h}:443 127.0.0.1:${port}`).join(', ');
  let sessionFault: number | undefined;
  const control: HelpdeskControl = {
    now: () => server.clock.now(),
    setNow(at, opts) {
      const ms = typeof at === 'number' ? at : new Date(at).getTime();
      server.clock.set(ms, opts?.running ?? false);
      if (opts?.reseed !== false && server.usesScenarioFactory) server.reseed();
    },
    advance: (ms) => server.clock.advance(ms),
    resetClock: () => server.clock.reset(),
    seed: (tickets) => server.seed(tickets),
    addTickets: (tickets) => server.addTickets(tickets),
    reseed: () => server.reseed(),
    tickets: (site) => server.allTickets().filter((t) => site === undefined || t.site === site),
    ticket(site, scenario) {
      const t = server.allTickets().find((x) => x.site === site && x.scenario === scenario);
      if (!t) throw new Error(`No ${site} ticket with scenario "${scenario}"`);
      return t;
    },
    setFault: (rule) => server.faults.add(rule),
    removeFault: (id) => server.faults.remove(id),
    clearFaults: () => server.faults.clear(),
    setSessionExpired(expired) {
      if (sessionFault !== undefined) server.faults.remove(sessionFault);
      sessionFault = expired ? server.faults.add({ fault: { status: 401 } }) : undefined;
    },
    setRateLimit(perMinute, retryAfterSeconds) {
      server.limiter.perMinute = perMinute;
      if (retryAfterSeconds !== undefined) server.limiter.retryAfter = retryAfterSeconds;
      server.limiter.reset();
    },
    setRenderDelay: (ms) => (server.renderDelayMs = ms),
    requests: (filter) => server.log.list(filter),
    lastRequestSeq: () => server.log.lastSeq,
    clearRequests: () => server.log.clear(),
  };
  const zendeskOrigin = `https://${ZENDESK_HOST}`;
  const jiraOrigin = `https://${JIRA_HOST}`;
  const jiraDcBase = `https://${JIRA_DC_HOST}${server.contextPath}`;
  return {
    port,
    hostResolverRules,
    zendeskOrigin,
    jiraOrigin,
    jiraDcBase,
    zendesk: (path = '/agent/filters/360001') => `${zendeskOrigin}${path}`,
    jira: (path = '/jira/software/projects/SUP/boards/1') => `${jiraOrigin}${path}`,
    jiraDc: (path = '/browse/OPS-7') => `${jiraDcBase}${path}`,
    control,
    fetch: (host, path, init) => nodeFetch(port, host, path, init),
    close: () => server.close(),
    server,
  };
}

function nodeFetch(
  port: number,
  host: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<FxResponse> {
  return new Promise((resolve, reject) => {
    const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: init.method ?? (body ? 'POST' : 'GET'),
        ...(/^[\d.]+$/.test(host) ? {} : { servername: host }),
        rejectUnauthorized: false,
        headers: {
          Host: host,
          Accept: 'application/json',
          ...(body ? { 'Content-Type': 'application/json' } : {}),
          ...init.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : String(v ?? '');
          resolve({ status: res.statusCode ?? 0, headers, text, json: <T>() => JSON.parse(text) as T });
        });
      },
    );
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`timeout: ${host}${path}`)));
    if (body) req.write(body);
    req.end();
  });
}

/** The default scenario and the generator, re-exported for tests that compute expectations. */
export const scenario = { seedScenario, generateTickets } satisfies Record<string, unknown>;
export type { GenerateOptions as BulkOptions };
