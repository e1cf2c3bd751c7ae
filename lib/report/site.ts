/**
 * Which helpdesk a report runs against, from what the lead typed or picked: `acme.zendesk.com`,
 * `https://acme.atlassian.net/browse/SUP-1`… Only sites under the declared host permissions (Zendesk and Jira
 * Cloud) are accepted: the report page fetches them directly with the agent's session.
 */
import type { Helpdesk } from '../sla/types';

export interface ReportSite {
  helpdesk: Helpdesk;
  /** `https://acme.zendesk.com` */
  origin: string;
}

export function parseReportSite(input: string): ReportSite | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase();
  if (/^[a-z0-9-]+\.zendesk\.com$/.test(host)) return { helpdesk: 'zendesk', origin: `https://${host}` };
  if (/^[a-z0-9-]+\.atlassian\.net$/.test(host)) return { helpdesk: 'jira', origin: `https://${host}` };
  return undefined;
}
