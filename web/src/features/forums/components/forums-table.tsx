import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Forum } from '@server/forums/schema.ts';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';

/** Forum list; each name links to the forum's page at `${basePath}/:id`. */
export function ForumsTable({ forums, basePath }: { forums: Forum[]; basePath: string }) {
  const { t } = useTranslation();
  const columns: Column<Forum>[] = [
    {
      key: 'name',
      header: t('forums.table.name'),
      isRowHeader: true,
      render: (f) => (
        <Anchor component={Link} to={`${basePath}/${f.id}`} fw={600}>
          {f.name}
        </Anchor>
      ),
    },
    { key: 'owner', header: t('forums.table.owner'), render: (f) => f.ownerOrganizationName },
    {
      key: 'members',
      header: t('forums.table.members'),
      render: (f) => formatNumber(f.members.length, currentLocale()),
    },
    {
      key: 'coordinators',
      header: t('forums.table.coordinators'),
      render: (f) => f.coordinators.map((c) => c.name).join(', ') || t('common.none'),
    },
    { key: 'status', header: t('common.status'), render: (f) => <StatusBadge isActive={f.isActive} /> },
  ];
  return (
    <DataTable
      caption={t('forums.table.caption', { count: forums.length })}
      columns={columns}
      rows={forums}
      rowKey={(f) => f.id}
      emptyText={t('forums.table.empty')}
    />
  );
}
