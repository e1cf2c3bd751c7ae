import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { ImportExportSection } from '../../entrypoints/options/sections/import-export-section';
import { PreviewSection } from '../../entrypoints/options/sections/preview-section';
import { SaveBar } from '../../entrypoints/options/sections/save-bar';
import { StatusNotices } from '../../entrypoints/options/sections/status-notices';
import { TiersSection } from '../../entrypoints/options/sections/tiers-section';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import type { Policy } from '../../lib/policy/types';
import { createEditorStore, readStoredPolicy, writeStoredPolicy } from '../../lib/store';
import { renderEditor } from './render-editor';

afterEach(cleanup);

describe('PreviewSection', () => {
  it('shows the matched tier, each metric and the explanation, live as the policy changes', async () => {
    const { user } = await renderEditor(
      <>
        <TiersSection />
        <PreviewSection />
      </>,
    );
    expect(screen.getByTestId('preview-tier')).toHaveTextContent('P2 · High (p2)');
    expect(screen.getByTestId('preview-result')).toHaveTextContent('First response');
    expect(screen.getByTestId('preview-result')).toHaveTextContent("Tier 'P2 · High' applies");

    const priority = screen.getByRole('combobox', { name: 'Priority (as the helpdesk names it)' });
    await user.clear(priority);
    await user.type(priority, 'urgent');
    expect(screen.getByTestId('preview-tier')).toHaveTextContent('P1 · Critical (p1)');

    const dueBefore = screen.getByTestId('due-firstResponse').textContent;
    const target = screen.getByRole('textbox', { name: 'First response target for P1 · Critical' });
    await user.clear(target);
    await user.type(target, '4 h');
    await waitFor(() => expect(screen.getByTestId('due-firstResponse').textContent).not.toBe(dueBefore));

    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'vip');
    await user.clear(priority);
    await user.type(priority, 'low');
    expect(screen.getByTestId('preview-tier')).toHaveTextContent('VIP express (vip)');
  });

  it('follows the status timeline and replies', async () => {
    const { user } = await renderEditor(<PreviewSection />);
    await user.click(screen.getByRole('button', { name: '+ Add reply' }));
    expect(screen.getByTestId('preview-result').querySelector('[data-metric="firstResponse"]')).toHaveTextContent('Stopped');
    await user.click(screen.getByRole('button', { name: '+ Add status change' }));
    expect(screen.getByTestId('preview-result').querySelector('[data-metric="resolution"]')).toHaveTextContent('Paused');
  });
});

