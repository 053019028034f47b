// Real organisations, fictional people. Kommunkoder are SCB's.
import type { OrganizationKind } from '../organizations/schema.ts';

export interface DemoOrganization {
  name: string;
  shortName?: string;
  kind: OrganizationKind;
  parent?: string;
  municipalityCode?: string;
}

export const dalarnaMunicipalities: [string, string][] = [
  ['Avesta kommun', '2084'],
  ['Borlänge kommun', '2081'],
  ['Falu kommun', '2080'],
  ['Gagnefs kommun', '2026'],
  ['Hedemora kommun', '2083'],
  ['Leksands kommun', '2029'],
  ['Ludvika kommun', '2085'],
  ['Malung-Sälens kommun', '2023'],
  ['Mora kommun', '2062'],
  ['Orsa kommun', '2034'],
  ['Rättviks kommun', '2031'],
  ['Smedjebackens kommun', '2061'],
  ['Säters kommun', '2082'],
  ['Vansbro kommun', '2021'],
  ['Älvdalens kommun', '2039'],
];

export const hallandMunicipalities: [string, string][] = [
  ['Falkenbergs kommun', '1382'],
  ['Halmstads kommun', '1380'],
  ['Hylte kommun', '1315'],
  ['Kungsbacka kommun', '1384'],
  ['Laholms kommun', '1381'],
  ['Varbergs kommun', '1383'],
];

export const hallandUnits: DemoOrganization[] = [
  { name: 'Ambulans, diagnostik och hjälpmedel (ADH)', shortName: 'ADH', kind: 'annan', parent: 'Region Halland' },
  { name: 'Hallands sjukhus', kind: 'sjukhus', parent: 'Region Halland' },
  { name: 'Närsjukvården offentliga vårdgivare', kind: 'primarvard', parent: 'Region Halland' },
  { name: 'Närsjukvården privata vårdgivare', kind: 'privat_vardgivare', parent: 'Region Halland' },
  { name: 'Psykiatrin', kind: 'annan', parent: 'Region Halland' },
  { name: 'Regionkontoret', kind: 'annan', parent: 'Region Halland' },
];

export const demoOrganizations: DemoOrganization[] = [
  { name: 'Region Dalarna', kind: 'region' },
  ...dalarnaMunicipalities.map(([name, code]) => ({
    name,
    kind: 'kommun' as const,
    municipalityCode: code,
    parent: undefined,
  })),
  { name: 'Länsstyrelsen Dalarna', kind: 'myndighet' },
  { name: 'Region Halland', kind: 'region' },
  ...hallandUnits,
  ...hallandMunicipalities.map(([name, code]) => ({ name, kind: 'kommun' as const, municipalityCode: code })),
];

const dalarnaMembers = ['Region Dalarna', ...dalarnaMunicipalities.map(([name]) => name)];

export const demoForums = [
  {
    name: 'Välfärdsrådet',
    owner: 'Region Dalarna',
    description:
      'Samverkansforum för Region Dalarna och länets 15 kommuner inom hälsa, vård och omsorg. Under pandemin veckovisa avstämningar av läget.',
    members: dalarnaMembers,
  },
  {
    name: 'Länsnätverket för förvaltningschefer',
    owner: 'Region Dalarna',
    description:
      'Nätverk för förvaltningschefer inom socialtjänst och vård och omsorg i Dalarnas kommuner och regionen.',
    members: [...dalarnaMunicipalities.map(([name]) => name), 'Region Dalarna'],
  },
  {
    name: 'Samlad sjukvårdsresurs i Halland',
    owner: 'Region Halland',
    description:
      'Avstämningsmöten mellan Region Hallands verksamheter och de sex halländska kommunerna med anledning av covid-19.',
    members: [
      'Ambulans, diagnostik och hjälpmedel (ADH)',
      'Hallands sjukhus',
      'Närsjukvården offentliga vårdgivare',
      'Närsjukvården privata vårdgivare',
      'Psykiatrin',
      ...hallandMunicipalities.map(([name]) => name),
      'Regionkontoret',
    ],
  },
];

