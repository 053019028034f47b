import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organization } from '@server/organizations/schema.ts';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useKindLabel } from './use-kind-label.ts';

interface OrganizationsTableProps {
  organizations: Organization[];
  canEdit: (organization: Organization) => boolean;
  onEdit: (organization: Organization) => void;
  onToggleActive: (organization: Organization) => void;
}

export function OrganizationsTable({ organizations, canEdit, onEdit, onToggleActive }: OrganizationsTableProps) {
  const { t } = useTranslation();
  const kindLabel = useKindLabel();
  const none = t('common.none');
  const columns: Column<Organization>[] = [
    { key: 'name', header: t('organizations.table.name'), render: (o) => o.name, isRowHeader: true },
    { key: 'kind', header: t('organizations.table.kind'), render: (o) => kindLabel(o.kind) },
    { key: 'parent', header: t('organizations.table.parent'), render: (o) => o.parentName ?? none },
    { key: 'code', header: t('organizations.table.municipalityCode'), render: (o) => o.municipalityCode ?? none },
    { key: 'status', header: t('common.status'), render: (o) => <StatusBadge isActive={o.isActive} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (o) =>
        canEdit(o) && (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="default"
              onClick={() => onEdit(o)}
              aria-label={t('organizations.actions.editNamed', { name: o.name })}
            >
              {t('organizations.actions.edit')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => onToggleActive(o)}
              aria-label={t(
                o.isActive ? 'organizations.actions.deactivateNamed' : 'organizations.actions.reactivateNamed',
                { name: o.name },
              )}
            >
              {t(o.isActive ? 'organizations.actions.deactivate' : 'organizations.actions.reactivate')}
            </Button>
          </Group>
        ),
    },
  ];
  return (
    <DataTable
      caption={t('organizations.table.caption', { count: organizations.length })}
      columns={columns}
      rows={organizations}
      rowKey={(o) => o.id}
      emptyText={t('organizations.table.empty')}
    />
  );
}
