import { sql } from 'kysely';
import { systemAdmin } from '../auth/service.ts';
import { createIndicator } from '../indicators/service.ts';
import type { Indicator } from '../indicators/schema.ts';
import { appliesTo } from '../indicators/service.ts';
import type { OrganizationKind } from '../organizations/schema.ts';
import type { Db, Trx } from '../platform/db.ts';
import { addDays, stockholmToInstant, weekTitle } from '../platform/time.ts';
import type { StrainLevel } from '../rounds/schema.ts';
import { openScheduledRounds, setSchedule } from '../rounds/service.ts';
import { demoIndicators, type DemoIndicator } from './demo-indicators.ts';

/** A small deterministic generator, so every demo database tells the same story. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The second wave: rising through December, peaking at the turn of the year, easing in February.
const WEEKS = [
  '2020-12-14',
  '2020-12-21',
  '2020-12-28',
  '2021-01-04',
  '2021-01-11',
  '2021-01-18',
  '2021-01-25',
  '2021-02-01',
];
const INTENSITY = [0.45, 0.62, 0.86, 1, 0.92, 0.74, 0.56, 0.4];
const VACCINATION_70PLUS = [0, 0, 1.5, 4, 9, 17, 28, 41];

const situations: Record<'kommun' | 'vard', Record<StrainLevel, string[]>> = {
  kommun: {
    normal: [
      'Stabilt läge i verksamheterna. Enstaka smittade brukare, uppdraget klaras.',
      'Lugnt läge. Sjukfrånvaron är på normal nivå och korttidsplatser finns.',
    ],
    strained: [
      'Ansträngt läge med ökad sjukfrånvaro.\n- Smitta på två särskilda boenden\n- Hemtjänsten klarar uppdraget med omprioriteringar',
      'Ansträngt men hanterbart. Fler brukare i hemtjänsten med konstaterad smitta.\n- Vaccinering på särskilda boenden pågår',
    ],
    very_strained: [
      'Mycket ansträngt. Utbrott på flera boenden och hög sjukfrånvaro bland personalen.\n- Korttidsplatserna är nästan fulla\n- Bemanningen löses dag för dag',
      'Mycket ansträngt läge i hemtjänsten. Många sjukskrivna och svårt att få tag på vikarier.',
    ],
    critical: [
      'Kritiskt läge i hemtjänsten: uppdraget kan inte klaras fullt ut utan stöd.\n- Stabsläge aktiverat\n- Insatser prioriteras efter behov',
    ],
  },
  vard: {
    normal: [
      'Normaldrift. Verksamheten klarar sitt uppdrag.',
      'Läget under kontroll. Viss sjukfrånvaro men uppdraget uppfylls.',
    ],
    strained: [
      'Ansträngt läge. Ökat tryck på telefon och mottagningar.\n- Smittspårningen tar mycket tid',
      'Ansträngt. Fler inläggningar än förra veckan och ökad sjukfrånvaro.',
    ],
    very_strained: [
      'Mycket ansträngt. Svår tillgång till vårdplatser, utlokalisering pågår.\n- Många IVA-patienter\n- Överbeläggningar på medicinklinikerna',
      'Mycket ansträngt läge med högt tryck på provtagning och vaccinationsbokning.',
    ],
    critical: [
      'Kritiskt läge. Förstärkningsläge inom sjukvården; planerad vård ställs in.\n- Alla IVA-platser belagda\n- Personal omfördelas',
    ],
  },
};
const challenges = [
  'Bemanning under helger och röda dagar.',
  'Smittspårningen tar mycket resurser.',
  'Svårt att hitta korttidsplatser för infektionskänsliga.',
  'Brist på vikarier med rätt kompetens.',
  'Oro hos brukare och anhöriga inför vaccinationen.',
  'Provsvar för personal dröjer.',
  '',
];
const inputs = [
  'Tydligare rutiner för smittspårning efterfrågas.',
  'Önskar att varje utskrivning sker enligt plan för att underlätta.',
  'Behov av gemensam kommunikation kring vaccinationen.',
  'Hur ska överlämning av information ske mellan helg och vardag?',
  '',
  '',
];
const weeklyThemes = [
  'Smittspridningen ökar i hela länet; flera boenden har utbrott.',
  'Inför helgerna: bemanning och korttidsplatser behöver säkras.',
  'Vaccinationen har startat på särskilda boenden.',
  'Toppen av andra vågen: sjukhusen i förstärkningsläge.',
  'Trycket är fortsatt högt men inläggningarna minskar något.',
  'Vaccinationen av hemtjänstens brukare planeras tillsammans med regionen.',
  'Läget förbättras; sjukfrånvaron går ner.',
  'Fortsatt förbättring. Fokus på vaccination av personal och riskgrupper.',
];

function strainFor(level: number): StrainLevel {
  if (level < 0.5) return 'normal';
  if (level < 0.8) return 'strained';
  if (level < 1.05) return 'very_strained';
  return 'critical';
}

const strainWords: Record<StrainLevel, string> = {
  normal: 'normalläge',
  strained: 'ansträngt',
  very_strained: 'mycket ansträngt',
  critical: 'kritiskt',
};

function valueFor(
  def: DemoIndicator,
  indicator: Indicator,
  weekIndex: number,
  level: number,
  size: number,
  rnd: () => number,
) {
  if (def.key === 'vaccination_70plus')
    return {
      value: Math.min(100, Math.round((VACCINATION_70PLUS[weekIndex] ?? 45) * (0.8 + rnd() * 0.4) * 10) / 10),
      capacity: null,
    };
  const raw = def.base + (def.peak - def.base) * Math.min(1.2, level);
  const scaled =
    indicator.kind === 'percent' || indicator.kind === 'days'
      ? raw * (0.85 + rnd() * 0.3)
      : raw * size * (0.8 + rnd() * 0.4);
  const value =
    indicator.kind === 'percent' || indicator.kind === 'days'
      ? Math.round(scaled * 10) / 10
      : Math.max(0, Math.round(scaled));
  const bounded = Math.min(value, indicator.maxValue ?? (indicator.kind === 'percent' ? 100 : value));
  return { value: bounded, capacity: def.capacity ? Math.round(def.capacity * size) : null };
}

interface Member {
  id: string;
  name: string;
  kind: OrganizationKind;
  reporterId: string | undefined;
}

async function loadMembers(db: Db, forumId: string): Promise<Member[]> {
  const rows = await db
    .selectFrom('forumMembers')
    .innerJoin('organizations', 'organizations.id', 'forumMembers.organizationId')
    .select(['organizations.id', 'organizations.name', 'organizations.kind'])
    .where('forumMembers.forumId', '=', forumId)
    .orderBy('forumMembers.position')
    .execute();
  const reporters = await db
    .selectFrom('forumRoles')
    .innerJoin('users', 'users.id', 'forumRoles.userId')
    .select(['users.id', 'users.organizationId'])
    .where('forumRoles.forumId', '=', forumId)
    .where('forumRoles.role', '=', 'reporter')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind as OrganizationKind,
    reporterId: reporters.find((u) => u.organizationId === r.id)?.id,
  }));
}

interface DemoReport {
  roundId: string;
  organizationId: string;
  submittedBy: string;
  onBehalf: boolean;
  isLate: boolean;
  submittedAt: Date;
  strainLevel: StrainLevel;
  currentSituation: string;
  challenges: string;
  input: string;
  values: { indicatorId: string; value: number; capacity: number | null }[];
}

/** A PostgreSQL array literal of ids or numbers (nothing to quote). */
const arrayLiteral = (items: (string | number | null)[]) => `{${items.map((x) => x ?? 'NULL').join(',')}}`;

