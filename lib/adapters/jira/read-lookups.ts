/**
 * One-time lookups per client: custom field ids (`GET /rest/api/{3|2}/field`, [J7]) and status categories
 * (`GET /rest/api/{3|2}/status`), as agreed in `docs/api-usage.md`.
 *
 * SLA fields are recognised by schema (`com.atlassian.servicedesk:sd-sla-field`, or type `sd-servicelevelagreement`)
 * and mapped to metrics by **name**, because ids differ per site:
 * - a name containing "first response" → firstResponse (JSM default "Time to first response");
 * - a name containing "next response" or "next reply" → nextResponse;
 * - a name starting with "Time to resolution" → resolution (JSM default). Other SLA names such as
 *   "Time to close after resolution" or "Time to approve" are skipped.
 * English names only: a site that renamed or translated its SLAs gets no native SLA for them (the policy decides).
 */
import type { MetricName, StatusCategory } from '../../sla/types';
import { asArray, asRecord, asRecords, asString } from '../json-guards';

export interface JiraFieldIds {
  sla: { id: string; metric: MetricName }[];
  organizations?: string;
}

export type StatusCategories = Map<string, StatusCategory>;

const SLA_CUSTOM = 'com.atlassian.servicedesk:sd-sla-field';
const ORGANIZATIONS_CUSTOM = 'com.atlassian.servicedesk:sd-customer-organizations';

export function slaMetricForName(name: string): MetricName | undefined {
  const n = name.trim().toLowerCase();
  if (n.includes('first response')) return 'firstResponse';
  if (n.includes('next response') || n.includes('next reply')) return 'nextResponse';
  if (n.startsWith('time to resolution')) return 'resolution';
  return undefined;
}

export function readFieldIds(json: unknown): JiraFieldIds {
  const ids: JiraFieldIds = { sla: [] };
  for (const field of asRecords(json)) {
    const id = asString(field.id);
    const schema = asRecord(field.schema);
    if (!id || !schema) continue;
    if (schema.custom === SLA_CUSTOM || schema.type === 'sd-servicelevelagreement') {
      const metric = slaMetricForName(asString(field.name) ?? '');
      if (metric) ids.sla.push({ id, metric });
    } else if (schema.custom === ORGANIZATIONS_CUSTOM && !ids.organizations) {
      ids.organizations = id;
    }
  }
  return ids;
}

export function toCategory(key: unknown): StatusCategory | undefined {
  return key === 'new' || key === 'indeterminate' || key === 'done' ? key : undefined;
}

/** Status name (lower-cased) → category. Names are what the changelog's `fromString`/`toString` carry. */
export function readStatusCategories(json: unknown): StatusCategories {
  const categories: StatusCategories = new Map();
  for (const status of asRecords(asArray(json))) {
    const name = asString(status.name);
    const category = toCategory(asRecord(status.statusCategory)?.key);
    if (name && category) categories.set(name.toLowerCase(), category);
  }
  return categories;
}
