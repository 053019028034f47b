import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useForum } from '../../features/forums/api/get-forum.ts';
import { ForumEditor } from '../../features/forums/components/forum-editor.tsx';
import { ForumSummary } from '../../features/forums/components/forum-summary.tsx';
import { useOrganizations } from '../../features/organizations/api/get-organizations.ts';
import { useUsers } from '../../features/users/api/get-users.ts';
import { toOptions } from '../options.ts';
import { paths } from '../paths.ts';
import { useAccess } from '../use-access.ts';

export function ForumDetailPage() {
  const { t } = useTranslation();
  const { forumId = '' } = useParams();
  const access = useAccess();
  const canManage = access.canManageForum(forumId);
  const forum = useForum(forumId);
  const organizations = useOrganizations({}, { enabled: canManage });
  const users = useUsers({}, { enabled: canManage });

  return (
    <>
      <Anchor component={Link} to={paths.forums} size="sm" mb="sm" display="inline-block">
        {t('forums.detail.back')}
      </Anchor>
      <QueryState query={forum}>
        {(data) => (
          <>
            <PageHeader title={data.name} intro={t('forums.detail.owner', { organization: data.ownerOrganizationName })} />
            {canManage ? (
              <ForumEditor
                key={data.updatedAt}
                forum={data}
                organizationOptions={toOptions(organizations.data ?? [])}
                userOptions={toOptions(users.data ?? [])}
                canEditSettings={access.isAdmin}
              />
            ) : (
              <ForumSummary forum={data} />
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
