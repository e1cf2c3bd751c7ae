import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CalendarsSection } from '../../entrypoints/options/sections/calendars-section';
import { renderEditor } from './render-editor';

afterEach(cleanup);

const office = (store: Awaited<ReturnType<typeof renderEditor>>['store']) => store.getState().draft.calendars[0]!;

describe('CalendarsSection', () => {
  it('searches time zones and picks one', async () => {
    const { store, user } = await renderEditor(<CalendarsSection />);
    await user.type(screen.getByRole('searchbox'), 'new york');
    const list = screen.getByRole('listbox', { name: 'Time zone' });
    expect(within(list).getByRole('option', { name: /America\/New York \(UTC-0[45]:00\)/ })).toBeInTheDocument();
    expect(within(list).queryByRole('option', { name: /Europe\/Paris/ })).toBeNull();
    await user.keyboard('{Enter}');
    expect(office(store).timeZone).toBe('America/New_York');
  });

  it('edits several windows a day, and reports a bad time beside it', async () => {
    const { store, user } = await renderEditor(<CalendarsSection />);
    await user.click(screen.getByRole('button', { name: 'Add hours on Saturday' }));
    expect(office(store).weekly.sat).toEqual([['09:00', '18:00']]);
    const end = screen.getByRole('textbox', { name: 'Saturday, window 1 end' });
    await user.clear(end);
    await user.type(end, '25:00');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    await user.clear(end);
    await user.type(end, '12:00');
    expect(end).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Remove Monday window 2' }));
    expect(office(store).weekly.mon).toEqual([['09:00', '12:00']]);
    await user.click(screen.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }));
    expect(office(store).weekly.fri).toEqual([['09:00', '12:00']]);
  });

  it('adds holidays (days and ranges) and make-up workdays, and flags a date that is both', async () => {
    const { store, user } = await renderEditor(<CalendarsSection />);
    await user.click(screen.getByRole('button', { name: '+ Add holiday' }));
    await user.type(screen.getByLabelText('Holiday 1 date'), '2026-10-01');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Holiday 1: single day or range' }), 'range');
    await user.clear(screen.getByLabelText('Holiday 1 last day'));
    await user.type(screen.getByLabelText('Holiday 1 last day'), '2026-10-08');
    await user.type(screen.getByRole('textbox', { name: 'Holiday 1 name' }), 'Golden Week');
    expect(office(store).holidays).toEqual([{ from: '2026-10-01', to: '2026-10-08', name: 'Golden Week' }]);

    await user.click(screen.getByRole('button', { name: '+ Add workday' }));
    await user.type(screen.getByLabelText('Workday 1 date'), '2026-10-03');
    expect(office(store).workdays[0]).toMatchObject({ date: '2026-10-03', hours: [['09:00', '12:00'], ['13:00', '18:00']] });
    expect(screen.getByText(/both a holiday/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Workday 1 date'));
    await user.type(screen.getByLabelText('Workday 1 date'), '2026-09-27');
    expect(screen.queryByText(/both a holiday/)).toBeNull();
  });

  it('adds a region preset without duplicates', async () => {
    const { store, user } = await renderEditor(<CalendarsSection />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Holiday preset region' }), 'US');
    const year = screen.getByRole('spinbutton', { name: 'Year' });
    await user.clear(year);
    await user.type(year, '2026');
    await user.click(screen.getByRole('button', { name: 'Add public holidays' }));
    const count = office(store).holidays.length;
    expect(count).toBeGreaterThan(5);
    expect(office(store).holidays).toContainEqual(expect.objectContaining({ date: '2026-12-25' }));
    await user.click(screen.getByRole('button', { name: 'Add public holidays' }));
    expect(office(store).holidays.length).toBe(count);
    expect(screen.getByText(new RegExp(`0 added, ${count} already listed`))).toBeInTheDocument();
  });

  it('imports holidays from an .ics file', async () => {
    const { store, user } = await renderEditor(<CalendarsSection />);
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:1',
      'DTSTART;VALUE=DATE:20261001',
      'DTEND;VALUE=DATE:20261008',
      'SUMMARY:National Day',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    await user.upload(screen.getByLabelText('Import holidays from an .ics file'), new File([ics], 'cn.ics', { type: 'text/calendar' }));
    await waitFor(() => expect(office(store).holidays).toEqual([{ from: '2026-10-01', to: '2026-10-07', name: 'National Day' }]));
  });

  it('shows the next seven days of business time', async () => {
    await renderEditor(<CalendarsSection />);
    const strip = screen.getByRole('figure');
    const days = within(strip).getAllByRole('listitem');
    expect(days).toHaveLength(7);
    const totals = days.map((day) => day.querySelector('.strip-total')?.textContent);
    expect(totals.filter((total) => total === '8 h')).toHaveLength(5);
    expect(totals.filter((total) => total === 'closed')).toHaveLength(2);
  });

  it('renaming a calendar id keeps the targets pointing at it', async () => {
    const { store, user } = await renderEditor(<CalendarsSection />);
    const id = screen.getByRole('textbox', { name: 'ID' });
    await user.clear(id);
    await user.type(id, 'support');
    expect(store.getState().draft.tiers[2]!.targets.firstResponse!.calendar).toBe('support');
  });
});
