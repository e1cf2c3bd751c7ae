/**
 * Turns what a user types into a Data Center site: `jira.corp.example/jira` → the origin we ask permission for
 * (`https://jira.corp.example/*`, exactly that origin and no wider) and the base URL with the context path.
 */
export interface DataCenterSite {
  /** `https://jira.corp.example` (with a port when not 443). */
  origin: string;
  /** Origin plus context path, no trailing slash: `https://jira.corp.example/jira`. */
  baseUrl: string;
}

export type SiteAddressError = 'invalid' | 'https' | 'builtIn';

/** Sites the manifest already covers: adding them would ask for nothing and register a duplicate script. */
const BUILT_IN_HOSTS = [/(^|\.)atlassian\.net$/i, /(^|\.)zendesk\.com$/i];

export function parseSiteAddress(input: string): { ok: true; site: DataCenterSite } | { ok: false; error: SiteAddressError } {
  const text = input.trim();
  if (!text) return { ok: false, error: 'invalid' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (url.protocol === 'http:') return { ok: false, error: 'https' };
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return { ok: false, error: 'invalid' };
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return { ok: false, error: 'invalid' };
  if (BUILT_IN_HOSTS.some((host) => host.test(url.hostname))) return { ok: false, error: 'builtIn' };
  // Pasted issue links keep working: `/jira/browse/SUP-1` → context path `/jira`.
  const path = url.pathname.replace(/\/(browse|projects|secure|issues|plugins|servicedesk|rest)(\/.*)?$/i, '').replace(/\/+$/, '');
  return { ok: true, site: { origin: url.origin, baseUrl: url.origin + path } };
}

/**
 * The match pattern for one origin. Match patterns carry no port (Chrome matches any port of the host for `https`),
 * so a site on a custom port is matched by its host.
 */
export function originPattern(origin: string): string {
  return `https://${new URL(origin).hostname}/*`;
}
