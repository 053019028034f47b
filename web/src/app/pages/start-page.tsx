import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '@server/auth/schema.ts';
import { isoWeek } from '@server/platform/time.ts';
import { DataTable, type Column } from '../../components/ui/data-table.tsx';
import { ErrorAlert } from '../../components/ui/error-alert.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useMyActions } from '../../features/actions/api/get-my-actions.ts';
import { ActionCards } from '../../features/actions/components/my-actions.tsx';
import { coordinatedForumIds } from '../../features/auth/permissions.ts';
import { useMyMeetings } from '../../features/meetings/api/get-my-meetings.ts';
import { MeetingsTable } from '../../features/meetings/components/meetings-table.tsx';
import { useMyReporting } from '../../features/reports/api/get-my-reporting.ts';
import { MyReportingTable } from '../../features/reports/components/my-reporting-table.tsx';
import { useOpenRounds } from '../../features/rounds/api/get-rounds.ts';
import { RoundsTable } from '../../features/rounds/components/rounds-table.tsx';
import { calendarDay, formatLongDate } from '../../lib/format.ts';
import { currentLocale } from '../../lib/i18n.ts';
import { forumRoundsPath, meetingPath, reportPath, roundPath } from '../paths.ts';
import { useSession } from '../session.tsx';

type ForumRoleRow = Me['forumRoles'][number];

function CoordinatorRounds({ forumIds }: { forumIds: string[] }) {
  const { t } = useTranslation();
  const open = useOpenRounds(forumIds);
  if (open.error) return <ErrorAlert error={open.error} />;
  if (open.isPending) return null;
  return (
    <RoundsTable
      rounds={open.rounds}
      caption={t('start.rounds.caption')}
      roundHref={(round) => roundPath(round.id)}
      showForum
      emptyText={t('start.rounds.empty')}
    />
  );
}

export function StartPage() {
  const { t } = useTranslation();
  const me = useSession();
  const now = new Date();
  const isReporter = me.forumRoles.some((role) => role.role === 'reporter');
  const coordinated = coordinatedForumIds(me);
  const reporting = useMyReporting({ enabled: isReporter });
  const myActions = useMyActions();
  const myMeetings = useMyMeetings();
  const columns: Column<ForumRoleRow>[] = [
    {
      key: 'forum',
      header: t('start.forums.forum'),
      render: (row) => (
        <Anchor component={Link} to={forumRoundsPath(row.forumId)}>
          {row.forumName}
        </Anchor>
      ),
      isRowHeader: true,
    },
    { key: 'role', header: t('start.forums.role'), render: (row) => t(`roles.${row.role}`) },
  ];
  return (
    <>
      <PageHeader title={t('start.welcome', { name: me.name })} />
      <Stack gap="xl">
        <Paper withBorder radius="md" p="lg">
          <Stack gap={4}>
            <Text>
              {t('start.today', { date: formatLongDate(now, currentLocale()), week: isoWeek(calendarDay(now)).week })}
            </Text>
            <Text>{t('start.organization', { organization: me.organizationName })}</Text>
            {me.isAdmin && <Text>{t('start.admin')}</Text>}
          </Stack>
        </Paper>
        {isReporter && (
          <section aria-labelledby="to-report-heading">
            <Title order={2} size="h3" id="to-report-heading" mb="sm">
              {t('start.toReport.title')}
            </Title>
            <QueryState query={reporting}>
              {(rows) => (
                <MyReportingTable rows={rows} reportHref={(row) => reportPath(row.roundId, row.organizationId)} />
              )}
            </QueryState>
          </section>
        )}
        {myMeetings.data && myMeetings.data.toApprove.length > 0 && (
          <section aria-labelledby="to-approve-heading">
            <Title order={2} size="h3" id="to-approve-heading">
              {t('start.toApprove.title')}
            </Title>
            <Text c="dimmed" mb="sm">
              {t('start.toApprove.intro')}
            </Text>
            <MeetingsTable
              meetings={myMeetings.data.toApprove}
              meetingHref={(meeting) => meetingPath(meeting.id)}
              caption={t('start.toApprove.caption')}
              showForum
            />
          </section>
        )}
        {myMeetings.error && <ErrorAlert error={myMeetings.error} />}
        {myMeetings.data && (coordinated.length > 0 || myMeetings.data.inProgress.length > 0) && (
          <section aria-labelledby="minutes-in-progress-heading">
            <Title order={2} size="h3" id="minutes-in-progress-heading" mb="sm">
              {t('start.inProgress.title')}
            </Title>
            <Stack gap="md">
              <MeetingsTable
                meetings={myMeetings.data.inProgress}
                meetingHref={(meeting) => meetingPath(meeting.id)}
                caption={t('start.inProgress.caption')}
                emptyText={t('start.inProgress.empty')}
                showForum
              />
              <MeetingsTable
                meetings={myMeetings.data.upcoming}
                meetingHref={(meeting) => meetingPath(meeting.id)}
                caption={t('start.upcoming.caption')}
                emptyText={t('start.upcoming.empty')}
                showForum
              />
            </Stack>
          </section>
        )}
        <section aria-labelledby="my-actions-heading">
          <Title order={2} size="h3" id="my-actions-heading">
            {t('actions.mine.title')}
          </Title>
          <Text c="dimmed" mb="sm">
            {t('actions.mine.intro')}
          </Text>
          <QueryState query={myActions}>
            {(actions) => (
              <ActionCards
                actions={actions}
                emptyText={t('actions.mine.empty')}
                meetingHref={(action) => meetingPath(action.meetingId)}
                canUpdate={(action) => action.permissions.canUpdateStatus}
              />
            )}
          </QueryState>
        </section>
        {coordinated.length > 0 && (
          <section aria-labelledby="open-rounds-heading">
            <Title order={2} size="h3" id="open-rounds-heading" mb="sm">
              {t('start.rounds.title')}
            </Title>
            <CoordinatorRounds forumIds={coordinated} />
          </section>
        )}
        <DataTable
          caption={t('start.forums.caption')}
          columns={columns}
          rows={me.forumRoles}
          rowKey={(row) => row.forumId}
          emptyText={t('start.forums.empty')}
        />
      </Stack>
    </>
  );
}
