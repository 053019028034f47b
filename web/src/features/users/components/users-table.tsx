import { Button, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '@server/users/schema.ts';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';

interface UsersTableProps {
  users: User[];
  onEdit: (user: User) => void;
}

function RoleList({ user }: { user: User }) {
  const { t } = useTranslation();
  if (!user.isAdmin && user.forumRoles.length === 0) return <>{t('common.none')}</>;
  return (
    <List size="sm" listStyleType="none" spacing={2}>
      {user.isAdmin && <List.Item>{t('roles.admin')}</List.Item>}
      {user.forumRoles.map((role) => (
        <List.Item key={role.forumId}>
          {t('users.table.forumRole', { forum: role.forumName, role: t(`roles.${role.role}`) })}
        </List.Item>
      ))}
    </List>
  );
}

export function UsersTable({ users, onEdit }: UsersTableProps) {
  const { t } = useTranslation();
  const columns: Column<User>[] = [
    { key: 'name', header: t('users.table.name'), render: (u) => u.name, isRowHeader: true },
    { key: 'email', header: t('users.table.email'), render: (u) => u.email },
    { key: 'title', header: t('users.table.title'), render: (u) => u.title ?? t('common.none') },
    { key: 'organization', header: t('users.table.organization'), render: (u) => u.organizationName },
    { key: 'roles', header: t('users.table.roles'), render: (u) => <RoleList user={u} /> },
    { key: 'status', header: t('common.status'), render: (u) => <StatusBadge isActive={u.isActive} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (u) =>
        u.permissions.canEdit && (
          <Button
            size="xs"
            variant="default"
            onClick={() => onEdit(u)}
            aria-label={t('users.actions.editNamed', { name: u.name })}
          >
            {t('users.actions.edit')}
          </Button>
        ),
    },
  ];
  return (
    <DataTable
      caption={t('users.table.caption', { count: users.length })}
      columns={columns}
      rows={users}
      rowKey={(u) => u.id}
      emptyText={t('users.table.empty')}
    />
  );
}
