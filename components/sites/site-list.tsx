import { useId, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n';
import type { AddSiteResult, SiteStatus } from '../../lib/sites/manage-sites';

export interface SiteListProps {
  /** null while loading. */
  sites: SiteStatus[] | null;
  /** Called synchronously from the submit handler, so the permission prompt keeps the user gesture. */
  onAdd: (address: string) => Promise<AddSiteResult>;
  onRemove: (origin: string) => Promise<void>;
}

/**
 * "Add a Jira Data Center site" for the options page's Helpdesks section: the added sites with their state, a remove
 * button each, and an address field. Mount it with `useDataCenterSites()` from `lib/sites/use-sites`.
 */
export function SiteList({ sites, onAdd, onRemove }: SiteListProps) {
  const inputId = useId();
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    // No await before onAdd: it asks for the permission inside this gesture.
    void onAdd(address).then((result) => {
      if (result.ok) {
        setAddress('');
        setMessage({ kind: 'ok', text: t('popup.sites.added', { origin: result.site.origin }) });
      } else {
        setMessage({ kind: 'error', text: errorText(result) });
      }
    });
  }

  return (
    <section className="site-list" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t('popup.sites.title')}</h3>
      <p>{t('popup.sites.intro')}</p>
      {sites && sites.length === 0 && <p className="site-list-none">{t('popup.sites.none')}</p>}
      {sites && sites.length > 0 && (
        <ul>
          {sites.map((site) => (
            <li key={site.origin} data-origin={site.origin} data-active={site.active}>
              <span className="site-list-url">{site.baseUrl}</span>{' '}
              <span className="site-list-status">
                {site.active ? `✓ ${t('popup.sites.status.active')}` : `⚠ ${t('popup.sites.status.noPermission')}`}
              </span>{' '}
              <button
                type="button"
                aria-label={t('popup.sites.removeLabel', { origin: site.origin })}
                onClick={() => void onRemove(site.origin)}
              >
                {t('popup.sites.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit}>
        <label htmlFor={inputId}>{t('popup.sites.addressLabel')}</label>{' '}
        <input
          id={inputId}
          type="url"
          inputMode="url"
          value={address}
          placeholder={t('popup.sites.addressPlaceholder')}
          onChange={(event) => setAddress(event.target.value)}
          aria-describedby={message ? `${inputId}-message` : undefined}
        />{' '}
        <button type="submit">{t('popup.sites.add')}</button>
      </form>
      {message && (
        <p id={`${inputId}-message`} role={message.kind === 'error' ? 'alert' : 'status'} className={`site-list-${message.kind}`}>
          {message.text}
        </p>
      )}
    </section>
  );
}

function errorText(result: Extract<AddSiteResult, { ok: false }>): string {
  switch (result.error) {
    case 'invalid':
      return t('popup.sites.error.invalid');
    case 'https':
      return t('popup.sites.error.https');
    case 'builtIn':
      return t('popup.sites.error.builtIn');
    case 'denied':
      return t('popup.sites.error.denied', { origin: result.origin ?? '' });
    case 'failed':
      return t('popup.sites.error.failed', { reason: result.reason ?? '' });
  }
}
