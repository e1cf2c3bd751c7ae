/**
 * Jira URLs → page kind. Cloud lives on `*.atlassian.net`; Data Center on any origin the user granted, detected
 * from the document (`detect-data-center.ts`) and served under its context path (research §2.6, §3.3–§3.5, [E4]).
 */
import type { PageInfo, PageKind } from '../types';
import { matchFirst, type PageDetector } from '../page-detector';
import { detectDataCenter } from './detect-data-center';

const KEY = '([A-Z][A-Z0-9_]*-\\d+)';
export const issueKeyPattern = /^[A-Z][A-Z0-9_]*-\d+$/;

const isCloudHost = (url: URL): boolean => url.hostname.endsWith('.atlassian.net');

function selectedIssue(url: URL): string | undefined {
  const key = url.searchParams.get('selectedIssue') ?? undefined;
  return key && issueKeyPattern.test(key) ? key : undefined;
}

function detector(
  name: string,
  flavor: PageInfo['flavor'],
  kind: PageKind,
  pattern: RegExp,
  examples: string[],
  accepts: (url: URL) => boolean = () => true,
): PageDetector {
  return {
    name,
    examples,
    match(url, contextPath) {
      if (isCloudHost(url) !== (flavor === 'cloud')) return undefined;
      const prefix = flavor === 'cloud' ? '' : contextPath;
      if (!url.pathname.startsWith(prefix)) return undefined;
      const found = pattern.exec(url.pathname.slice(prefix.length));
      if (!found || !accepts(url)) return undefined;
      const key = found[1] ?? selectedIssue(url);
      return key === undefined ? { kind } : { kind, key };
    },
  };
}

const hasQuery = (url: URL): boolean => url.searchParams.has('jql') || url.searchParams.has('filter');

export const jiraBrowse = detector('jiraBrowse', 'cloud', 'ticket', new RegExp(`^/browse/${KEY}/?$`), import.meta.env.PROD ? [] : [
  'https://acme.atlassian.net/browse/SUP-12',
  'https://acme.atlassian.net/browse/SUP-12?focusedCommentId=100',
]);

/** JSM queues, with the split issue view's key as the last segment. */
export const jiraQueue = detector(
  'jiraQueue',
  'cloud',
  'queue',
  new RegExp(`^/jira/servicedesk/projects/[^/]+/queues/(?:custom|issue)/\\d+(?:/${KEY})?/?$`),
  import.meta.env.PROD ? [] : [
    'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/3',
    'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/3/SUP-12',
    'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/3?selectedIssue=SUP-12',
  ],
);

export const jiraNavigator = detector(
  'jiraNavigator',
  'cloud',
  'list',
  /^\/(?:jira\/)?issues\/?$/,
  import.meta.env.PROD ? [] : [
    'https://acme.atlassian.net/issues/?jql=project%3DSUP',
    'https://acme.atlassian.net/jira/issues?jql=assignee%3DcurrentUser()&selectedIssue=SUP-12',
  ],
  hasQuery,
);

export const jiraSoftwareList = detector(
  'jiraSoftwareList',
  'cloud',
  'list',
  /^\/jira\/software\/(?:c\/)?projects\/[^/]+\/list\/?$/,
  import.meta.env.PROD ? [] : [
    'https://acme.atlassian.net/jira/software/projects/SUP/list',
    'https://acme.atlassian.net/jira/software/c/projects/SUP/list?selectedIssue=SUP-12',
  ],
);

export const jiraBoard = detector(
  'jiraBoard',
  'cloud',
  'board',
  /^\/jira\/software\/(?:c\/)?projects\/[^/]+\/boards\/\d+\/?$/,
  import.meta.env.PROD ? [] : [
    'https://acme.atlassian.net/jira/software/projects/SUP/boards/1',
    'https://acme.atlassian.net/jira/software/projects/SUP/boards/1?selectedIssue=SUP-12',
    'https://acme.atlassian.net/jira/software/c/projects/OPS/boards/7',
  ],
);

/** Jira Work Management ("core"): board route → cards; every other project route lists issues. */
export const jiraCoreBoard = detector('jiraCoreBoard', 'cloud', 'board', /^\/jira\/core\/projects\/[^/]+\/board\/?$/, import.meta.env.PROD ? [] : [
  'https://acme.atlassian.net/jira/core/projects/BIZ/board',
  'https://acme.atlassian.net/jira/core/projects/BIZ/board?selectedIssue=BIZ-4',
]);

export const jiraCore = detector('jiraCore', 'cloud', 'list', /^\/jira\/core\/(?!projects\/[^/]+\/board\/?$)/, import.meta.env.PROD ? [] : [
  'https://acme.atlassian.net/jira/core/projects/BIZ/list',
  'https://acme.atlassian.net/jira/core/projects/BIZ/issues?selectedIssue=BIZ-4',
]);

export const dcBrowse = detector('dcBrowse', 'data-center', 'ticket', new RegExp(`^/browse/${KEY}/?$`), import.meta.env.PROD ? [] : [
  'https://jira.corp.test/jira/browse/OPS-7',
]);

export const dcNavigator = detector(
  'dcNavigator',
  'data-center',
  'list',
  /^\/(?:issues\/?|secure\/IssueNavigator\.jspa)$/,
  import.meta.env.PROD ? [] : ['https://jira.corp.test/jira/issues/?jql=project%20%3D%20OPS', 'https://jira.corp.test/jira/issues/?filter=-1'],
  hasQuery,
);

export const dcBoard = detector('dcBoard', 'data-center', 'board', /^\/secure\/RapidBoard\.jspa$/, import.meta.env.PROD ? [] : [
  'https://jira.corp.test/jira/secure/RapidBoard.jspa?rapidView=5',
  'https://jira.corp.test/jira/secure/RapidBoard.jspa?rapidView=5&selectedIssue=OPS-7',
]);

export const jiraCloudDetectors: readonly PageDetector[] = [
  jiraBrowse,
  jiraQueue,
  jiraNavigator,
  jiraSoftwareList,
  jiraBoard,
  jiraCoreBoard,
  jiraCore,
];
export const jiraDataCenterDetectors: readonly PageDetector[] = [dcBrowse, dcNavigator, dcBoard];

export function detectJiraPage(url: URL, doc: Document): PageInfo | undefined {
  const cloud = isCloudHost(url);
  const contextPath = cloud ? '' : detectDataCenter(doc);
  if (contextPath === undefined) return undefined;
  const match = matchFirst(cloud ? jiraCloudDetectors : jiraDataCenterDetectors, url, contextPath);
  if (!match) return undefined;
  const page: PageInfo = {
    helpdesk: 'jira',
    kind: match.kind,
    apiBase: url.origin + contextPath,
    flavor: cloud ? 'cloud' : 'data-center',
  };
  if (match.key !== undefined) page.key = match.key;
  return page;
}
