import type { FxOrganization, FxPerson } from './model';

export const AGENTS: FxPerson[] = [
  { id: '70002', name: 'Ana Agent', email: 'ana@acme.example', role: 'agent' },
  { id: '70003', name: 'Bo Builder', email: 'bo@acme.example', role: 'agent' },
  { id: '70004', name: 'Ida Admin', email: 'ida@acme.example', role: 'admin' },
];

export const CUSTOMERS: FxPerson[] = [
  { id: '90001', name: 'Cleo Customer', email: 'cleo@globex.example', role: 'end-user' },
  { id: '90002', name: 'Dan Dorsey', email: 'dan@initech.example', role: 'end-user' },
  { id: '90003', name: 'Eve Eriksen', email: 'eve@umbrella.example', role: 'end-user' },
  { id: '90004', name: 'Finn <i>Fuzz</i>', email: 'finn@evil.example', role: 'end-user' },
  { id: '90005', name: 'Gus Grün', email: 'gus@acme.example', role: 'end-user' },
];

export const ORGS = {
  acme: { id: 5100, name: 'Acme Corp', tags: ['tier_standard'], fields: { support_tier: 'standard', vip: false } },
  globex: { id: 5101, name: 'Globex', tags: ['vip', 'tier_enterprise'], fields: { support_tier: 'platinum', vip: true } },
  initech: { id: 5102, name: 'Initech', tags: ['tier_standard'], fields: { support_tier: 'standard', vip: false } },
  evil: {
    id: 5103,
    name: '<b>Evil Corp</b>',
    tags: ['<img_src=x_onerror=alert(1)>', 'tier_standard'],
    fields: { support_tier: '<script>alert(1)</script>', vip: false },
  },
} satisfies Record<string, FxOrganization>;

/** Jira account ids (reporters are customers, everyone else an agent). */
export function jiraAccountId(p: FxPerson): string {
  return `557058:${p.id.padStart(8, '0')}-fx`;
}

export function allPeople(): FxPerson[] {
  return [...AGENTS, ...CUSTOMERS];
}
