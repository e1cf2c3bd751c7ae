/**
 * The helpdesk imitation: one HTTPS server that answers as Zendesk (`*.zendesk.com`), Jira Cloud (`*.atlassian.net`)
 * and Jira Data Center (`jira.corp.test` under `/jira`), routed by the `Host` header.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selfSignedCert } from './cert';
import { FxClock } from './clock';
import type { FxStore, RouteContext } from './context';
import { Faults, RateLimiter, type FaultRule } from './faults';
import { sendJson, sendText } from './http-util';
import { handleJiraApi, jiraTicketsNamed } from './jira-api';
import { jiraPageModel } from './jira-pages';
import { dataKey, type SeedTicket, type Site } from './model';
import { RequestLog, type LoggedRequest } from './request-log';
import { handleReportApi } from './report-api';
import { generateTickets, seedScenario } from './seed';
import { renderShell } from './shell';
import { handleZendeskApi, zendeskTicketsNamed } from './zendesk-api';
import { zendeskPageModel } from './zendesk-pages';

const CLIENT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'client');

export interface FxServerOptions {
  /** 0 (default): a free port. */
  port?: number;
  /** Late-render delay for rows and anchors, ms (default 300; pages accept `?delay=`). */
  renderDelayMs?: number;
  /** Freeze the imitation's clock at this instant (default: real time). */
  now?: number;
  /** Replace the default scenario. */
  tickets?: SeedTicket[] | ((now: number) => SeedTicket[]);
  /** Jira DC context path (default `/jira`). */
  contextPath?: string;
}

