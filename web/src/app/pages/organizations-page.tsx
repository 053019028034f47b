import { Button } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '@server/organizations/schema.ts';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import {
  useOrganizations,
  type OrganizationFilters as Filters,
} from '../../features/organizations/api/get-organizations.ts';
import { OrganizationFilters } from '../../features/organizations/components/organization-filters.tsx';
import { OrganizationFormModal } from '../../features/organizations/components/organization-form-modal.tsx';
import { OrganizationStatusDialog } from '../../features/organizations/components/organization-status-dialog.tsx';
import { OrganizationsTable } from '../../features/organizations/components/organizations-table.tsx';

type Dialog =
  { kind: 'create' } | { kind: 'edit'; organization: Organization } | { kind: 'status'; organization: Organization };

export function OrganizationsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const [debouncedFilters] = useDebouncedValue(filters, 250);
  const [dialog, setDialog] = useState<Dialog>();
  const organizations = useOrganizations(debouncedFilters);
  const close = () => setDialog(undefined);

  const handleSaved = (organization: Organization) => {
    if (dialog?.kind === 'create')
      notifications.show({ message: t('organizations.form.created', { name: organization.name }), color: 'teal' });
    else notifications.show({ message: t('common.saved'), color: 'teal' });
    close();
  };

  return (
    <>
      <PageHeader
        title={t('organizations.title')}
        intro={t('organizations.intro')}
        actions={<Button onClick={() => setDialog({ kind: 'create' })}>{t('organizations.create')}</Button>}
      />
      <OrganizationFilters filters={filters} onChange={setFilters} />
      <QueryState query={organizations}>
        {(rows) => (
          <OrganizationsTable
            organizations={rows}
            canEdit={(organization) => organization.permissions.canEdit}
            onEdit={(organization) => setDialog({ kind: 'edit', organization })}
            onToggleActive={(organization) => setDialog({ kind: 'status', organization })}
          />
        )}
      </QueryState>
      {dialog?.kind === 'create' && <OrganizationFormModal onClose={close} onSaved={handleSaved} />}
      {dialog?.kind === 'edit' && (
        <OrganizationFormModal organization={dialog.organization} onClose={close} onSaved={handleSaved} />
      )}
      {dialog?.kind === 'status' && <OrganizationStatusDialog organization={dialog.organization} onClose={close} />}
    </>
  );
}
