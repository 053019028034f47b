// The round's lägesbild (the rounds domain's Overview) as the documents print it, in the minutes
// and on its own.
import type { Overview } from '../../rounds/schema.ts';
import type { OverviewDocument, Situation } from './model.ts';

export function toSituation(overview: Overview): Situation {
  return {
    roundTitle: overview.round.title,
    summary: overview.round.summary || null,
    rows: overview.rows.map((r) => ({
      organization: r.organizationName,
      reportStatus: r.status,
      filedOnBehalf: r.onBehalf,
      strainLevel: r.strainLevel,
      current: r.currentSituation,
      challenges: r.challenges,
      input: r.input,
    })),
    indicators: overview.indicators.map((i) => ({
      name: i.indicator.nameSv,
      unit: i.indicator.unit,
      values: i.values,
      total: {
        method: i.total.method,
        value: i.total.value,
        reported: i.total.reported,
        expected: i.total.expected,
      },
    })),
  };
}

export function toOverviewDocument(overview: Overview, printedAt: Date): OverviewDocument {
  return {
    forumName: overview.round.forumName,
    periodStart: overview.round.periodStart,
    periodEnd: overview.round.periodEnd,
    deadline: overview.round.deadline,
    printedAt: printedAt.toISOString(),
    situation: toSituation(overview),
  };
}
