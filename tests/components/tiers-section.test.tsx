import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { SaveBar } from '../../entrypoints/options/sections/save-bar';
import { TiersSection } from '../../entrypoints/options/sections/tiers-section';
import { renderEditor } from './render-editor';

afterEach(cleanup);

const tierIds = (store: { getState(): { draft: { tiers: { id: string }[] } } }) =>
  store.getState().draft.tiers.map((tier) => tier.id);

describe('TiersSection', () => {
  it('lists the preset tiers in order', async () => {
    await renderEditor(<TiersSection />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-tier-id'))).toEqual(['p1', 'vip', 'p2', 'p3', 'p4']);
  });

  it('reorders with the keyboard: ↑ on a focused handle moves the tier and keeps focus on it', async () => {
    const { store, user } = await renderEditor(<TiersSection />);
    const handle = screen.getByRole('button', { name: /Reorder VIP express: position 2 of 5/ });
    handle.focus();
    await user.keyboard('{ArrowUp}');
    expect(tierIds(store)).toEqual(['vip', 'p1', 'p2', 'p3', 'p4']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Reorder VIP express: position 1 of 5/ }));
    expect(screen.getByRole('status')).toHaveTextContent('VIP express moved to position 1 of 5.');
    await user.keyboard('{End}');
    expect(tierIds(store)).toEqual(['p1', 'p2', 'p3', 'p4', 'vip']);
    await user.keyboard('{Home}');
    expect(tierIds(store)).toEqual(['vip', 'p1', 'p2', 'p3', 'p4']);
  });

  it('reorders with the move buttons', async () => {
    const { store, user } = await renderEditor(<TiersSection />);
    await user.click(screen.getByRole('button', { name: 'Move P4 · Low up' }));
    expect(tierIds(store)).toEqual(['p1', 'vip', 'p2', 'p4', 'p3']);
    expect(screen.getByRole('button', { name: 'Move P1 · Critical up' })).toBeDisabled();
  });

  it('reorders by dragging a row onto another', async () => {
    const { store } = await renderEditor(<TiersSection />);
    const handle = screen.getByRole('button', { name: /Reorder P4 · Low/ });
    const source = screen.getAllByRole('row')[5]!;
    const target = screen.getAllByRole('row')[1]!;
    const dataTransfer = { setData() {}, getData: () => '4', effectAllowed: 'move', dropEffect: 'move' };
    fireEvent.pointerDown(handle);
    expect(source).toHaveAttribute('draggable', 'true');
    fireEvent.dragStart(source, { dataTransfer });
    fireEvent.dragOver(target, { dataTransfer });
    fireEvent.drop(target, { dataTransfer });
    expect(tierIds(store)).toEqual(['p4', 'p1', 'vip', 'p2', 'p3']);
  });

  it('reads targets typed naturally and shows what they mean', async () => {
    const { store, user } = await renderEditor(<TiersSection />);
    const input = screen.getByRole('textbox', { name: 'Resolution target for P3 · Normal' });
    expect(input).toHaveValue('3 business days');
    await user.clear(input);
    await user.type(input, '2 business days');
    expect(store.getState().draft.tiers[3]!.targets.resolution!.minutes).toBe(960);
    expect(input.parentElement).toHaveTextContent('= 16 h of business time (8 h per business day on Office hours)');
    const first = screen.getByRole('textbox', { name: 'First response target for P1 · Critical' });
    await user.clear(first);
    await user.type(first, '1.5h');
    expect(store.getState().draft.tiers[0]!.targets.firstResponse!.minutes).toBe(90);
  });

  it('shows an unreadable target beside its field and disables Save, then recovers', async () => {
    const { store, user } = await renderEditor(
      <>
        <SaveBar />
        <TiersSection />
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'First response target for P2 · High' });
    await user.clear(input);
    await user.type(input, 'soon');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Write a number and a unit/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.getByTestId('save-status')).toHaveTextContent('Fix 1 error to save.');
    expect(store.getState().rawInputs['tiers[2].targets.firstResponse.minutes']?.text).toBe('soon');
    await user.clear(input);
    await user.type(input, '45 min');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    expect(store.getState().draft.tiers[2]!.targets.firstResponse!.minutes).toBe(45);
  });

  it('reports a duplicate id at the later tier, inline', async () => {
    const { user } = await renderEditor(<TiersSection />);
    const rows = screen.getAllByRole('row');
    const id = within(rows[2]!).getByRole('textbox', { name: 'ID' });
    await user.clear(id);
    await user.type(id, 'p1');
    expect(id).toHaveAttribute('aria-invalid', 'true');
    expect(within(rows[2]!).getByText(/already has the id "p1"/)).toBeInTheDocument();
  });

  it('requires at least one target per tier', async () => {
    const { user } = await renderEditor(<TiersSection />);
    for (const metric of ['First response', 'Next response', 'Resolution']) {
      await user.click(screen.getByRole('checkbox', { name: `Track ${metric} for P4 · Low` }));
    }
    const row = screen.getAllByRole('row')[5]!;
    expect(within(row).getAllByText(/not tracked/)).toHaveLength(3);
    expect(within(row).getByRole('list')).toBeInTheDocument();
  });

  it('edits matched priorities and customer tiers, and warns about a tier that can never match', async () => {
    const { store, user } = await renderEditor(<TiersSection />);
    const row = screen.getAllByRole('row')[4]!; // p3
    await user.click(within(row).getByRole('checkbox', { name: 'P1' }));
    expect(store.getState().draft.tiers[3]!.priorities).toEqual(['P1', 'P3']);
    // p1 (priorities [P1]) now shadows nothing new; make p3 fully covered by p1 instead.
    await user.click(within(row).getByRole('checkbox', { name: 'P3' }));
    expect(store.getState().draft.tiers[3]!.priorities).toEqual(['P1']);
    expect(within(row).getByText(/never|cannot|can't/i)).toBeInTheDocument();
  });

  it('adds a per-tier escalation override and validates it', async () => {
    const { store, user } = await renderEditor(<TiersSection />);
    const row = screen.getAllByRole('row')[1]!;
    await user.click(within(row).getByRole('checkbox', { name: 'Own thresholds' }));
    expect(store.getState().draft.tiers[0]!.escalation).toEqual({ warningAt: 50, criticalAt: 75 });
    const warning = within(row).getByRole('spinbutton', { name: 'Warning at' });
    await user.clear(warning);
    await user.type(warning, '80');
    expect(within(row).getAllByRole('listitem').some((item) => /warning|critical/i.test(item.textContent ?? ''))).toBe(true);
  });

  it('adds and removes tiers', async () => {
    const { store, user } = await renderEditor(<TiersSection />);
    await user.click(screen.getByRole('button', { name: '+ Add tier' }));
    expect(tierIds(store)).toEqual(['p1', 'vip', 'p2', 'p3', 'p4', 'tier']);
    await user.click(screen.getByRole('button', { name: 'Remove New tier' }));
    await act(async () => {});
    expect(tierIds(store)).toEqual(['p1', 'vip', 'p2', 'p3', 'p4']);
  });
});
