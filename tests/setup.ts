import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  // fakeBrowser's in-memory storage, alarms and listeners otherwise leak between tests.
  fakeBrowser.reset();
});
