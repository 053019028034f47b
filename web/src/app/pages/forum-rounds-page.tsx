import { Button, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Round } from '@server/rounds/schema.ts';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useRounds } from '../../features/rounds/api/get-rounds.ts';
import { useSchedule } from '../../features/rounds/api/get-schedule.ts';
import { useReminderSettings } from '../../features/rounds/api/reminder-settings.ts';
import { ReminderSettingsForm } from '../../features/rounds/components/reminder-settings-form.tsx';
import { RoundCreateModal } from '../../features/rounds/components/round-create-modal.tsx';
import { RoundsTable } from '../../features/rounds/components/rounds-table.tsx';
import { ScheduleForm } from '../../features/rounds/components/schedule-form.tsx';
import { roundPath } from '../paths.ts';
import { useAccess } from '../use-access.ts';
import { ForumFrame } from './forum-frame.tsx';

export function ForumRoundsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { forumId = '' } = useParams();
  const access = useAccess();
  const canManage = access.canManageForum(forumId);
  const [isCreating, setIsCreating] = useState(false);
  const rounds = useRounds(forumId);
  const schedule = useSchedule(forumId);
  const reminderSettings = useReminderSettings(forumId);

  const handleCreated = (round: Round) => {
    notifications.show({ message: t('rounds.form.created', { title: round.title }), color: 'teal' });
    navigate(roundPath(round.id));
  };

  return (
    <ForumFrame forumId={forumId} section={t('forums.tabs.rounds')}>
      {() => (
        <Stack gap="xl">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <Title order={2} size="h3">
                {t('rounds.list.title')}
              </Title>
              {canManage && <Button onClick={() => setIsCreating(true)}>{t('rounds.list.create')}</Button>}
            </Group>
            <QueryState query={rounds}>
              {(data) => (
                <RoundsTable
                  rounds={data}
                  caption={t('rounds.list.caption', { count: data.length })}
                  // Readers see a lägesbild once the coordinator has published it.
                  roundHref={(round) => (round.permissions.canViewOverview ? roundPath(round.id) : undefined)}
                  emptyText={t('rounds.list.empty')}
                />
              )}
            </QueryState>
          </Stack>
          {canManage && (
            <QueryState query={schedule}>
              {(data) => <ScheduleForm key={JSON.stringify(data)} forumId={forumId} schedule={data} canEdit />}
            </QueryState>
          )}
          {canManage && (
            <QueryState query={reminderSettings}>
              {(data) => <ReminderSettingsForm key={JSON.stringify(data)} forumId={forumId} settings={data} />}
            </QueryState>
          )}
          {isCreating && (
            <RoundCreateModal forumId={forumId} onClose={() => setIsCreating(false)} onSaved={handleCreated} />
          )}
        </Stack>
      )}
    </ForumFrame>
  );
}