describe('ImportExportSection', () => {
  it('lists every error of an invalid import by path and changes nothing', async () => {
    const { store, user } = await renderEditor(<ImportExportSection />);
    const before = store.getState().draft;
    const bad = { ...createDefaultPolicy('UTC'), colour: 'red', escalation: { warningAt: 80, criticalAt: 60 } } as Record<string, unknown>;
    (bad.tiers as { targets: { resolution: { minutes: number } } }[])[2]!.targets.resolution.minutes = -5;
    await user.click(screen.getByRole('textbox', { name: '…or paste JSON' }));
    await user.paste(JSON.stringify(bad));
    await user.click(screen.getByRole('button', { name: 'Import pasted JSON' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Nothing was changed');
    expect(alert).toHaveTextContent('colour');
    expect(alert).toHaveTextContent('tiers[2].targets.resolution.minutes');
    expect(alert).toHaveTextContent('escalation');
    expect(store.getState().draft).toBe(before);
    expect(store.getState().dirty).toBe(false);
  });

  it('reports JSON that does not parse', async () => {
    const { user } = await renderEditor(<ImportExportSection />);
    await user.upload(screen.getByLabelText('Import a JSON file'), new File(['{ nope'], 'p.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Not imported: 1 error'));
  });

  it('imports a valid policy into the draft and exports it again', async () => {
    const { store, user } = await renderEditor(<ImportExportSection />);
    const policy = { ...createDefaultPolicy('Europe/Berlin'), name: 'Imported SLA' };
    await user.click(screen.getByRole('textbox', { name: '…or paste JSON' }));
    await user.paste(JSON.stringify(policy));
    await user.click(screen.getByRole('button', { name: 'Import pasted JSON' }));
    expect(store.getState().draft.name).toBe('Imported SLA');
    expect(store.getState().dirty).toBe(true);

    let exported = '';
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      void (blob as Blob).text().then((text) => (exported = text));
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(JSON.parse(exported)).toEqual(policy));
  });
});

describe('saving, drafts, reset, conflicts and managed mode', () => {
  it('saves to storage; the draft survives a reload; reset asks first', async () => {
    const { store, user, stop } = await renderEditor(
      <>
        <SaveBar />
        <TiersSection />
      </>,
    );
    const name = screen.getAllByRole('textbox', { name: 'Name' })[0]!;
    await user.clear(name);
    await user.type(name, 'P1 · Outage');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Unsaved changes');

    // A reload: a new store over the same storage restores the unsaved draft.
    stop();
    cleanup();
    const reloaded = await renderEditor(
      <>
        <SaveBar />
        <TiersSection />
      </>,
      { store: createEditorStore() },
    );
    expect(screen.getAllByRole('textbox', { name: 'Name' })[0]).toHaveValue('P1 · Outage');

    await reloaded.user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Saved at'));
    expect(((await readStoredPolicy())?.document as Policy).tiers[0]!.name).toBe('P1 · Outage');

    await reloaded.user.click(screen.getByRole('button', { name: 'Reset to preset…' }));
    expect(screen.getByRole('dialog')).toHaveTextContent('Reset the policy to the default preset?');
    await reloaded.user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(reloaded.store.getState().draft.tiers[0]!.name).toBe('P1 · Outage');
    await reloaded.user.click(screen.getByRole('button', { name: 'Reset to preset…' }));
    await reloaded.user.click(screen.getByRole('button', { name: 'Reset to preset' }));
    expect(reloaded.store.getState().draft.tiers[0]!.name).toBe('P1 · Critical');
    expect(reloaded.store.getState().dirty).toBe(true);
    void store;
  });

  it('a save racing another tab is refused with a clear choice, and overwrite works', async () => {
    const { store, user } = await renderEditor(
      <>
        <SaveBar />
        <StatusNotices />
        <TiersSection />
      </>,
    );
    const name = screen.getAllByRole('textbox', { name: 'Name' })[0]!;
    await user.type(name, '!');
    // Another tab saves meanwhile; this tab's draft has unsaved edits, so it is told.
    await act(async () => {
      await writeStoredPolicy({ ...createDefaultPolicy('UTC'), name: 'Other tab' });
    });
    await waitFor(() => expect(screen.getByTestId('conflict-notice')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(store.getState().saveStatus.kind).toBe('conflict');
    expect((await readStoredPolicy())?.document).toMatchObject({ name: 'Other tab' });
    await user.click(screen.getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(store.getState().saveStatus.kind).toBe('saved'));
    expect(((await readStoredPolicy())?.document as Policy).tiers[0]!.name).toBe('P1 · Critical!');
  });

  it('"reload their version" drops local edits and shows the other save', async () => {
    const { store, user } = await renderEditor(
      <>
        <StatusNotices />
        <TiersSection />
      </>,
    );
    await user.type(screen.getAllByRole('textbox', { name: 'Name' })[0]!, '!');
    await act(async () => {
      await writeStoredPolicy({ ...createDefaultPolicy('UTC'), name: 'Other tab' });
    });
    await user.click(await screen.findByRole('button', { name: 'Reload their version' }));
    expect(store.getState().draft.name).toBe('Other tab');
    expect(store.getState().dirty).toBe(false);
  });

  it('managed mode: read-only with a notice; an invalid managed policy is reported', async () => {
    const managed = { ...createDefaultPolicy('UTC'), name: 'Org SLA' };
    await fakeBrowser.storage.managed.set({ policy: managed });
    const { store } = await renderEditor(<App />);
    expect(screen.getByTestId('managed-notice')).toBeInTheDocument();
    expect(screen.getByTestId('storage-status')).toHaveTextContent('Set by your organisation');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '+ Add tier' })).toBeDisabled();
    expect(screen.getAllByRole('textbox', { name: 'Name' })[0]).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Policy name' })).toHaveValue('Org SLA');

    await act(async () => {
      await fakeBrowser.storage.managed.set({ policy: { ...managed, escalation: { warningAt: 90, criticalAt: 10 } } });
    });
    await waitFor(() => expect(screen.getByTestId('managed-invalid')).toBeInTheDocument());
    expect(screen.getByTestId('managed-invalid')).toHaveTextContent('last valid managed policy stays in force');
    // The last good managed policy is still what is shown (and in force).
    expect(screen.getByRole('textbox', { name: 'Policy name' })).toHaveValue('Org SLA');
    expect(store.getState().managed.kind).toBe('invalid');
  });
});
