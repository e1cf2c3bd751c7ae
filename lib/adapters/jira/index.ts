/**
 * The Jira adapter: Jira Cloud and Jira Service Management on `*.atlassian.net`, and Jira Data Center on origins
 * the user granted (detected from the document; REST v2 under the context path).
 */
import type { HelpdeskAdapter } from '../types';
import type { HttpClientConfig } from '../http/http-env';
import { createJiraClient } from './api-client';
import { findJiraPlacements, jiraObservedRoots } from './find-placements';
import { detectJiraPage } from './page-detect';

export const jiraAdapter: HelpdeskAdapter = {
  id: 'jira',
  detectPage: detectJiraPage,
  findPlacements: findJiraPlacements,
  observedRoots: jiraObservedRoots,
  createClient: (config: HttpClientConfig) => createJiraClient(config),
};

export { createJiraClient } from './api-client';
export { parseJiraTime } from './parse-jira-time';
export { jiraCloudDetectors, jiraDataCenterDetectors } from './page-detect';
