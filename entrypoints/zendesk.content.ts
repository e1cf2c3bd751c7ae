import { defineContentScript } from 'wxt/utils/define-content-script';
import { zendeskAdapter } from '../lib/adapters/zendesk/index';
import { pageFetch, runOverlay } from '../lib/overlay/run-overlay';
import { trackEvaluatedTickets } from '../lib/tracking/track-evaluated';

// Wiring only: the runtime lives in lib/overlay, the Zendesk knowledge in lib/adapters/zendesk.
export default defineContentScript({
  matches: ['https://*.zendesk.com/agent/*'],
  runAt: 'document_idle',
  main(ctx) {
    runOverlay(ctx, zendeskAdapter, { fetch: pageFetch(), onEvaluated: trackEvaluatedTickets(zendeskAdapter) });
  },
});
