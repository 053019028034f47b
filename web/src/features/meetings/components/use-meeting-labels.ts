import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingSummary } from '@server/meetings/schema.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';

/** How meetings are described everywhere: status, time, item kind, in words. */
export function useMeetingLabels() {
  const { t } = useTranslation();
  const locale = currentLocale();
  return {
    status: (meeting: Pick<MeetingSummary, 'status'>) => t(`meetings.status.${meeting.status}`),
    date: (day: string) => formatDate(day, locale),
    dateTime: (instant: string) => formatDateTime(instant, locale),
    time: (meeting: Pick<MeetingSummary, 'startTime' | 'endTime'>) => {
      if (meeting.startTime && meeting.endTime)
        return t('meetings.time.range', { start: meeting.startTime, end: meeting.endTime });
      if (meeting.startTime) return t('meetings.time.start', { start: meeting.startTime });
      return undefined;
    },
    kind: (kind: AgendaItem['kind']) => (kind ? t(`meetings.kind.${kind}`) : undefined),
    // "§ 12 Rubrik" in a protokoll, "3. Rubrik" in minnesanteckningar.
    itemHeading: (item: Pick<AgendaItem, 'number' | 'title'>) =>
      t(item.number.startsWith('§') ? 'meetings.item.headingSection' : 'meetings.item.heading', {
        number: item.number,
        title: item.title,
      }),
  };
}
