import type { Actor } from '../auth/service.ts';
import { labelOf, roundTitleLabel, unitLabel, type Labels, type Locale } from '../platform/labels.ts';
import type { Db } from '../platform/db.ts';
import { isoWeek, weekTitle } from '../platform/time.ts';
import { countRates, getReporting, listVisibleRounds } from '../trends/service.ts';
import type { CellStatus, TrendQuery } from '../trends/schema.ts';
import * as queries from './queries.ts';
import type { ReportingExport, ReportingRow, ValueExport } from './schema.ts';

export const reportingStatusLabels = {
  submitted: { sv: 'Inlämnad', en: 'Submitted' },
  late: { sv: 'Sen', en: 'Late' },
  missing: { sv: 'Saknas', en: 'Missing' },
  not_member: { sv: 'Ej medlem', en: 'Not a member' },
} as const satisfies Record<CellStatus, Labels>;

/** "v. 49 2026" for a period within one ISO week, otherwise the dates it spans. */
export function periodLabel(periodStart: string, periodEnd: string, locale: Locale): string {
  const start = isoWeek(periodStart);
  const end = isoWeek(periodEnd);
  if (start.week === end.week && start.year === end.year) return roundTitleLabel(weekTitle(periodStart), locale);
  return `${periodStart}–${periodEnd}`;
}

interface RoundRef {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
}

const roundColumns = (round: RoundRef, locale: Locale) => ({
  roundId: round.id,
  round: roundTitleLabel(round.title, locale),
  period: periodLabel(round.periodStart, round.periodEnd, locale),
  periodStart: round.periodStart,
  periodEnd: round.periodEnd,
});

/**
 * Every figure filed in the rounds whose lägesbild the caller may read, one row per figure: what the
 * trends draw, as a table for a spreadsheet or another system.
 */
export async function getValueExport(
  db: Db,
  actor: Actor,
  forumId: string,
  query: TrendQuery,
  locale: Locale,
): Promise<ValueExport> {
  const rounds = await listVisibleRounds(db, actor, forumId, query);
  const order = new Map(rounds.map((round, index) => [round.id, index]));
  const values = await queries.listFiledValues(db, forumId, [...order.keys()]);
  const rows = values
    .map((v) => {
      const round = rounds[order.get(v.roundId)!]!;
      return {
        ...roundColumns(round, locale),
        organizationId: v.organizationId,
        organization: v.organizationName,
        municipalityCode: v.municipalityCode,
        indicatorId: v.indicatorId,
        indicatorKey: v.indicatorKey,
        indicator: locale === 'sv' ? v.nameSv : v.nameEn,
        value: v.value,
        capacity: v.capacity,
        unit: unitLabel(v.unit, locale),
        reportedAt: v.firstSubmittedAt.toISOString(),
        late: v.firstSubmittedAt > round.deadline,
      };
    })
    // Stable: within a round the query's order (organisations, then indicators) stays.
    .sort((a, b) => order.get(a.roundId)! - order.get(b.roundId)!);
  return { forumId, rows };
}

/**
 * The reporting discipline of the trends page (src/trends) as rows: per round and organisation
 * whether a report was expected, came, and came on time, with the rates per organisation, per
 * round and for the forum exactly as the trends count them.
 */
export async function getReportingExport(
  db: Db,
  actor: Actor,
  forumId: string,
  query: TrendQuery,
  locale: Locale,
): Promise<ReportingExport> {
  const reporting = await getReporting(db, actor, forumId, query);
  const codes = new Map(
    (
      await queries.listMunicipalityCodes(
        db,
        reporting.organizations.map((o) => o.organizationId),
      )
    ).map((o) => [o.id, o.municipalityCode]),
  );
  const organization = (o: (typeof reporting.organizations)[number]) => ({
    organizationId: o.organizationId,
    organization: o.name,
    municipalityCode: codes.get(o.organizationId) ?? null,
  });
  const rows: ReportingRow[] = reporting.rounds.flatMap((round, index) =>
    reporting.organizations.flatMap((o) => {
      const status = o.statuses[index]!;
      const strainLevel = o.strainLevels[index] ?? null;
      // An organisation that was no member and filed nothing has nothing to say about the round.
      if (status === 'not_member' && strainLevel === null) return [];
      const { expected, reported, onTime } = countRates([status]);
      return [
        {
          ...roundColumns(round, locale),
          ...organization(o),
          status,
          statusLabel: labelOf(reportingStatusLabels, status, locale),
          strainLevel,
          expected,
          reported,
          onTime,
        },
      ];
    }),
  );
  return {
    forumId,
    rows,
    organizations: reporting.organizations.map((o) => ({ ...organization(o), ...o.rates })),
    rounds: reporting.rounds.map((round, index) => {
      const { roundId, round: title, period } = roundColumns(round, locale);
      return { roundId, round: title, period, ...reporting.roundRates[index]! };
    }),
    total: reporting.total,
  };
}
