import { defineContentScript } from 'wxt/utils/define-content-script';
import { jiraAdapter } from '../lib/adapters/jira/index';
import { pageFetch, runOverlay } from '../lib/overlay/run-overlay';
import { trackEvaluatedTickets } from '../lib/tracking/track-evaluated';

// Wiring only. Also registered at runtime for Jira Data Center origins the user adds, so it must not assume
// atlassian.net: the adapter's detectPage decides whether this page is one we decorate.
export default defineContentScript({
  matches: ['https://*.atlassian.net/*'],
  runAt: 'document_idle',
  main(ctx) {
    runOverlay(ctx, jiraAdapter, { fetch: pageFetch(), onEvaluated: trackEvaluatedTickets(jiraAdapter) });
  },
});
