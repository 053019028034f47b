import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingSummary } from '@server/meetings/schema.ts';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { MeetingStatusBadge } from './meeting-status-badge.tsx';
import { useMeetingLabels } from './use-meeting-labels.ts';

interface MeetingsTableProps {
  meetings: MeetingSummary[];
  meetingHref: (meeting: MeetingSummary) => string;
  caption?: string;
  emptyText?: string;
  /** Name the forum, for lists across forums. */
  showForum?: boolean;
}

export function MeetingsTable({ meetings, meetingHref, caption, emptyText, showForum }: MeetingsTableProps) {
  const { t } = useTranslation();
  const labels = useMeetingLabels();
  const columns: Column<MeetingSummary>[] = [
    { key: 'date', header: t('meetings.list.date'), render: (meeting) => labels.date(meeting.meetingDate) },
    {
      key: 'title',
      header: t('meetings.list.meeting'),
      isRowHeader: true,
      render: (meeting) => (
        <>
          <Anchor component={Link} to={meetingHref(meeting)} fw={600}>
            {meeting.title}
          </Anchor>
          {labels.time(meeting) && (
            <Text size="sm" c="dimmed" fw={400}>
              {labels.time(meeting)}
            </Text>
          )}
        </>
      ),
    },
    ...(showForum
      ? [{ key: 'forum', header: t('meetings.list.forum'), render: (meeting: MeetingSummary) => meeting.forumName }]
      : []),
    {
      key: 'dnr',
      header: t('meetings.list.diaryNumber'),
      render: (meeting) => meeting.diaryNumber ?? t('common.none'),
    },
    {
      key: 'status',
      header: t('common.status'),
      render: (meeting) => (
        <>
          <MeetingStatusBadge meeting={meeting} />
          {meeting.minutesVersion > 1 && (
            <Text size="sm" c="dimmed">
              {t('meetings.list.version', { version: meeting.minutesVersion })}
            </Text>
          )}
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={caption ?? t('meetings.list.caption', { count: meetings.length })}
      columns={columns}
      rows={meetings}
      rowKey={(meeting) => meeting.id}
      emptyText={emptyText ?? t('meetings.list.empty')}
    />
  );
}
