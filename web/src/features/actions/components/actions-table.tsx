import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action } from '@server/actions/schema.ts';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { ActionStatusBadge } from './action-status-badge.tsx';
import { ActionStatusForm } from './action-status-form.tsx';
import { useActionLabels } from './use-action-labels.ts';

interface ActionsTableProps {
  actions: Action[];
  caption: string;
  emptyText: string;
  /** Whether the user may set the status (coordinators, the meeting's secretary, the owner). */
  canUpdate: (action: Action) => boolean;
  /** The meeting that gave the uppdrag. */
  meetingHref: (action: Action) => string;
  /** Where the status is set, e.g. at a meeting's "Uppföljning av uppdrag". */
  context?: { meetingId: string } | { roundId: string };
  showForum?: boolean;
  /** Show the status form open in every row the user may update (a meeting's follow-up). */
  alwaysOpen?: boolean;
}

/** Uppdrag with owner, due date, status and the last comment; the status is changed in the row. */
export function ActionsTable({
  actions,
  caption,
  emptyText,
  canUpdate,
  meetingHref,
  context,
  showForum = false,
  alwaysOpen = false,
}: ActionsTableProps) {
  const { t } = useTranslation();
  const labels = useActionLabels();
  const [openId, setOpenId] = useState<string>();
  const columns: Column<Action>[] = [
    {
      key: 'task',
      header: t('actions.board.task'),
      isRowHeader: true,
      render: (action) => (
        <Stack gap={2}>
          <span className="preserve-lines">{action.task}</span>
          <Anchor component={Link} to={meetingHref(action)} size="sm" fw={400}>
            {t('actions.board.from', { meeting: action.meetingTitle, date: labels.date(action.meetingDate) })}
          </Anchor>
        </Stack>
      ),
    },
    ...(showForum
      ? [{ key: 'forum', header: t('actions.board.forum'), render: (action: Action) => action.forumName }]
      : []),
    { key: 'owner', header: t('actions.board.owner'), render: (action) => action.ownerName },
    { key: 'due', header: t('actions.board.due'), render: (action) => labels.due(action) },
    {
      key: 'status',
      header: t('actions.board.status'),
      render: (action) => (
        <Stack gap={4}>
          <ActionStatusBadge action={action} />
          {action.statusComment && (
            <Text size="sm" className="preserve-lines">
              {action.statusComment}
            </Text>
          )}
          {!alwaysOpen && labels.lastUpdate(action) && (
            <Text size="xs" c="dimmed">
              {labels.lastUpdate(action)}
            </Text>
          )}
        </Stack>
      ),
    },
  ];
  if (!alwaysOpen && actions.some(canUpdate)) {
    columns.push({
      key: 'change',
      header: t('actions.board.change'),
      render: (action) =>
        canUpdate(action) && (
          <Button
            size="xs"
            variant="default"
            aria-expanded={openId === action.id}
            aria-label={t('forms.names.named', {
              label: openId === action.id ? t('actions.board.close') : t('actions.board.change'),
              name: action.task.slice(0, 80),
            })}
            onClick={() => setOpenId(openId === action.id ? undefined : action.id)}
          >
            {openId === action.id ? t('actions.board.close') : t('actions.board.change')}
          </Button>
        ),
    });
  }
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={actions}
      rowKey={(action) => action.id}
      emptyText={emptyText}
      renderDetail={(action) =>
        (alwaysOpen || openId === action.id) && canUpdate(action) ? (
          <ActionStatusForm
            key={action.updatedAt}
            action={action}
            context={context}
            onSaved={() => setOpenId(undefined)}
          />
        ) : undefined
      }
    />
  );
}
