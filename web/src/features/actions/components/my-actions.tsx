import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action } from '@server/actions/schema.ts';
import { ActionStatusBadge } from './action-status-badge.tsx';
import { useActionLabels } from './use-action-labels.ts';

// The form validates with the server's zod schema. Loaded after the list, so the start page and the
// report form, which show these cards, are usable before zod has arrived.
const ActionStatusForm = lazy(async () => ({ default: (await import('./action-status-form.tsx')).ActionStatusForm }));

interface ActionCardsProps {
  actions: Action[];
  emptyText: string;
  meetingHref: (action: Action) => string;
  /** Whether the user may set the status; others read it. */
  canUpdate: (action: Action) => boolean;
  context?: { roundId: string };
}

/** Open uppdrag as a list, each with its status form: how an organisation reports progress before the meeting. */
export function ActionCards({ actions, emptyText, meetingHref, canUpdate, context }: ActionCardsProps) {
  const { t } = useTranslation();
  const labels = useActionLabels();
  if (actions.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <ul className="plain-list action-cards">
      {actions.map((action) => (
        <li key={action.id}>
          <Paper withBorder radius="md" p="md" component="article" aria-label={action.task.slice(0, 120)}>
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
                <Stack gap={2}>
                  <Text fw={650} className="preserve-lines">
                    {action.task}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('actions.mine.meta', { owner: action.ownerName, due: labels.due(action) })}
                  </Text>
                  <Anchor component={Link} to={meetingHref(action)} size="sm">
                    {t('actions.mine.item', {
                      forum: action.forumName,
                      meeting: action.meetingTitle,
                      date: labels.date(action.meetingDate),
                    })}
                  </Anchor>
                </Stack>
                <ActionStatusBadge action={action} />
              </Group>
              {canUpdate(action) ? (
                <Suspense fallback={null}>
                  <ActionStatusForm key={action.updatedAt} action={action} context={context} />
                </Suspense>
              ) : (
                action.statusComment && (
                  <Text size="sm" className="preserve-lines">
                    {action.statusComment}
                  </Text>
                )
              )}
            </Stack>
          </Paper>
        </li>
      ))}
    </ul>
  );
}
