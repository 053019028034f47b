import type { Actor } from '../auth/service.ts';
import { getVisibleForum } from '../forums/service.ts';
import { indicatorErrors } from '../indicators/errors.ts';
import { appliesTo, listIndicators } from '../indicators/service.ts';
import type { OrganizationKind } from '../organizations/schema.ts';
import type { Db } from '../platform/db.ts';
import { can } from '../policy/policy.ts';
import { aggregateMethod, median, sum } from '../rounds/aggregate.ts';
import type { StrainLevel } from '../rounds/schema.ts';
import * as queries from './queries.ts';
import type { CellStatus, IndicatorTrend, Rates, Reporting, TrendQuery } from './schema.ts';

/** The rounds of the forum the caller may read the lägesbild of, oldest first. */
export async function listVisibleRounds(db: Db, actor: Actor, forumId: string, query: TrendQuery) {
  await getVisibleForum(db, actor, forumId);
  const rounds = await queries.listRounds(db, forumId, query);
  return rounds
    .filter((r) =>
      can(actor, 'round.viewOverview', { forumId, isPublished: r.isPublished, status: r.status as 'open' | 'closed' }),
    )
    .map((r) => ({
      id: r.id,
      title: r.title,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      deadline: new Date(r.deadline),
    }));
}

/** Expected, reported and on time over some cells (rounds of an organisation, organisations of a round, one cell). */
export function countRates(statuses: CellStatus[]): Rates {
  const expected = statuses.filter((s) => s !== 'not_member').length;
  const reported = statuses.filter((s) => s === 'submitted' || s === 'late').length;
  const onTime = statuses.filter((s) => s === 'submitted').length;
  const share = (n: number) => (expected === 0 ? null : Math.round((n / expected) * 1000) / 1000);
  return { expected, reported, onTime, rate: share(reported), onTimeRate: share(onTime) };
}

type Round = Awaited<ReturnType<typeof listVisibleRounds>>[number];

/** Who was expected in which round (a member when it closed for reports), and what they filed. */
async function expectations(db: Db, forumId: string, rounds: Round[]) {
  const rows = await queries.listExpectations(
    db,
    forumId,
    rounds.map((r) => r.id),
  );
  const organizations = await queries.listOrganizations(
    db,
    forumId,
    rows.map((r) => r.organizationId),
  );
  // A report from an organisation that was not a member then is shown, but never counted.
  const cells = new Map(
    organizations.map((o) => [
      o.id,
      {
        statuses: rounds.map((): CellStatus => 'not_member'),
        strainLevels: rounds.map((): StrainLevel | null => null),
      },
    ]),
  );
  for (const row of rows) {
    const of = cells.get(row.organizationId)!;
    row.rounds.forEach((index, i) => {
      of.statuses[index] = row.statuses[i]!;
      of.strainLevels[index] = row.strainLevels[i]!;
    });
  }
  return { organizations, cellsOf: (organizationId: string) => cells.get(organizationId)! };
}

const roundRef = (r: Round) => ({ ...r, deadline: r.deadline.toISOString() });

/**
 * Reporting discipline as DHIS2 counts it (reporting rate and on-time rate), per organisation,
 * per round and for the forum, against the membership in force for each round.
 */
export async function getReporting(db: Db, actor: Actor, forumId: string, query: TrendQuery): Promise<Reporting> {
  const rounds = await listVisibleRounds(db, actor, forumId, query);
  const { organizations, cellsOf } = await expectations(db, forumId, rounds);
  const rows = organizations.map((o) => {
    const { statuses, strainLevels } = cellsOf(o.id);
    return {
      organizationId: o.id,
      name: o.name,
      kind: o.kind as OrganizationKind,
      statuses,
      strainLevels,
      rates: countRates(statuses),
    };
  });
  return {
    forumId,
    rounds: rounds.map(roundRef),
    roundRates: rounds.map((_, index) => countRates(rows.map((row) => row.statuses[index]!))),
    organizations: rows,
    total: countRates(rows.flatMap((row) => row.statuses)),
  };
}

/** One indicator over the rounds: per organisation, per kind of organisation and for the whole forum. */
export async function getIndicatorTrend(
  db: Db,
  actor: Actor,
  forumId: string,
  query: TrendQuery & { indicatorId: string },
): Promise<IndicatorTrend> {
  const rounds = await listVisibleRounds(db, actor, forumId, query);
  const indicator = (await listIndicators(db, forumId, { includeInactive: true })).find(
    (i) => i.id === query.indicatorId,
  );
  if (!indicator) throw indicatorErrors.notFound();
  const [{ organizations, cellsOf }, values] = await Promise.all([
    expectations(db, forumId, rounds),
    queries.listValues(
      db,
      indicator.id,
      rounds.map((r) => r.id),
    ),
  ]);
  const figures = new Map<string, { values: (number | null)[]; capacities: (number | null)[] }>();
  for (const row of values) {
    const of = { values: rounds.map((): number | null => null), capacities: rounds.map((): number | null => null) };
    figures.set(row.organizationId, of);
    row.rounds.forEach((index, i) => {
      const capacity = row.capacities[i]!;
      of.values[index] = Number(row.values[i]);
      of.capacities[index] = capacity === null ? null : Number(capacity);
    });
  }
  const isCapacity = indicator.kind === 'capacity';
  const reporting = organizations
    .filter((o) => appliesTo(indicator, o.kind as OrganizationKind))
    .map((o) => {
      const figure = figures.get(o.id);
      return {
        organizationId: o.id,
        name: o.name,
        kind: o.kind as OrganizationKind,
        values: figure?.values ?? rounds.map(() => null),
        capacities: isCapacity ? (figure?.capacities ?? rounds.map(() => null)) : null,
        expected: cellsOf(o.id).statuses.map((status) => status !== 'not_member'),
      };
    });
  const method = aggregateMethod(indicator.kind);
  const series = (members: typeof reporting) => {
    const reported = rounds.map((_, i) => members.filter((m) => m.values[i] !== null));
    const values = reported.map((ms, i) => {
      const numbers = ms.map((m) => m.values[i]!);
      const value = method === 'sum' ? sum(numbers) : median(numbers);
      return value === null ? null : Math.round(value * 1000) / 1000;
    });
    const capacities = isCapacity
      ? reported.map((ms, i) => sum(ms.flatMap((m) => (m.capacities![i] === null ? [] : [m.capacities![i]!]))))
      : null;
    return {
      method,
      values,
      capacities,
      shortfall: capacities
        ? values.map((value, i) => {
            const capacity = capacities[i];
            if (value === null || capacity === null || capacity === undefined) return false;
            return indicator.higherIs === 'better' ? value < capacity : value > capacity;
          })
        : null,
      reported: reported.map((ms) => ms.length),
      expected: rounds.map((_, i) => members.filter((m) => m.expected[i]).length),
    };
  };
  const kinds = [...new Set(reporting.map((r) => r.kind))];
  return {
    forumId,
    indicator,
    rounds: rounds.map(roundRef),
    organizations: reporting,
    groups: kinds.map((kind) => ({ organizationKind: kind, ...series(reporting.filter((r) => r.kind === kind)) })),
    total: series(reporting),
  };
}
