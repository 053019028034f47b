import { useTranslation } from 'react-i18next';
import type { Action } from '@server/actions/schema.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';

/** How uppdrag are described everywhere: status, due, overdue and the last update, in words. */
export function useActionLabels() {
  const { t } = useTranslation();
  const locale = currentLocale();
  return {
    status: (action: Pick<Action, 'status'>) => t(`actions.status.${action.status}`),
    due: (action: Pick<Action, 'dueDate' | 'dueNextMeeting'>) => {
      if (action.dueNextMeeting) return t('actions.dueNextMeeting');
      if (action.dueDate) return formatDate(action.dueDate, locale);
      return t('actions.noDue');
    },
    date: (day: string) => formatDate(day, locale),
    lastUpdate: (action: Pick<Action, 'lastUpdate'>) => {
      const update = action.lastUpdate;
      if (!update) return undefined;
      return t(`actions.lastUpdate.${update.source}`, {
        name: update.byName ?? t('actions.lastUpdate.someone'),
        at: formatDateTime(update.at, locale),
      });
    },
  };
}