export function siteOf(hostHeader: string | undefined): Site | 'control' | undefined {
  const host = (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase();
  if (host.endsWith('.zendesk.com')) return 'zendesk';
  if (host.endsWith('.atlassian.net')) return 'jira';
  if (host === 'jira.corp.test') return 'jira-dc';
  if (host === '127.0.0.1' || host === 'localhost') return 'control';
  return undefined;
}

export class FxServer {
  readonly clock = new FxClock();
  readonly log = new RequestLog();
  readonly faults = new Faults();
  readonly limiter = new RateLimiter();
  readonly contextPath: string;
  renderDelayMs: number;
  private tickets = new Map<string, SeedTicket>();
  private ordered: SeedTicket[] = [];
  private bulkBySite = new Map<Site, SeedTicket[]>();
  private scenarioFactory: ((now: number) => SeedTicket[]) | null = seedScenario;
  private executeCalls = new Map<string, number[]>();
  private server: Server;
  private sockets = new Set<Socket>();
  private stalled = new Set<ServerResponse>();

  constructor(private readonly options: FxServerOptions = {}) {
    this.contextPath = options.contextPath ?? '/jira';
    this.renderDelayMs = options.renderDelayMs ?? 300;
    if (options.now !== undefined) this.clock.set(options.now);
    if (Array.isArray(options.tickets)) this.seed(options.tickets);
    else {
      if (options.tickets) this.scenarioFactory = options.tickets;
      this.reseed();
    }
    const { key, cert } = selfSignedCert();
    this.server = createServer({ key, cert }, (req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) sendText(res, 500, `imitation error: ${String(error)}`);
        else res.end();
      });
    });
    this.server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  listen(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port ?? 0, '127.0.0.1', () => resolve((this.server.address() as AddressInfo).port));
    });
  }

  close(): Promise<void> {
    for (const r of this.stalled) r.destroy();
    this.stalled.clear();
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      for (const s of this.sockets) s.destroy();
    });
  }

  // ----------------------------------------------------------------------------------------------- data

  /** Replaces the data set (bulk tickets are dropped too). */
  seed(tickets: SeedTicket[]): void {
    this.scenarioFactory = null;
    this.setTickets(tickets);
  }

  /** Regenerates the default scenario (or the factory given at start) relative to the clock's now. */
  reseed(): void {
    this.setTickets((this.scenarioFactory ?? seedScenario)(this.clock.now()));
  }

  get usesScenarioFactory(): boolean {
    return this.scenarioFactory !== null;
  }

  private setTickets(tickets: SeedTicket[]): void {
    this.tickets.clear();
    this.bulkBySite.clear();
    this.ordered = [...tickets];
    for (const t of tickets) this.tickets.set(dataKey(t.site, t.key), t);
  }

  /** Adds tickets (e.g. generated ones for a report) without dropping the others. */
  addTickets(tickets: SeedTicket[]): void {
    for (const t of tickets) {
      if (!this.tickets.has(dataKey(t.site, t.key))) this.ordered.push(t);
      this.tickets.set(dataKey(t.site, t.key), t);
    }
    this.ordered = this.ordered.map((t) => this.tickets.get(dataKey(t.site, t.key)) ?? t);
  }

  allTickets(): SeedTicket[] {
    return [...this.ordered];
  }

  readonly store: FxStore = {
    get: (site, key) => this.tickets.get(dataKey(site, key)),
    list: (site) => this.ordered.filter((t) => t.site === site),
    bulk: (site, count) => {
      const have = this.bulkBySite.get(site) ?? [];
      if (have.length < count) {
        const made = generateTickets({ site, count, seed: 7, now: this.clock.now() });
        const fresh = made.slice(have.length);
        this.bulkBySite.set(site, [...have, ...fresh]);
        this.addTickets(fresh);
      }
      return (this.bulkBySite.get(site) ?? []).slice(0, count);
    },
  };

  // ----------------------------------------------------------------------------------------------- requests

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const site = siteOf(req.headers.host);
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    let path = url.pathname;
    const method = (req.method ?? 'GET').toUpperCase();
    const body = await readBody(req);

    if (site === 'jira-dc') {
      if (path === this.contextPath || path.startsWith(`${this.contextPath}/`)) path = path.slice(this.contextPath.length) || '/';
      else if (!path.startsWith('/__fx/')) {
        sendText(res, 404, 'Not found (Jira Data Center lives under the context path)', 'text/html; charset=utf-8');
        return;
      }
    }

    if (path.startsWith('/__fx/')) {
      if (path === '/__fx/page' && site && site !== 'control') {
        const target = new URL(url.searchParams.get('path') ?? '/', url.origin);
        let targetPath = target.pathname;
        if (site === 'jira-dc' && targetPath.startsWith(this.contextPath)) targetPath = targetPath.slice(this.contextPath.length) || '/';
        this.logRequest(req, site, 'page', targetPath, target.search.slice(1), undefined, this.clock.now());
        const model = this.pageModel(site, targetPath, target.searchParams);
        if (!model) sendJson(res, 404, { kind: 'not-found', title: 'Not found' });
        else sendJson(res, 200, model);
        return;
      }
      this.control(req, res, path, url, method, body);
      return;
    }
    if (!site || site === 'control') {
      sendText(res, 404, `Unknown host ${String(req.headers.host)}: the imitation serves *.zendesk.com, *.atlassian.net and jira.corp.test`);
      return;
    }

    const now = this.clock.now();
    const isApi = site === 'zendesk' ? path.startsWith('/api/') : path.startsWith('/rest/');
    const entry = this.logRequest(req, site, isApi ? 'api' : 'page', path, url.search.slice(1), body, now);
    if (!isApi) {
      const model = this.pageModel(site, path, url.searchParams);
      const theme = url.searchParams.get('theme') === 'dark' ? 'dark' : 'light';
      if (!model) {
        entry.status = 404;
        sendText(res, 404, `<!doctype html><title>Not found</title><h1>Not found</h1><p>${path.replace(/</g, '&lt;')}</p>`, 'text/html; charset=utf-8');
        return;
      }
      entry.status = 200;
      sendText(res, 200, renderShell({
        site, model, renderDelayMs: this.renderDelayMs, theme, lang: url.searchParams.get('lang') ?? 'en', contextPath: this.contextPath,
      }), 'text/html; charset=utf-8');
      return;
    }

    const ctx: RouteContext = {
      req, res, site, method, path, url, query: url.searchParams, body, now, clock: this.clock, store: this.store,
      extraHeaders: {}, executeCalls: this.executeCalls,
    };
    const tickets = site === 'zendesk' ? zendeskTicketsNamed(path, url.searchParams) : jiraTicketsNamed(path, url.searchParams, body);
    res.on('finish', () => (entry.status = res.statusCode));

    // Rate-limit windows run on wall time: Retry-After is real seconds even when the imitation's clock is frozen.
    const wall = Date.now();
    const rate = this.limiter.take(site, wall);
    ctx.extraHeaders =
      site === 'zendesk'
        ? { 'X-Rate-Limit': String(rate.limit), 'X-Rate-Limit-Remaining': String(rate.remaining) }
        : {
            'X-Rate-Limit': String(rate.limit),
            'X-Rate-Limit-Remaining': String(rate.remaining),
            'X-RateLimit-Limit': String(rate.limit),
            'X-RateLimit-Remaining': String(rate.remaining),
          };

    const fault = this.faults.match({ site, method, path, search: url.search.slice(1), tickets });
    if (fault) {
      const f = fault.fault;
      if ('stall' in f) {
        this.stalled.add(res);
        res.on('close', () => this.stalled.delete(res));
        return;
      }
      if ('delayMs' in f) await new Promise((r) => setTimeout(r, f.delayMs));
      else {
        sendFault(res, site, f, wall);
        return;
      }
    }
    if (!rate.allowed) {
      sendFault(res, site, { status: 429, retryAfter: this.limiter.retryAfter ?? Math.max(1, Math.ceil((rate.resetAt - wall) / 1000)) }, wall);
      return;
    }
    if (handleReportApi(ctx)) return; // period searches for lib/report (report-api.ts)
    if (site === 'zendesk') handleZendeskApi(ctx);
    else handleJiraApi(ctx);
  }

  pageModel(site: Site, path: string, query: URLSearchParams): Record<string, unknown> | undefined {
    const model = site === 'zendesk' ? zendeskPageModel(path, query, this.store) : jiraPageModel(site, path, query, this.store);
    return model;
  }

  private logRequest(
    req: IncomingMessage,
    site: Site,
    kind: LoggedRequest['kind'],
    path: string,
    search: string,
    body: unknown,
    now: number,
  ): LoggedRequest {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : String(v ?? '');
    return this.log.add({
      method: (req.method ?? 'GET').toUpperCase(),
      host: (req.headers.host ?? '').replace(/:\d+$/, ''),
      site,
      kind,
      path,
      search,
      query: Object.fromEntries(new URLSearchParams(search)),
      body,
      headers,
      time: now,
      wallTime: Date.now(),
    });
  }

  // ----------------------------------------------------------------------------------------------- /__fx control

  private control(req: IncomingMessage, res: ServerResponse, path: string, url: URL, method: string, body: unknown): void {
    const q = url.searchParams;
    switch (path) {
      case '/__fx/assets/fx-client.js':
        sendText(res, 200, readFileSync(join(CLIENT_DIR, 'fx-client.js'), 'utf8'), 'text/javascript; charset=utf-8');
        return;
      case '/__fx/assets/fx.css':
        sendText(res, 200, readFileSync(join(CLIENT_DIR, 'fx.css'), 'utf8'), 'text/css; charset=utf-8');
        return;
      case '/__fx/clock': {
        if (q.has('reset')) this.clock.reset();
        const nowParam = q.get('now') ?? (isRecord(body) && body.now !== undefined ? String(body.now) : null);
        if (nowParam !== null) {
          const at = /^\d+$/.test(nowParam) ? Number(nowParam) : Date.parse(nowParam);
          if (Number.isNaN(at)) return sendJson(res, 400, { error: `bad now: ${nowParam}` });
          this.clock.set(at, q.get('running') === '1');
          if (q.get('reseed') !== '0' && this.usesScenarioFactory) this.reseed();
        }
        if (q.has('advance')) this.clock.advance(Number(q.get('advance')));
        sendJson(res, 200, { now: this.clock.now(), iso: new Date(this.clock.now()).toISOString(), frozen: this.clock.frozen });
        return;
      }
      case '/__fx/requests':
        if (method === 'DELETE' || q.has('clear')) {
          this.log.clear();
          return sendJson(res, 200, { cleared: true });
        }
        sendJson(res, 200, {
          requests: this.log.list({
            ...(q.get('site') ? { site: q.get('site')! } : {}),
            ...(q.get('kind') ? { kind: q.get('kind') as LoggedRequest['kind'] } : {}),
            ...(q.get('path') ? { pathIncludes: q.get('path')! } : {}),
          }),
        });
        return;
      case '/__fx/faults':
        if (method === 'DELETE' || q.has('clear')) {
          this.faults.clear();
          return sendJson(res, 200, { cleared: true });
        }
        if (method === 'POST' && isRecord(body)) {
          const rule = body as unknown as FaultRule & { pathRegex?: string };
          if (typeof rule.pathRegex === 'string') rule.path = new RegExp(rule.pathRegex);
          return sendJson(res, 200, { id: this.faults.add(rule) });
        }
        if (q.has('remove')) this.faults.remove(Number(q.get('remove')));
        sendJson(res, 200, { faults: this.faults.list().map((f) => ({ ...f, path: f.path instanceof RegExp ? String(f.path) : f.path })) });
        return;
      case '/__fx/ratelimit':
        if (q.has('perMinute')) {
          const n = Number(q.get('perMinute'));
          this.limiter.perMinute = n > 0 ? n : null;
          this.limiter.reset();
        }
        if (q.has('retryAfter')) this.limiter.retryAfter = q.get('retryAfter') === '' ? null : Number(q.get('retryAfter'));
        sendJson(res, 200, { perMinute: this.limiter.perMinute, retryAfter: this.limiter.retryAfter });
        return;
      case '/__fx/tickets':
        sendJson(res, 200, {
          tickets: this.ordered
            .filter((t) => t.scenario !== 'bulk' || q.has('bulk'))
            .map((t) => ({ site: t.site, key: t.key, scenario: t.scenario, expectedLevel: t.expectedLevel ?? null, subject: t.subject })),
        });
        return;
      case '/__fx/reseed':
        this.reseed();
        sendJson(res, 200, { count: this.ordered.length });
        return;
      default:
        void req;
        sendJson(res, 404, { error: `unknown control route ${path}` });
    }
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 5_000_000) chunks.push(c);
    });
    req.on('end', () => {
      if (chunks.length === 0) return resolve(undefined);
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(text);
      }
    });
    req.on('error', reject);
  });
}

