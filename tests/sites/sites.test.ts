import { beforeEach, describe, expect, it } from 'vitest';
import { addSite, listSites, removeSite, syncSiteRegistrations } from '../../lib/sites/manage-sites';
import { originPattern, parseSiteAddress } from '../../lib/sites/site-address';
import { JIRA_CONTENT_SCRIPT } from '../../lib/sites/site-registration';
import { readStoredSites } from '../../lib/sites/sites-store';
import { installFakePermissionsAndScripting } from './fake-permissions';

let fake: ReturnType<typeof installFakePermissionsAndScripting>;
beforeEach(() => {
  fake = installFakePermissionsAndScripting({ answer: true });
});

describe('parseSiteAddress', () => {
  it.each([
    ['https://jira.corp.test/jira', 'https://jira.corp.test', 'https://jira.corp.test/jira'],
    ['jira.corp.test', 'https://jira.corp.test', 'https://jira.corp.test'],
    ['https://jira.corp.test/jira/browse/SUP-1', 'https://jira.corp.test', 'https://jira.corp.test/jira'],
    ['https://jira.corp.test:8443/', 'https://jira.corp.test:8443', 'https://jira.corp.test:8443'],
  ])('%s → origin %s, base %s', (input, origin, baseUrl) => {
    expect(parseSiteAddress(input)).toEqual({ ok: true, site: { origin, baseUrl } });
  });

  it.each([
    ['', 'invalid'],
    ['not a url', 'invalid'],
    ['http://jira.corp.test', 'https'],
    ['ftp://jira.corp.test', 'invalid'],
    ['https://acme.atlassian.net', 'builtIn'],
    ['https://acme.zendesk.com', 'builtIn'],
  ])('%s is refused: %s', (input, error) => {
    expect(parseSiteAddress(input)).toEqual({ ok: false, error });
  });

  it('asks for exactly that host', () => {
    expect(originPattern('https://jira.corp.test')).toBe('https://jira.corp.test/*');
  });
});

describe('adding and removing a Data Center site', () => {
  it('asks for that origin only, then registers the Jira content script for it, persisted across restarts', async () => {
    const result = await addSite('https://jira.corp.test/jira');
    expect(result).toEqual({ ok: true, site: { origin: 'https://jira.corp.test', baseUrl: 'https://jira.corp.test/jira' } });
    expect(fake.requests).toEqual([['https://jira.corp.test/*']]);
    expect([...fake.scripts.values()]).toEqual([
      {
        id: 'sla-dc:https://jira.corp.test',
        matches: ['https://jira.corp.test/*'],
        js: [JIRA_CONTENT_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(await listSites()).toEqual([
      { origin: 'https://jira.corp.test', baseUrl: 'https://jira.corp.test/jira', granted: true, active: true },
    ]);
  });

  it('registers nothing when the user declines', async () => {
    fake.setAnswer(false);
    expect(await addSite('https://jira.corp.test')).toEqual({ ok: false, error: 'denied', origin: 'https://jira.corp.test' });
    expect(fake.scripts.size).toBe(0);
    expect(await readStoredSites()).toEqual([]);
  });

  it('does not prompt for an address it refuses', async () => {
    expect(await addSite('http://jira.corp.test')).toEqual({ ok: false, error: 'https' });
    expect(fake.requests).toEqual([]);
  });

  it('adding the same site twice keeps one registration', async () => {
    await addSite('https://jira.corp.test');
    await addSite('https://jira.corp.test/jira');
    expect(fake.scripts.size).toBe(1);
    expect(await readStoredSites()).toEqual([{ origin: 'https://jira.corp.test', baseUrl: 'https://jira.corp.test/jira' }]);
  });

  it('removing a site unregisters the script and gives the permission back', async () => {
    await addSite('https://jira.corp.test');
    await removeSite('https://jira.corp.test');
    expect(fake.scripts.size).toBe(0);
    expect(fake.granted.size).toBe(0);
    expect(await listSites()).toEqual([]);
  });

  it('the background unregisters a site whose permission was revoked in the browser, and registers it again when granted', async () => {
    await addSite('https://jira.corp.test');
    fake.revoke('https://jira.corp.test/*');
    await syncSiteRegistrations();
    expect(fake.scripts.size).toBe(0);
    expect((await listSites())[0]).toMatchObject({ granted: false, active: false });
    fake.granted.add('https://jira.corp.test/*');
    await syncSiteRegistrations();
    expect(fake.scripts.size).toBe(1);
  });

  it('the background drops a registration no stored site explains', async () => {
    fake.scripts.set('sla-dc:https://stale.test', { id: 'sla-dc:https://stale.test' });
    fake.scripts.set('someone-else', { id: 'someone-else' });
    await syncSiteRegistrations();
    expect([...fake.scripts.keys()]).toEqual(['someone-else']);
  });
});
