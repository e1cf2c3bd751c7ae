/**
 * Every adapter, for the popup, options and contract tests. Content scripts import only their own adapter
 * (`./zendesk/index`, `./jira/index`) so each stays inside its 25 KB gzip budget.
 */
import type { HelpdeskAdapter } from './types';
import { jiraAdapter } from './jira/index';
import { zendeskAdapter } from './zendesk/index';

export const adapters: readonly HelpdeskAdapter[] = [zendeskAdapter, jiraAdapter];