const DEFAULT_RETRY = { zendesk: 2, jira: 3, 'jira-dc': 3 } as const;

function sendFault(
  res: ServerResponse,
  site: Site,
  f: Exclude<FaultRule['fault'], { stall: true } | { delayMs: number }>,
  now: number,
): void {
  const zd = site === 'zendesk';
  const jiraErr = (msg: string): { errorMessages: string[]; errors: Record<string, never> } => ({ errorMessages: [msg], errors: {} });
  if ('malformed' in f) {
    sendText(res, 200, zd ? '{"ticket": {"id": 4821, "subject": "trunc' : '{"issues": [{"id": "10040", "key": "SUP-', 'application/json; charset=utf-8');
    return;
  }
  switch (f.status) {
    case 401:
      return zd
        ? sendJson(res, 401, { error: "Couldn't authenticate you" })
        : sendJson(res, 401, jiraErr('You are not authenticated. Authentication required to perform this operation.'));
    case 403:
      return zd
        ? sendJson(res, 403, { error: 'Forbidden', description: 'You do not have access to this page.' })
        : sendJson(res, 403, jiraErr('You do not have permission to see the specified issue.'));
    case 404:
      return zd
        ? sendJson(res, 404, { error: 'RecordNotFound', description: 'Not found' })
        : sendJson(res, 404, jiraErr('Issue does not exist or you do not have permission to see it.'));
    case 500:
      return zd ? sendJson(res, 500, { error: 'InternalError', description: 'Something went wrong' }) : sendJson(res, 500, jiraErr('Internal server error'));
    case 503: {
      const retry = f.retryAfter === undefined ? DEFAULT_RETRY[site] : f.retryAfter;
      return sendText(res, 503, 'Service Unavailable', 'text/plain; charset=utf-8', retry === null ? {} : { 'Retry-After': String(retry) });
    }
    case 429: {
      const retry = f.retryAfter === undefined ? DEFAULT_RETRY[site] : f.retryAfter;
      const headers: Record<string, string> = retry === null ? {} : { 'Retry-After': String(retry) };
      if (zd) {
        return sendText(res, 429, 'Too Many Requests', 'text/plain; charset=utf-8', {
          ...headers, 'X-Rate-Limit': '700', 'X-Rate-Limit-Remaining': '0', 'Cache-Control': 'max-age=1',
        });
      }
      return sendJson(res, 429, jiraErr('Rate limit exceeded.'), {
        ...headers,
        'X-RateLimit-Limit': '100',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': new Date(now + (retry ?? 3) * 1000).toISOString(),
        'RateLimit-Reason': 'reason' in f && f.reason ? f.reason : 'jira-burst-based',
      });
    }
  }
}
