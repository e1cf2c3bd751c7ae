import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CustomerTiersSection } from '../../entrypoints/options/sections/customer-tiers-section';
import { EscalationSection } from '../../entrypoints/options/sections/escalation-section';
import { MappingSection } from '../../entrypoints/options/sections/mapping-section';
import { SaveBar } from '../../entrypoints/options/sections/save-bar';
import { renderEditor } from './render-editor';

afterEach(cleanup);

describe('CustomerTiersSection', () => {
  it('edits tags and organisations as lists, and renames references', async () => {
    const { store, user } = await renderEditor(<CustomerTiersSection />);
    const tags = screen.getByRole('textbox', { name: 'Tags' });
    await user.clear(tags);
    await user.type(tags, 'vip, platinum，gold');
    expect(store.getState().draft.customerTiers[0]!.tags).toEqual(['vip', 'platinum', 'gold']);
    await user.type(screen.getByRole('textbox', { name: 'Organisations' }), 'Acme Corp');
    expect(store.getState().draft.customerTiers[0]!.organizations).toEqual(['Acme Corp']);
    const id = screen.getByRole('textbox', { name: 'ID' });
    await user.clear(id);
    await user.type(id, 'gold');
    expect(store.getState().draft.tiers[1]!.customerTiers).toEqual(['gold']);
  });

  it('adds and removes customer tiers, dropping references to the removed one', async () => {
    const { store, user } = await renderEditor(<CustomerTiersSection />);
    await user.click(screen.getByRole('button', { name: '+ Add customer tier' }));
    expect(store.getState().draft.customerTiers.map((c) => c.id)).toEqual(['vip', 'customer']);
    await user.click(screen.getByRole('button', { name: 'Remove VIP' }));
    expect(store.getState().draft.customerTiers.map((c) => c.id)).toEqual(['customer']);
    expect(store.getState().draft.tiers[1]!.customerTiers).toEqual([]);
  });
});

describe('MappingSection', () => {
  it('maps a new raw priority and status per helpdesk', async () => {
    const { store, user } = await renderEditor(<MappingSection />);
    const table = screen.getByRole('table', { name: 'Jira priorities' });
    await user.click(within(table).getByRole('button', { name: '+ Add row' }));
    const keys = within(table).getAllByRole('textbox');
    await user.type(keys.at(-1)!, 'Showstopper');
    await user.selectOptions(within(table).getAllByRole('combobox').at(-1)!, 'P1');
    expect(store.getState().draft.priorityMap.jira.Showstopper).toBe('P1');

    const statuses = screen.getByRole('table', { name: 'Zendesk statuses' });
    await user.selectOptions(within(statuses).getByRole('combobox', { name: 'Zendesk statuses: Clock 3' }), 'active');
    expect(store.getState().draft.statusMap.zendesk.pending).toBe('active');
  });

  it('keeps a row whose key collides while typing, and reports the clash', async () => {
    const { user } = await renderEditor(<MappingSection />);
    const table = screen.getByRole('table', { name: 'Zendesk priorities' });
    await user.click(within(table).getByRole('button', { name: '+ Add row' }));
    await user.type(within(table).getAllByRole('textbox').at(-1)!, 'High');
    expect(within(table).getAllByRole('textbox')).toHaveLength(5);
  });
});

describe('EscalationSection', () => {
  it('rejects warning ≥ critical inline and blocks Save', async () => {
    const { user } = await renderEditor(
      <>
        <SaveBar />
        <EscalationSection />
      </>,
    );
    const warning = screen.getByRole('spinbutton', { name: 'Warning at' });
    await user.clear(warning);
    await user.type(warning, '90');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(document.querySelectorAll('.field-invalid').length).toBeGreaterThan(0);
    await user.clear(warning);
    await user.type(warning, '60');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('sets the default priority and the native-SLA preference', async () => {
    const { store, user } = await renderEditor(<EscalationSection />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority of tickets without one' }), '');
    expect(store.getState().draft.defaultPriority).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /Prefer the helpdesk's own SLA/ }));
    expect(store.getState().draft.preferNativeSla).toBe(true);
  });
});
