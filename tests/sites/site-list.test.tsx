import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteList } from '../../components/sites/site-list';
import { setLanguage } from '../../lib/i18n';

beforeEach(() => setLanguage('en'));
afterEach(() => {
  cleanup();
  setLanguage(undefined);
});

describe('SiteList', () => {
  it('lists sites with their state and removes one', async () => {
    const onRemove = vi.fn(async () => {});
    render(
      <SiteList
        sites={[
          { origin: 'https://jira.corp.test', baseUrl: 'https://jira.corp.test/jira', granted: true, active: true },
          { origin: 'https://old.corp.test', baseUrl: 'https://old.corp.test', granted: false, active: false },
        ]}
        onAdd={vi.fn()}
        onRemove={onRemove}
      />,
    );
    expect(screen.getByText('https://jira.corp.test/jira').closest('li')!.textContent).toContain('Active');
    expect(screen.getByText('https://old.corp.test').closest('li')!.textContent).toContain('Access not granted');
    await userEvent.click(screen.getByRole('button', { name: 'Remove https://old.corp.test' }));
    expect(onRemove).toHaveBeenCalledWith('https://old.corp.test');
  });

  it('adds a site from the form, calling onAdd inside the gesture, and reports the outcome', async () => {
    const user = userEvent.setup();
    const onAdd = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, error: 'denied', origin: 'https://jira.corp.test' })
      .mockResolvedValueOnce({ ok: true, site: { origin: 'https://jira.corp.test', baseUrl: 'https://jira.corp.test' } });
    render(<SiteList sites={[]} onAdd={onAdd} onRemove={vi.fn()} />);
    expect(screen.getByText('No Data Center site yet.')).toBeTruthy();
    await user.type(screen.getByLabelText('Site address'), 'https://jira.corp.test');
    await user.click(screen.getByRole('button', { name: 'Add a site' }));
    expect(onAdd).toHaveBeenCalledWith('https://jira.corp.test');
    expect((await screen.findByRole('alert')).textContent).toBe('Access to https://jira.corp.test was not granted, so the site was not added.');
    await user.click(screen.getByRole('button', { name: 'Add a site' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('https://jira.corp.test added'));
    expect((screen.getByLabelText('Site address') as HTMLInputElement).value).toBe('');
  });
});
