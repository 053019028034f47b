import { Button, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Meeting } from '@server/meetings/schema.ts';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useMeetingSettings } from '../../features/meetings/api/meeting-settings.ts';
import { useMeetings } from '../../features/meetings/api/get-meetings.ts';
import { MeetingFormModal } from '../../features/meetings/components/meeting-form-modal.tsx';
import { MeetingSettingsForm } from '../../features/meetings/components/meeting-settings-form.tsx';
import { MeetingsTable } from '../../features/meetings/components/meetings-table.tsx';
import { useRounds } from '../../features/rounds/api/get-rounds.ts';
import { useUsers } from '../../features/users/api/get-users.ts';
import { toPeopleOptions } from '../options.ts';
import { forumImportPath, meetingPath } from '../paths.ts';
import { useAccess } from '../use-access.ts';
import { ForumFrame } from './forum-frame.tsx';

/** A forum's meetings; coordinators plan meetings, import old minutes and set the Dnr series and agenda template. */
export function ForumMeetingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { forumId = '' } = useParams();
  const access = useAccess();
  const canManage = access.canManageForum(forumId);
  const [isCreating, setIsCreating] = useState(false);
  const meetings = useMeetings(forumId);
  const settings = useMeetingSettings(forumId, { enabled: canManage });
  const users = useUsers({ forumId }, { enabled: canManage });
  const rounds = useRounds(forumId);

  // The round being reported on now is the one a new meeting most likely discusses.
  const openRound = (rounds.data ?? [])
    .filter((round) => round.status === 'open')
    .sort((a, b) => b.periodStart.localeCompare(a.periodStart))[0];

  const handleCreated = (meeting: Meeting) => {
    notifications.show({ message: t('meetings.form.created', { title: meeting.title }), color: 'teal' });
    navigate(meetingPath(meeting.id));
  };

  return (
    <ForumFrame forumId={forumId} section={t('forums.tabs.meetings')}>
      {() => (
        <Stack gap="xl">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <Title order={2} size="h3">
                {t('meetings.list.title')}
              </Title>
              {canManage && (
                <Group gap="sm">
                  <Button variant="default" component={Link} to={forumImportPath(forumId)}>
                    {t('meetings.list.import')}
                  </Button>
                  <Button onClick={() => setIsCreating(true)}>{t('meetings.list.create')}</Button>
                </Group>
              )}
            </Group>
            <QueryState query={meetings}>
              {(data) => <MeetingsTable meetings={data} meetingHref={(meeting) => meetingPath(meeting.id)} />}
            </QueryState>
          </Stack>
          {canManage && (
            <QueryState query={settings}>
              {(data) => <MeetingSettingsForm key={JSON.stringify(data)} forumId={forumId} settings={data} />}
            </QueryState>
          )}
          {isCreating && (
            <MeetingFormModal
              forumId={forumId}
              userOptions={toPeopleOptions(users.data ?? [])}
              roundOptions={(rounds.data ?? []).map((round) => ({ value: round.id, label: round.title }))}
              defaultRoundId={openRound?.id}
              diaryPrefix={settings.data?.diaryPrefix ?? null}
              onClose={() => setIsCreating(false)}
              onSaved={handleCreated}
            />
          )}
        </Stack>
      )}
    </ForumFrame>
  );
}
