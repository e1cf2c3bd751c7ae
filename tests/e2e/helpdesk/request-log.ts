/** Every request the imitation answered (control calls under `/__fx/` excluded), oldest first. */
export interface LoggedRequest {
  seq: number;
  method: string;
  /** `Host` header without the port, e.g. `acme.zendesk.com`. */
  host: string;
  /** Which imitation answered: `zendesk`, `jira` (Cloud), `jira-dc`, or `unknown`. */
  site: string;
  /** `api` for REST calls, `page` for HTML documents and `/__fx/page` models, `asset` for scripts and styles. */
  kind: 'api' | 'page' | 'asset';
  path: string;
  /** Raw query string without `?`. */
  search: string;
  query: Record<string, string>;
  /** Parsed JSON body when it parses, else the raw text; undefined for no body. */
  body: unknown;
  headers: Record<string, string>;
  /** The imitation's clock at arrival. */
  time: number;
  /** Real wall time at arrival (for measuring back-off). */
  wallTime: number;
  status?: number;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private seq = 0;

  add(entry: Omit<LoggedRequest, 'seq'>): LoggedRequest {
    const full = { ...entry, seq: ++this.seq };
    this.entries.push(full);
    if (this.entries.length > 20_000) this.entries.splice(0, this.entries.length - 20_000);
    return full;
  }

  list(filter?: { site?: string; kind?: LoggedRequest['kind']; pathIncludes?: string; since?: number }): LoggedRequest[] {
    return this.entries.filter(
      (e) =>
        (filter?.site === undefined || e.site === filter.site) &&
        (filter?.kind === undefined || e.kind === filter.kind) &&
        (filter?.pathIncludes === undefined || e.path.includes(filter.pathIncludes)) &&
        (filter?.since === undefined || e.seq > filter.since),
    );
  }

  clear(): void {
    this.entries = [];
  }

  get lastSeq(): number {
    return this.seq;
  }
}