/** Files a round's reports as submitted version 1, two bulk inserts for the whole round. */
async function fileReports(trx: Trx, reports: DemoReport[]) {
  if (reports.length === 0) return;
  const ids = await trx
    .insertInto('reports')
    .values(
      reports.map((r) => ({
        roundId: r.roundId,
        organizationId: r.organizationId,
        currentSituation: r.currentSituation,
        challenges: r.challenges,
        input: r.input,
        strainLevel: r.strainLevel,
        values: JSON.stringify(
          Object.fromEntries(r.values.map((v) => [v.indicatorId, { value: v.value, capacity: v.capacity }])),
        ),
        revision: 1,
        updatedAt: r.submittedAt,
        updatedBy: r.submittedBy,
        submittedVersion: 1,
        submittedRevision: 1,
        firstSubmittedAt: r.submittedAt,
        submittedStrainLevel: r.strainLevel,
      })),
    )
    .returning(['id', 'organizationId'])
    .execute();
  const idOf = new Map(ids.map((row) => [row.organizationId, row.id]));
  await trx
    .insertInto('reportVersions')
    .values(
      reports.map((r) => ({
        reportId: idOf.get(r.organizationId)!,
        version: 1,
        roundId: r.roundId,
        organizationId: r.organizationId,
        currentSituation: r.currentSituation,
        challenges: r.challenges,
        input: r.input,
        strainLevel: r.strainLevel,
        submittedAt: r.submittedAt,
        submittedBy: r.submittedBy,
        onBehalf: r.onBehalf,
        isLate: r.isLate,
        isLatest: true,
        indicatorIds: sql<string[]>`${arrayLiteral(r.values.map((v) => v.indicatorId))}::uuid[]`,
        indicatorValues: sql<number[]>`${arrayLiteral(r.values.map((v) => v.value))}::numeric[]`,
        indicatorCapacities: sql<number[]>`${arrayLiteral(r.values.map((v) => v.capacity))}::numeric[]`,
      })),
    )
    .execute();
}

