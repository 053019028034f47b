import { useTranslation } from 'react-i18next';
import type { SelectionListLabels } from '../../../components/ui/selection-list-editor.tsx';

/** The texts of the member and coordinator editors. */
export function useListLabels(values: { memberOrganizationIds: string[]; coordinatorUserIds: string[] }) {
  const { t } = useTranslation();
  const memberLabels: SelectionListLabels = {
    title: t('forums.members.title'),
    description: t('forums.members.description'),
    caption: t('forums.members.caption', { count: values.memberOrganizationIds.length }),
    position: t('forums.members.position'),
    name: t('forums.members.name'),
    actions: t('common.actions'),
    empty: t('forums.members.empty'),
    removeText: t('common.remove'),
    remove: (name) => t('forums.members.remove', { name }),
    moveUp: (name) => t('forums.members.moveUp', { name }),
    moveDown: (name) => t('forums.members.moveDown', { name }),
    add: t('forums.members.add.label'),
    addPlaceholder: t('forums.members.add.placeholder'),
    addSubmit: t('forums.members.add.submit'),
  };
  const coordinatorLabels: SelectionListLabels = {
    title: t('forums.coordinators.title'),
    caption: t('forums.coordinators.caption', { count: values.coordinatorUserIds.length }),
    name: t('forums.coordinators.name'),
    actions: t('common.actions'),
    empty: t('forums.coordinators.empty'),
    removeText: t('common.remove'),
    remove: (name) => t('forums.coordinators.remove', { name }),
    add: t('forums.coordinators.add.label'),
    addPlaceholder: t('forums.coordinators.add.placeholder'),
    addSubmit: t('forums.coordinators.add.submit'),
  };
  return { memberLabels, coordinatorLabels };
}
