import { useTranslation } from 'react-i18next';
import { auditActions, auditEntityTypes } from '@server/audit/labels.ts';

/** The filter options: every action and kind of entity the log records, in words, sorted by them. */
export function useAuditOptions() {
  const { t } = useTranslation();
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  return {
    actions: auditActions.map((value) => ({ value, label: t(`audit.action.${value}`) })).sort(byLabel),
    entityTypes: auditEntityTypes.map((value) => ({ value, label: t(`audit.entity.${value}`) })).sort(byLabel),
  };
}