export const DEMO_PASSWORD = 'samverkan-demo';

export interface DemoUser {
  email: string;
  name: string;
  title: string;
  organization: string;
  isAdmin?: boolean;
  roles: { forum: string; role: 'coordinator' | 'reporter' | 'reader' }[];
}

/** The logins printed at start-up, one per kind of user. */
export const demoLogins: DemoUser[] = [
  {
    email: 'admin@samverkan.example',
    name: 'Karin Lindqvist',
    title: 'Systemförvaltare',
    organization: 'Region Dalarna',
    isAdmin: true,
    roles: [],
  },
  {
    email: 'samordnare.dalarna@samverkan.example',
    name: 'Erik Håkansson',
    title: 'Samordnare',
    organization: 'Region Dalarna',
    roles: [
      { forum: 'Välfärdsrådet', role: 'coordinator' },
      { forum: 'Länsnätverket för förvaltningschefer', role: 'coordinator' },
    ],
  },
  {
    email: 'samordnare.halland@samverkan.example',
    name: 'Sofia Bergström',
    title: 'Nämndtjänsteperson',
    organization: 'Regionkontoret',
    roles: [{ forum: 'Samlad sjukvårdsresurs i Halland', role: 'coordinator' }],
  },
  {
    email: 'rapportor.falun@samverkan.example',
    name: 'Maria Ek',
    title: 'Socialchef',
    organization: 'Falu kommun',
    roles: [
      { forum: 'Välfärdsrådet', role: 'reporter' },
      { forum: 'Länsnätverket för förvaltningschefer', role: 'reporter' },
    ],
  },
  {
    email: 'rapportor.varberg@samverkan.example',
    name: 'Johan Nyström',
    title: 'Medicinskt ansvarig sjuksköterska (MAS)',
    organization: 'Varbergs kommun',
    roles: [{ forum: 'Samlad sjukvårdsresurs i Halland', role: 'reporter' }],
  },
  {
    email: 'lasare@samverkan.example',
    name: 'Anders Wikström',
    title: 'Beredskapshandläggare',
    organization: 'Länsstyrelsen Dalarna',
    roles: [{ forum: 'Välfärdsrådet', role: 'reader' }],
  },
];

// Fictional reporters for the other member organisations, so every member can file reports.
const firstNames = [
  'Anna',
  'Lars',
  'Eva',
  'Per',
  'Karin',
  'Mikael',
  'Ingrid',
  'Jonas',
  'Helena',
  'Stefan',
  'Linnea',
  'Ola',
  'Sara',
  'Henrik',
  'Elin',
  'Magnus',
  'Ulla',
  'Fredrik',
  'Malin',
  'Peter',
  'Åsa',
];
const lastNames = [
  'Andersson',
  'Berg',
  'Dahl',
  'Eriksson',
  'Forsberg',
  'Gustafsson',
  'Holm',
  'Isaksson',
  'Jansson',
  'Karlsson',
  'Lund',
  'Mattsson',
  'Nilsson',
  'Olsson',
  'Persson',
  'Sjöberg',
  'Törnqvist',
  'Wallin',
  'Åberg',
  'Öberg',
  'Strand',
];

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/ kommun$/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function generatedReporters(): DemoUser[] {
  const taken = new Set(
    demoLogins.flatMap((u) => u.roles.filter((r) => r.role === 'reporter').map(() => u.organization)),
  );
  const users: DemoUser[] = [];
  demoForums.forEach((forum) => {
    forum.members.forEach((organization) => {
      if (taken.has(organization)) return;
      taken.add(organization);
      const i = users.length;
      const forums = demoForums.filter((f) => f.members.includes(organization)).map((f) => f.name);
      users.push({
        email: `rapportor.${slug(organization)}@samverkan.example`,
        name: `${firstNames[i % firstNames.length]} ${lastNames[(i * 7 + 3) % lastNames.length]}`,
        title: organization.endsWith('kommun') ? 'Socialchef' : 'Verksamhetschef',
        organization,
        roles: forums.map((f) => ({ forum: f, role: 'reporter' as const })),
      });
    });
  });
  return users;
}
