import { defineWebExtConfig } from 'wxt';

// `wxt dev` must not try to open a browser on headless machines; `npm run demo` launches Chromium itself.
export default defineWebExtConfig({ disabled: true });
