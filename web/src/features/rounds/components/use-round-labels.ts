import { useTranslation } from 'react-i18next';
import { roundTitleLabel } from '@server/platform/labels.ts';
import { isoWeek } from '@server/platform/time.ts';
import type { Round } from '@server/rounds/schema.ts';
import { formatDate, formatTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';

export function isPastDeadline(round: Pick<Round, 'deadline'>, now = new Date()): boolean {
  return new Date(round.deadline) <= now;
}

/** How rounds are described everywhere: period, deadline and status in words. */
export function useRoundLabels() {
  const { t } = useTranslation();
  const locale = currentLocale();
  return {
    /** "v. 5 2021" reads "Week 5 2021" in English; a typed title stays as typed. */
    title: (round: Pick<Round, 'title'>) => roundTitleLabel(round.title, locale),
    period: (round: Pick<Round, 'periodStart' | 'periodEnd'>) =>
      t('rounds.period', {
        from: formatDate(round.periodStart, locale),
        to: formatDate(round.periodEnd, locale),
        week: isoWeek(round.periodStart).week,
      }),
    deadline: (deadline: string) =>
      t('rounds.deadline', { date: formatDate(deadline, locale), time: formatTime(deadline, locale) }),
    dateTime: (instant: string) =>
      t('rounds.dateTime', { date: formatDate(instant, locale), time: formatTime(instant, locale) }),
    status: (round: Pick<Round, 'status'>) => t(`rounds.status.${round.status}`),
    published: (round: Pick<Round, 'isPublished'>) =>
      t(round.isPublished ? 'rounds.published.yes' : 'rounds.published.no'),
    counts: (round: Pick<Round, 'counts'>) =>
      t('rounds.counts.reported', { submitted: round.counts.submitted, members: round.counts.members }),
    /** Late and missing only once the deadline has passed; before it, who has not reported yet. */
    countsDetail: (round: Pick<Round, 'counts' | 'deadline'>) =>
      isPastDeadline(round)
        ? t('rounds.counts.detail', {
            late: t('rounds.counts.late', { count: round.counts.late }),
            missing: t('rounds.counts.missing', { count: round.counts.missing }),
          })
        : t('rounds.counts.notYet', { count: round.counts.missing }),
  };
}
