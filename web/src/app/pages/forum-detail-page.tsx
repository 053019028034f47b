import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ForumEditor } from '../../features/forums/components/forum-editor.tsx';
import { ForumSummary } from '../../features/forums/components/forum-summary.tsx';
import { useOrganizations } from '../../features/organizations/api/get-organizations.ts';
import { useUsers } from '../../features/users/api/get-users.ts';
import { toOptions } from '../options.ts';
import { useAccess } from '../use-access.ts';
import { ForumFrame } from './forum-frame.tsx';

export function ForumDetailPage() {
  const { t } = useTranslation();
  const { forumId = '' } = useParams();
  const access = useAccess();
  const canManage = access.canManageForum(forumId);
  const organizations = useOrganizations({}, { enabled: canManage });
  const users = useUsers({}, { enabled: canManage });

  return (
    <ForumFrame forumId={forumId} section={t('forums.tabs.details')}>
      {(forum) =>
        canManage ? (
          <ForumEditor
            key={forum.updatedAt}
            forum={forum}
            organizationOptions={toOptions(organizations.data ?? [])}
            userOptions={toOptions(users.data ?? [])}
            canEditSettings={forum.permissions.canSetOwnerOrActive}
          />
        ) : (
          <ForumSummary forum={forum} />
        )
      }
    </ForumFrame>
  );
}
