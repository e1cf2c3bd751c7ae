import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Content scripts get a second minifier: terser over the default (oxc) output saves ~1.3% (about 320 B gzipped per
 * script), room under the 25 KB budget. Either minifier alone saves less: each finds folds the other leaves.
 */
function terserAfterOxc(): Plugin {
  return {
    name: 'sla-overlay:terser-after-oxc',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.code, { ecma: 2020, compress: { passes: 2 }, mangle: true });
        if (result.code) chunk.code = result.code;
      }
    },
  };
}

// Why these choices: see README "Architecture". Auto-imports are off so every dependency edge is a visible import.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  hooks: {
    // Content scripts have a 25 KB gzip budget (OVERLAY.md) and use only promise-based APIs that Chrome MV3 and
    // Firefox both provide natively, so they skip webextension-polyfill (about 3 KB gzipped each). The pages and the
    // background keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), terserAfterOxc()];
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
      } else if (alias && 'wxt/browser' in alias) {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'scripts/**', 'artifacts/**', '.ci/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    // Store listing text in both languages: public/_locales/{en,zh_CN}/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The organisation-managed policy's schema (docs/managed-policy.md).
    storage: { managed_schema: 'managed-schema.json' },
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    host_permissions: ['https://*.zendesk.com/*', 'https://*.atlassian.net/*'],
    // Jira Data Center sites the user adds in the options page: asked for one origin at a time (lib/sites).
    // MV2 (the Firefox build) has no optional_host_permissions; origins go in optional_permissions there.
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    // Chrome only: a fixed extension id (filadfbponlbjkpfbfkckgldfppkmbdb) for unpacked builds, so an enterprise
    // policy can address the extension ("3rdparty" → "extensions" → id). Public key only; see docs/managed-policy.md.
    ...(browser !== 'firefox' && {
      key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqtAozRRbOJKUwZ3SkO2Oac30d2KSN4B9A8eJGUjbLD444BqCBsbQ52tnmDzQOsKc20MdK3oRaCadJ15o7TuioVCQ9HQlPjsI2mrlGLVcUMfJbYKMgaYcakIfoVAJ5pyUHr/coeAcJYUmSAAFdd0VZG2CeNf4aEWZpsB3Kx88D3DOXcGINXmdx5GX9jDAsZc4TmLyv6e0hbvZHsiX6qCckWA0O3h85Uev+GqRvg3ZyfhNnGQ+EgfVkyEvLPDuVrJc5Us+SPcFTs9erE7IZhAzh2SJ8B6pwlbwbdb2ZCf3sAiYAQlcfKNGeLnhVfZtFVF52ae6pojPOaGvVyYqBD/pJQIDAQAB',
    }),
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
