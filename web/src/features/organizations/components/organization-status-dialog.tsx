import { useTranslation } from 'react-i18next';
import type { Organization } from '@server/organizations/schema.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useUpdateOrganization } from '../api/update-organization.ts';

interface OrganizationStatusDialogProps {
  organization: Organization;
  onClose: () => void;
}

/** Confirms deactivating an active organisation, or reactivating an inactive one. */
export function OrganizationStatusDialog({ organization, onClose }: OrganizationStatusDialogProps) {
  const { t } = useTranslation();
  const update = useUpdateOrganization();
  const isDeactivating = organization.isActive;
  const name = organization.name;
  return (
    <ConfirmDialog
      title={
        isDeactivating
          ? t('organizations.confirm.deactivateTitle', { name })
          : t('organizations.confirm.reactivateTitle', { name })
      }
      text={isDeactivating ? t('organizations.confirm.deactivateText') : t('organizations.confirm.reactivateText')}
      confirmLabel={isDeactivating ? t('organizations.actions.deactivate') : t('organizations.actions.reactivate')}
      onConfirm={() =>
        update.mutate({ id: organization.id, changes: { isActive: !isDeactivating } }, { onSuccess: onClose })
      }
      onClose={onClose}
      isPending={update.isPending}
      error={update.error?.message}
    />
  );
}
