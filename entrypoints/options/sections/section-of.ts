/** Which section of the page edits the field at a POLICY.md path. */
export function sectionOf(path: string): 'tiers' | 'calendars' | 'customers' | 'mapping' | 'escalation' {
  if (path.startsWith('tiers')) return 'tiers';
  if (path.startsWith('calendars')) return 'calendars';
  if (path.startsWith('customerTiers')) return 'customers';
  if (path.startsWith('priorityMap') || path.startsWith('statusMap')) return 'mapping';
  return 'escalation';
}
