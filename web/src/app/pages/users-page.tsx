import { Button } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@server/users/schema.ts';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { SignInSettingsPanel } from '../../features/auth/components/sign-in-settings-panel.tsx';
import { useOrganizations } from '../../features/organizations/api/get-organizations.ts';
import { useUsers, type UserFilters as Filters } from '../../features/users/api/get-users.ts';
import { UserFilters } from '../../features/users/components/user-filters.tsx';
import { UserFormModal } from '../../features/users/components/user-form-modal.tsx';
import { UsersTable } from '../../features/users/components/users-table.tsx';
import { toOptions } from '../options.ts';
import { useAccess } from '../use-access.ts';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User };

export function UsersPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const [filters, setFilters] = useState<Filters>({});
  const [debouncedFilters] = useDebouncedValue(filters, 250);
  const [dialog, setDialog] = useState<Dialog>();
  const users = useUsers(debouncedFilters);
  const organizations = useOrganizations();

  const organizationOptions = toOptions((organizations.data ?? []).filter((o) => access.canAddUsersTo(o.id)));
  const forumOptions = toOptions(access.managedForums);
  const close = () => setDialog(undefined);

  const handleSaved = (user: User) => {
    notifications.show({
      message: dialog?.kind === 'create' ? t('users.form.created', { name: user.name }) : t('common.saved'),
      color: 'teal',
    });
    close();
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        intro={t('users.intro')}
        actions={<Button onClick={() => setDialog({ kind: 'create' })}>{t('users.create')}</Button>}
      />
      <UserFilters
        filters={filters}
        onChange={setFilters}
        organizationOptions={organizationOptions}
        forumOptions={forumOptions}
      />
      <QueryState query={users}>
        {(rows) => <UsersTable users={rows} onEdit={(user) => setDialog({ kind: 'edit', user })} />}
      </QueryState>
      {access.me.permissions.canConfigureSignIn && <SignInSettingsPanel organizationOptions={organizationOptions} />}
      {dialog && (
        <UserFormModal
          user={dialog.kind === 'edit' ? dialog.user : undefined}
          organizationOptions={organizationOptions}
          forumOptions={forumOptions}
          canSetAdmin={dialog.kind === 'edit' ? dialog.user.permissions.canSetAdmin : access.isAdmin}
          canSetHsaId={dialog.kind === 'edit' ? dialog.user.permissions.canSetHsaId : access.isAdmin}
          onClose={close}
          onSaved={handleSaved}
        />
      )}
    </>
  );
}
