/**
 * The "done when": a team lead builds the default preset's policy from scratch in the UI, exports it, and
 * imports it elsewhere. Starting from a bare one-tier policy (with the helpdesk maps), every calendar, customer tier
 * and tier of POLICY.md's preset is entered through the page's controls; the export equals `createDefaultPolicy`.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import type { Policy } from '../../lib/policy/types';
import { createEditorStore } from '../../lib/store';
import { renderEditor } from './render-editor';

afterEach(cleanup);

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Everything but the content a lead builds: one placeholder tier, no calendars, no customer tiers. */
function bareStart(): Policy {
  const preset = createDefaultPolicy(ZONE);
  return {
    ...preset,
    calendars: [],
    customerTiers: [],
    tiers: [{ id: 'p1', name: 'P1', priorities: ['P1'], customerTiers: [], targets: { firstResponse: { minutes: 60, calendar: '24x7' } } }],
  };
}

type User = Awaited<ReturnType<typeof renderEditor>>['user'];

async function replace(user: User, element: HTMLElement, text: string) {
  await user.clear(element);
  await user.click(element);
  await user.paste(text);
}

describe('building the preset from scratch', () => {
  it('enters the preset through the UI, exports it, and imports it into another installation', async () => {
    const { store, user } = await renderEditor(<App />);
    await user.click(screen.getByRole('textbox', { name: '…or paste JSON' }));
    await user.paste(JSON.stringify(bareStart()));
    await user.click(screen.getByRole('button', { name: 'Import pasted JSON' }));
    expect(store.getState().draft.tiers).toHaveLength(1);

    // Calendar "office": Mon–Fri 09:00–12:00 and 13:00–18:00 (the new-calendar default), in the browser's zone.
    await user.click(screen.getByRole('button', { name: '+ Add calendar' }));
    const calendars = screen.getByRole('region', { name: 'Calendars' });
    await replace(user, within(calendars).getByRole('textbox', { name: 'Name' }), 'Office hours');
    await replace(user, within(calendars).getByRole('textbox', { name: 'ID' }), 'office');

    // Customer tier "vip" (tag vip).
    await user.click(screen.getByRole('button', { name: '+ Add customer tier' }));
    const customers = screen.getByRole('region', { name: 'Customer tiers' });
    await replace(user, within(customers).getByRole('textbox', { name: 'Name' }), 'VIP');
    await replace(user, within(customers).getByRole('textbox', { name: 'ID' }), 'vip');
    await replace(user, within(customers).getByRole('textbox', { name: 'Tags' }), 'vip');

    // The five tiers, in order.
    const rows: [string, string, string | null, string | null, string, [string, string, string]][] = [
      ['p1', 'P1 · Critical', 'P1', null, '24×7', ['15 min', '30 min', '4 h']],
      ['vip', 'VIP express', null, 'VIP', 'Office hours', ['15 min', '1 h', '8 h']],
      ['p2', 'P2 · High', 'P2', null, 'Office hours', ['30 min', '2 h', '8 h']],
      ['p3', 'P3 · Normal', 'P3', null, 'Office hours', ['4 h', '8 h', '3 business days']],
      ['p4', 'P4 · Low', 'P4', null, 'Office hours', ['8 h', '2 business days', '5 business days']],
    ];
    const tiers = screen.getByRole('region', { name: 'Tiers' });
    for (const [index, [id, name, priority, customer, calendar, targets]] of rows.entries()) {
      if (index > 0) await user.click(within(tiers).getByRole('button', { name: '+ Add tier' }));
      const row = within(tiers).getAllByRole('row')[index + 1]!;
      await replace(user, within(row).getByRole('textbox', { name: 'Name' }), name);
      await replace(user, within(row).getByRole('textbox', { name: 'ID' }), id);
      const priorities = within(row).getByRole('group', { name: 'Priorities' });
      for (const box of within(priorities).getAllByRole('checkbox')) {
        const wanted = priority !== null && box.parentElement?.textContent === priority;
        if ((box as HTMLInputElement).checked !== wanted) await user.click(box);
      }
      if (customer) await user.click(within(within(row).getByRole('group', { name: 'Customer tiers' })).getByRole('checkbox', { name: customer }));
      for (const [m, metric] of (['First response', 'Next response', 'Resolution'] as const).entries()) {
        const toggle = within(row).getByRole('checkbox', { name: `Track ${metric} for ${name}` });
        if (!(toggle as HTMLInputElement).checked) await user.click(toggle);
        await user.selectOptions(within(row).getByRole('combobox', { name: `Calendar of the ${metric} target for ${name}` }), calendar);
        await replace(user, within(row).getByRole('textbox', { name: `${metric} target for ${name}` }), targets[m]!);
      }
    }

    // Nothing left to fix; export and compare with the preset.
    expect(store.getState().rawInputs).toEqual({});
    let exported = '';
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      void (blob as Blob).text().then((text) => (exported = text));
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(exported).not.toBe(''));
    expect(JSON.parse(exported)).toEqual(createDefaultPolicy(ZONE));

    // Elsewhere: a fresh installation imports the file and saves it.
    cleanup();
    fakeBrowser.reset();
    const elsewhere = await renderEditor(<App />, { store: createEditorStore() });
    await elsewhere.user.upload(screen.getByLabelText('Import a JSON file'), new File([exported], 'sla-policy.json', { type: 'application/json' }));
    await waitFor(() => expect(elsewhere.store.getState().dirty).toBe(true));
    await elsewhere.user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(elsewhere.store.getState().saveStatus.kind).toBe('saved'));
    expect(elsewhere.store.getState().saved.policy).toEqual(createDefaultPolicy(ZONE));
  }, 120_000);
});
