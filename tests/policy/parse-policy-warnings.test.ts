import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../lib/policy/parse-policy';
import type { PolicyIssue } from '../../lib/policy/types';
import { editedDocument, type JsonDocument } from './policy-documents';

function warningsOf(document: unknown): PolicyIssue[] {
  const result = parsePolicy(document);
  if (!result.ok) throw new Error(`expected a valid policy, got ${JSON.stringify(result.errors)}`);
  return result.warnings;
}

const tier = (id: string, priorities: string[], customerTiers: string[] = []) => ({
  id,
  name: id.toUpperCase(),
  priorities,
  customerTiers,
  targets: { firstResponse: { minutes: 60, calendar: '24x7' } },
});

/** Replaces the preset's tiers; a second customer tier `gold` exists for the customer-tier rows. */
const withTiers = (...tiers: ReturnType<typeof tier>[]) => (d: JsonDocument) => {
  d.customerTiers.push({ id: 'gold', name: 'Gold', tags: ['gold'], organizations: [] });
  d.tiers = tiers;
};

describe('a tier that can never match', () => {
  it.each<[string, (d: JsonDocument) => void, string[]]>([
    ['is the same as an earlier one', withTiers(tier('a', ['P1']), tier('b', ['P1'])), ['tiers[1]']],
    ['follows a catch-all tier', withTiers(tier('all', []), tier('b', ['P2'], ['vip'])), ['tiers[1]']],
    ['follows a tier listing all its priorities', withTiers(tier('a', ['P1', 'P2']), tier('b', ['P2'])), ['tiers[1]']],
    [
      'follows a tier for any priority of its customer tier',
      withTiers(tier('a', [], ['vip']), tier('b', ['P1'], ['vip'])),
      ['tiers[1]'],
    ],
    [
      'is shadowed by a tier that is not the one right before it',
      withTiers(tier('a', ['P1']), tier('b', ['P2']), tier('c', ['P1'])),
      ['tiers[2]'],
    ],
    ['warns for each shadowed tier', withTiers(tier('all', []), tier('b', ['P1']), tier('c', ['P2'])), ['tiers[1]', 'tiers[2]']],
  ])('warns when it %s', (_description, edit, paths) => {
    const warnings = warningsOf(editedDocument(edit));
    expect(warnings.filter((w) => w.path.startsWith('tiers')).map((w) => w.path)).toEqual(paths);
  });

  it.each<[string, (d: JsonDocument) => void]>([
    ['a later tier takes more priorities', withTiers(tier('a', ['P1']), tier('b', ['P1', 'P2']))],
    ['a later tier takes any priority after a narrow one', withTiers(tier('a', ['P1']), tier('b', []))],
    ['a later tier takes any customer after a narrow one', withTiers(tier('a', ['P1'], ['vip']), tier('b', ['P1']))],
    ['the customer tiers differ', withTiers(tier('a', ['P1'], ['vip']), tier('b', ['P1'], ['gold']))],
    ['a later tier takes more customer tiers', withTiers(tier('a', ['P1'], ['vip']), tier('b', ['P1'], ['vip', 'gold']))],
  ])('does not warn when %s', (_description, edit) => {
    expect(warningsOf(editedDocument(edit)).filter((w) => w.path.startsWith('tiers'))).toEqual([]);
  });
});

describe('a priority the priority map produces but no tier lists', () => {
  // The preset's "VIP express" tier takes any priority; without it the rule applies.
  const withoutCatchAll = (d: JsonDocument) => d.tiers.splice(1, 1);

  it('warns once per priority, at the first map entry that produces it', () => {
    const warnings = warningsOf(
      editedDocument((d) => {
        withoutCatchAll(d);
        d.priorityMap.zendesk.urgent = 'P0';
        d.priorityMap.jira.highest = 'P0';
        d.priorityMap.jira['needs triage'] = 'P5';
      }),
    );
    expect(warnings.map((w) => w.path)).toEqual(['priorityMap.zendesk.urgent', 'priorityMap.jira["needs triage"]']);
    expect(warnings[0]!.message).toMatch(/"P0".*no tier lists it/);
  });

  it('does not warn when some tier takes any priority', () => {
    expect(warningsOf(editedDocument((d) => (d.priorityMap.zendesk.urgent = 'P0')))).toEqual([]);
  });

  it('does not warn when every mapped priority is listed', () => {
    expect(warningsOf(editedDocument(withoutCatchAll))).toEqual([]);
  });
});

describe('a calendar with no business time at all', () => {
  const closedWeek = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

  it.each<[string, (d: JsonDocument) => void, string[]]>([
    ['an empty week and no workdays', (d) => (d.calendars[0].weekly = closedWeek), ['calendars[0]']],
    [
      'an empty week with holidays only',
      (d) => {
        d.calendars[0].weekly = closedWeek;
        d.calendars[0].holidays = [{ date: '2026-10-01' }];
      },
      ['calendars[0]'],
    ],
    [
      'an empty week with one special workday (no warning)',
      (d) => {
        d.calendars[0].weekly = closedWeek;
        d.calendars[0].workdays = [{ date: '2026-10-10', hours: [['09:00', '18:00']] }];
      },
      [],
    ],
    ['only Sunday hours (no warning)', (d) => (d.calendars[0].weekly = { ...closedWeek, sun: [['10:00', '16:00']] }), []],
  ])('%s', (_description, edit, paths) => {
    expect(warningsOf(editedDocument(edit)).map((w) => w.path)).toEqual(paths);
  });
});
