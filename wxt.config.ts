import { defineConfig } from 'wxt';

// Why these choices: see README "Architecture". Auto-imports are off so every dependency edge is a visible import.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'scripts/**', 'artifacts/**', '.ci/**'],
  },
  manifest: ({ browser }) => ({
    name: 'SLA Overlay',
    description: 'Live SLA countdowns and escalation levels inside Zendesk and Jira, from one tiered policy.',
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://*.zendesk.com/*', 'https://*.atlassian.net/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'sla-overlay@sla-overlay.dev',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
