/**
 * The Zendesk adapter (Agent Workspace, `https://{sub}.zendesk.com/agent/...`).
 */
import type { HelpdeskAdapter } from '../types';
import type { HttpClientConfig } from '../http/http-env';
import { createZendeskClient } from './api-client';
import { findZendeskPlacements, zendeskObservedRoots } from './find-placements';
import { detectZendeskPage } from './page-detect';

export const zendeskAdapter: HelpdeskAdapter = {
  id: 'zendesk',
  detectPage: (url) => detectZendeskPage(url),
  findPlacements: findZendeskPlacements,
  observedRoots: zendeskObservedRoots,
  createClient: (config: HttpClientConfig) => createZendeskClient(config),
};

export { createZendeskClient } from './api-client';
export { zendeskDetectors } from './page-detect';
