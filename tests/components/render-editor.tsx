import './dom-matchers';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { setLanguage } from '../../lib/i18n';
import { createEditorStore, EditorStoreContext, startEditorStore, type EditorStore } from '../../lib/store';

// Whole sections re-validate the policy on every keystroke; under a parallel run that takes a few seconds per test.
vi.setConfig({ testTimeout: 30_000 });

export interface EditorHarness extends RenderResult {
  store: EditorStore;
  user: ReturnType<typeof userEvent.setup>;
  stop(): void;
}

/** Renders `ui` against a fresh editor store over fakeBrowser storage, started like the page starts it. */
export async function renderEditor(ui: ReactElement, options: { store?: EditorStore } = {}): Promise<EditorHarness> {
  setLanguage('en');
  const store = options.store ?? createEditorStore();
  const stop = await startEditorStore(store);
  const user = userEvent.setup({ delay: null });
  const result = render(<EditorStoreContext.Provider value={store}>{ui}</EditorStoreContext.Provider>);
  return { ...result, store, user, stop };
}
