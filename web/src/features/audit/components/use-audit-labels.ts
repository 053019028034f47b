import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../../locales/sv.ts';

/** The actions and entity types the log records, with their labels; unknown ones show as recorded. */
export const auditActions = {
  create: 'audit.action.create',
  update: 'audit.action.update',
  deactivate: 'audit.action.deactivate',
  reactivate: 'audit.action.reactivate',
  delete: 'audit.action.delete',
  save_draft: 'audit.action.save_draft',
  submit: 'audit.action.submit',
  amend: 'audit.action.amend',
  close: 'audit.action.close',
  reopen: 'audit.action.reopen',
  publish: 'audit.action.publish',
  update_summary: 'audit.action.update_summary',
  send_reminders: 'audit.action.send_reminders',
} as const satisfies Record<string, TranslationKey>;

export const auditEntityTypes = {
  organization: 'audit.entity.organization',
  user: 'audit.entity.user',
  forum: 'audit.entity.forum',
  indicator: 'audit.entity.indicator',
  round: 'audit.entity.round',
  round_schedule: 'audit.entity.round_schedule',
  report: 'audit.entity.report',
} as const satisfies Record<string, TranslationKey>;

const fieldLabels = {
  name: 'audit.field.name',
  shortName: 'audit.field.shortName',
  kind: 'audit.field.kind',
  parentName: 'audit.field.parentName',
  municipalityCode: 'audit.field.municipalityCode',
  isActive: 'audit.field.isActive',
  email: 'audit.field.email',
  title: 'audit.field.title',
  organizationName: 'audit.field.organizationName',
  isAdmin: 'audit.field.isAdmin',
  locale: 'audit.field.locale',
  forumRoles: 'audit.field.forumRoles',
  description: 'audit.field.description',
  ownerOrganizationName: 'audit.field.ownerOrganizationName',
  members: 'audit.field.members',
  coordinators: 'audit.field.coordinators',
} as const satisfies Record<string, TranslationKey>;

function labelFrom(labels: Record<string, TranslationKey>, translate: (key: TranslationKey) => string) {
  return (value: string) => {
    const key = Object.hasOwn(labels, value) ? labels[value] : undefined;
    return key ? translate(key) : value;
  };
}

export function useAuditLabels() {
  const { t } = useTranslation();
  const translate = (key: TranslationKey) => t(key);
  return {
    actionLabel: labelFrom(auditActions, translate),
    entityTypeLabel: labelFrom(auditEntityTypes, translate),
    fieldLabel: labelFrom(fieldLabels, translate),
  };
}