function pick<T>(items: T[], rnd: () => number): T {
  return items[Math.floor(rnd() * items.length)]!;
}

/** Eight weekly rounds per demo forum (December 2020 to February 2021) with plausible reports, then a weekly schedule. */
export async function seedDemoRounds(
  db: Db,
  forums: Map<string, string>,
  coordinators: Map<string, string>,
  appUrl: string,
): Promise<void> {
  let forumIndex = 0;
  for (const [forumName, forumId] of forums) {
    const rnd = random(20201214 + forumIndex++);
    const defs = demoIndicators[forumName] ?? [];
    const indicators: { def: DemoIndicator; indicator: Indicator }[] = [];
    for (const def of defs) {
      const { peak: _peak, base: _base, capacity: _capacity, ...input } = def;
      indicators.push({ def, indicator: await createIndicator({ db, actor: systemAdmin, forumId, input }) });
    }
    const members = await loadMembers(db, forumId);
    const profile = new Map(
      members.map((m) => [
        m.id,
        { offset: (rnd() - 0.5) * 0.35, size: m.kind === 'kommun' ? 0.2 + rnd() * 1.2 : 0.6 + rnd() * 0.6 },
      ]),
    );
    const coordinatorId = coordinators.get(forumName)!;
    await db.transaction().execute(async (trx) => {
      for (const [weekIndex, monday] of WEEKS.entries()) {
        const deadlineDate = addDays(monday, 1);
        const deadline = stockholmToInstant(deadlineDate, '12:00');
        const { id: roundId } = await trx
          .insertInto('rounds')
          .values({
            forumId,
            title: weekTitle(monday),
            periodStart: monday,
            periodEnd: addDays(monday, 6),
            deadline,
            meetingAt: stockholmToInstant(deadlineDate, '14:00'),
            status: 'closed',
            closedAt: stockholmToInstant(deadlineDate, '16:00'),
            isPublished: true,
            isScheduled: false,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const levels: StrainLevel[] = [];
        const reports: DemoReport[] = [];
        for (const member of members) {
          const roll = rnd();
          if (roll < 0.06 || !member.reporterId) continue; // missing this week
          const level = Math.max(
            0,
            (INTENSITY[weekIndex] ?? 0.5) + profile.get(member.id)!.offset + (rnd() - 0.5) * 0.12,
          );
          const strainLevel = strainFor(level);
          levels.push(strainLevel);
          const isLate = roll > 0.92;
          const onBehalf = roll > 0.06 && roll < 0.1;
          const submittedAt = new Date(
            deadline.getTime() + (isLate ? (1 + rnd() * 20) * 3600_000 : -(2 + rnd() * 40) * 3600_000),
          );
          reports.push({
            roundId,
            organizationId: member.id,
            submittedBy: onBehalf ? coordinatorId : member.reporterId,
            onBehalf,
            isLate,
            submittedAt,
            strainLevel,
            currentSituation: pick(situations[member.kind === 'kommun' ? 'kommun' : 'vard'][strainLevel], rnd),
            challenges: strainLevel === 'normal' ? '' : pick(challenges, rnd),
            input: pick(inputs, rnd),
            values: indicators
              .filter(({ indicator }) => appliesTo(indicator, member.kind) && rnd() > 0.05)
              .map(({ def, indicator }) => ({
                indicatorId: indicator.id,
                ...valueFor(def, indicator, weekIndex, level, profile.get(member.id)!.size, rnd),
              })),
          });
        }
        await fileReports(trx, reports);
        const strained = levels.filter((l) => l !== 'normal').length;
        const worst =
          (['critical', 'very_strained', 'strained', 'normal'] as const).find((l) => levels.includes(l)) ?? 'normal';
        await trx
          .updateTable('rounds')
          .set({
            summary: `${strained} av ${levels.length} rapporterande organisationer har ansträngt läge eller värre; det svåraste läget är ${strainWords[worst]}.\n- ${weeklyThemes[weekIndex]}`,
            summaryUpdatedAt: stockholmToInstant(deadlineDate, '15:30'),
            summaryUpdatedBy: coordinatorId,
          })
          .where('id', '=', roundId)
          .execute();
      }
    });
    await setSchedule({
      db,
      actor: systemAdmin,
      forumId,
      // Opening 7 days before the Tuesday deadline opens the next round on the day the last one's deadline
      // passes, so the demo always has a round open (with 6, none was open from Tuesday 12:00 to midnight).
      schedule: { weekday: 2, deadlineTime: '12:00', openDaysBefore: 7, isActive: true },
      appUrl,
    });
  }
  await openScheduledRounds(db, new Date(), appUrl);
}
