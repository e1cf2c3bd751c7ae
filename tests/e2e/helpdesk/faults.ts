/**
 * Fault injection. A rule matches requests by site, method, path and/or ticket key, and replaces the normal answer.
 * Rules apply to API routes only (pages keep working), newest rule first.
 */
import type { Site } from './model';

export type FaultKind =
  | { status: 401 | 403 | 404 | 500 }
  /** 429. `retryAfter` seconds (null: no Retry-After header). Jira adds `X-RateLimit-Reset` and `RateLimit-Reason`. */
  | { status: 429; retryAfter?: number | null; reason?: string }
  | { status: 503; retryAfter?: number | null }
  /** 200 with a body that is not JSON. */
  | { malformed: true }
  /** Never answer (the socket stays open until the server closes). */
  | { stall: true }
  /** Answer normally after `delayMs`. */
  | { delayMs: number };

export interface FaultRule {
  site?: Site;
  method?: string;
  /** Substring of the path, or a RegExp tested against `path?query`. */
  path?: string | RegExp;
  /** A ticket id / issue key: matches single-ticket routes naming it and batch calls that include it. */
  ticket?: string;
  fault: FaultKind;
  /** Apply to this many matching requests, then expire (default: forever). */
  times?: number;
}

export interface ActiveFault extends FaultRule {
  id: number;
  hits: number;
}

export interface RequestFacts {
  site: Site;
  method: string;
  path: string;
  search: string;
  /** Ticket keys the request names (path key, ids=…, key in (…), issueIdsOrKeys). */
  tickets: string[];
}

export class Faults {
  private rules: ActiveFault[] = [];
  private nextId = 1;

  add(rule: FaultRule): number {
    const id = this.nextId++;
    this.rules.unshift({ ...rule, id, hits: 0 });
    return id;
  }

  remove(id: number): void {
    this.rules = this.rules.filter((r) => r.id !== id);
  }

  clear(): void {
    this.rules = [];
  }

  list(): ActiveFault[] {
    return this.rules.map((r) => ({ ...r }));
  }

  /** The first matching rule, counted as a hit (and removed once `times` is used up). */
  match(req: RequestFacts): ActiveFault | undefined {
    for (const rule of this.rules) {
      if (rule.site && rule.site !== req.site) continue;
      if (rule.method && rule.method.toUpperCase() !== req.method.toUpperCase()) continue;
      if (rule.path !== undefined) {
        const target = req.search ? `${req.path}?${req.search}` : req.path;
        if (typeof rule.path === 'string' ? !req.path.includes(rule.path) : !rule.path.test(target)) continue;
      }
      if (rule.ticket !== undefined && !req.tickets.some((t) => t.toUpperCase() === rule.ticket!.toUpperCase())) continue;
      rule.hits++;
      if (rule.times !== undefined && rule.hits >= rule.times) this.remove(rule.id);
      return rule;
    }
    return undefined;
  }
}

/** An optional realistic per-minute limit per site (fixed one-minute windows of wall time). */
export class RateLimiter {
  perMinute: number | null = null;
  /** Retry-After seconds on 429; null: the seconds until the current one-minute window resets. */
  retryAfter: number | null = null;
  private windows = new Map<Site, { start: number; used: number }>();

  /** Zendesk-style plan limit shown in X-Rate-Limit even when enforcement is off. */
  static readonly DISPLAY_LIMIT = 700;

  take(site: Site, now: number): { allowed: boolean; limit: number; remaining: number; resetAt: number } {
    const limit = this.perMinute ?? RateLimiter.DISPLAY_LIMIT;
    let w = this.windows.get(site);
    if (!w || now - w.start >= 60_000 || now < w.start) {
      w = { start: now, used: 0 };
      this.windows.set(site, w);
    }
    w.used++;
    const allowed = this.perMinute === null || w.used <= this.perMinute;
    return { allowed, limit, remaining: Math.max(0, limit - w.used), resetAt: w.start + 60_000 };
  }

  reset(): void {
    this.windows.clear();
  }
}
