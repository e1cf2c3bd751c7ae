import { describe, expect, it } from 'vitest';
import type { PageDetector } from '../../lib/adapters/page-detector';
import { detectZendeskPage, zendeskDetectors } from '../../lib/adapters/zendesk/page-detect';
import { detectJiraPage, jiraCloudDetectors, jiraDataCenterDetectors } from '../../lib/adapters/jira/page-detect';
import { loadPage } from './load-fixture';

// Data Center examples are written under the `/jira` context path.
const all: { detector: PageDetector; contextPath: string }[] = [
  ...zendeskDetectors.map((detector) => ({ detector, contextPath: '' })),
  ...jiraCloudDetectors.map((detector) => ({ detector, contextPath: '' })),
  ...jiraDataCenterDetectors.map((detector) => ({ detector, contextPath: '/jira' })),
];

describe('page detectors', () => {
  it('have unique names and at least one example each', () => {
    expect(new Set(all.map(({ detector }) => detector.name)).size).toBe(all.length);
    for (const { detector } of all) expect(detector.examples.length).toBeGreaterThan(0);
  });

  for (const { detector, contextPath } of all) {
    it(`${detector.name} accepts its own examples`, () => {
      for (const example of detector.examples) {
        expect(detector.match(new URL(example), contextPath), example).toBeDefined();
      }
    });

    it(`${detector.name} rejects every other detector's examples`, () => {
      for (const other of all) {
        if (other.detector === detector) continue;
        for (const example of other.detector.examples) {
          expect(detector.match(new URL(example), contextPath), example).toBeUndefined();
        }
      }
    });
  }
});

describe('detectZendeskPage', () => {
  it.each([
    ['https://acme.zendesk.com/agent/tickets/4821/events', { kind: 'ticket', key: '4821' }],
    ['https://acme.zendesk.com/agent/filters/360001', { kind: 'list' }],
    ['https://acme.zendesk.com/agent/search/1?q=x', { kind: 'list' }],
    ['https://acme.zendesk.com/agent/dashboard', { kind: 'list' }],
  ])('%s', (href, expected) => {
    expect(detectZendeskPage(new URL(href))).toEqual({
      helpdesk: 'zendesk',
      apiBase: 'https://acme.zendesk.com',
      flavor: 'cloud',
      ...expected,
    });
  });

  it.each([
    'https://acme.zendesk.com/agent/users/90001',
    'https://acme.zendesk.com/hc/en-us/requests/4821',
    'https://evil.example/agent/tickets/4821',
  ])('ignores %s', (href) => expect(detectZendeskPage(new URL(href))).toBeUndefined());
});

describe('detectJiraPage', () => {
  const cloudDoc = document; // no ajs-* metas

  it.each([
    ['https://acme.atlassian.net/browse/SUP-12', 'ticket', 'SUP-12'],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/3/SUP-12', 'queue', 'SUP-12'],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/3', 'queue', undefined],
    ['https://acme.atlassian.net/jira/software/projects/SUP/boards/1?selectedIssue=SUP-12', 'board', 'SUP-12'],
    ['https://acme.atlassian.net/jira/software/projects/SUP/list?selectedIssue=SUP-12', 'list', 'SUP-12'],
    ['https://acme.atlassian.net/issues/?jql=project%3DSUP', 'list', undefined],
    ['https://acme.atlassian.net/jira/core/projects/BIZ/board', 'board', undefined],
  ])('%s → %s %s (Cloud)', (href, kind, key) => {
    const page = detectJiraPage(new URL(href), cloudDoc);
    expect(page).toEqual({
      helpdesk: 'jira',
      kind,
      apiBase: 'https://acme.atlassian.net',
      flavor: 'cloud',
      ...(key ? { key } : {}),
    });
  });

  it('ignores Cloud pages that carry no tickets', () => {
    expect(detectJiraPage(new URL('https://acme.atlassian.net/jira/your-work'), cloudDoc)).toBeUndefined();
    expect(detectJiraPage(new URL('https://acme.atlassian.net/issues/'), cloudDoc)).toBeUndefined();
  });

  it('detects Data Center from the document and puts the context path in apiBase', () => {
    const { doc, url, close } = loadPage('jira/dc-issue.html', 'https://jira.corp.test/jira/browse/OPS-7');
    expect(detectJiraPage(url, doc)).toEqual({
      helpdesk: 'jira',
      kind: 'ticket',
      key: 'OPS-7',
      apiBase: 'https://jira.corp.test/jira',
      flavor: 'data-center',
    });
    const board = new URL('https://jira.corp.test/jira/secure/RapidBoard.jspa?rapidView=5&selectedIssue=OPS-8');
    expect(detectJiraPage(board, doc)).toMatchObject({ kind: 'board', key: 'OPS-8' });
    close();
  });

  it('supports a Data Center at the root context path', () => {
    const { doc, close } = loadPage('jira/dc-issue.html', 'https://jira.example.org/browse/OPS-7');
    doc.querySelector('meta[name="ajs-context-path"]')?.setAttribute('content', '');
    expect(detectJiraPage(new URL('https://jira.example.org/browse/OPS-7'), doc)).toMatchObject({
      apiBase: 'https://jira.example.org',
      flavor: 'data-center',
      key: 'OPS-7',
    });
    close();
  });

  it('ignores other origins without Data Center markers (Cloud markup has no ajs-* metas)', () => {
    const { doc, close } = loadPage('jira/issue-page.html', 'https://jira.corp.test/browse/SUP-12');
    expect(detectJiraPage(new URL('https://jira.corp.test/browse/SUP-12'), doc)).toBeUndefined();
    close();
  });
});
