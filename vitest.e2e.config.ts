import { defineConfig } from 'vitest/config';

// End-to-end: playwright-core drives Debian's Chromium with the built extension against the local helpdesk imitation.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
