import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Forum } from '@server/forums/schema.ts';
import { FilterBar, ShowInactiveCheckbox } from '../../components/ui/filter-bar.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useForums } from '../../features/forums/api/get-forums.ts';
import { ForumCreateModal } from '../../features/forums/components/forum-create-modal.tsx';
import { ForumsTable } from '../../features/forums/components/forums-table.tsx';
import { useOrganizations } from '../../features/organizations/api/get-organizations.ts';
import { toOptions } from '../options.ts';
import { paths } from '../paths.ts';
import { useAccess } from '../use-access.ts';

export function ForumsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useAccess();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [isCreating, setIsCreating] = useState(false);
  const forums = useForums({ includeInactive });
  const organizations = useOrganizations({}, { enabled: access.me.permissions.canCreateForum });

  const handleCreated = (forum: Forum) => {
    notifications.show({ message: t('forums.form.created', { name: forum.name }), color: 'teal' });
    navigate(`${paths.forums}/${forum.id}`);
  };

  return (
    <>
      <PageHeader
        title={t('forums.title')}
        intro={t('forums.intro')}
        actions={
          access.me.permissions.canCreateForum && (
            <Button onClick={() => setIsCreating(true)}>{t('forums.create')}</Button>
          )
        }
      />
      <FilterBar>
        <ShowInactiveCheckbox checked={includeInactive} onChange={setIncludeInactive} />
      </FilterBar>
      <QueryState query={forums}>{(rows) => <ForumsTable forums={rows} basePath={paths.forums} />}</QueryState>
      {isCreating && (
        <ForumCreateModal
          organizationOptions={toOptions(organizations.data ?? [])}
          onClose={() => setIsCreating(false)}
          onSaved={handleCreated}
        />
      )}
    </>
  );
}
