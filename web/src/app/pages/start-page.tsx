import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '@server/auth/schema.ts';
import type { MyDue } from '@server/due/schema.ts';
import { isoWeek } from '@server/platform/time.ts';
import { DataTable, type Column } from '../../components/ui/data-table.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { ActionCards } from '../../features/actions/components/my-actions.tsx';
import { useMyDue } from '../../features/due/api/get-my-due.ts';
import { MeetingsTable } from '../../features/meetings/components/meetings-table.tsx';
import { MyReportingTable } from '../../features/reports/components/my-reporting-table.tsx';
import { RoundsTable } from '../../features/rounds/components/rounds-table.tsx';
import { calendarDay, formatLongDate } from '../../lib/format.ts';
import { currentLocale } from '../../lib/i18n.ts';
import { forumRoundsPath, meetingPath, reportPath, roundPath } from '../paths.ts';
import { useSession } from '../session.tsx';

type ForumRoleRow = Me['forumRoles'][number];

export function StartPage() {
  const { t } = useTranslation();
  const me = useSession();
  const now = new Date();
  const due = useMyDue();
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
        <QueryState query={due}>{(data) => <DueSections due={data} />}</QueryState>
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

/** What is the user's to do now, each part shown only to those it concerns. */
function DueSections({ due }: { due: MyDue }) {
  const { t } = useTranslation();
  const me = useSession();
  const isReporter = me.forumRoles.some((role) => role.role === 'reporter');
  return (
    <>
      {(isReporter || due.reports.length > 0) && (
        <section aria-labelledby="to-report-heading">
          <Title order={2} size="h3" id="to-report-heading" mb="sm">
            {t('start.toReport.title')}
          </Title>
          <MyReportingTable rows={due.reports} reportHref={(row) => reportPath(row.roundId, row.organizationId)} />
        </section>
      )}
      {due.toApprove.length > 0 && (
        <section aria-labelledby="to-approve-heading">
          <Title order={2} size="h3" id="to-approve-heading">
            {t('start.toApprove.title')}
          </Title>
          <Text c="dimmed" mb="sm">
            {t('start.toApprove.intro')}
          </Text>
          <MeetingsTable
            meetings={due.toApprove}
            meetingHref={(meeting) => meetingPath(meeting.id)}
            caption={t('start.toApprove.caption')}
            showForum
          />
        </section>
      )}
      {due.coordinator && (
        <section aria-labelledby="minutes-in-progress-heading">
          <Title order={2} size="h3" id="minutes-in-progress-heading" mb="sm">
            {t('start.inProgress.title')}
          </Title>
          <Stack gap="md">
            <MeetingsTable
              meetings={due.coordinator.inProgress}
              meetingHref={(meeting) => meetingPath(meeting.id)}
              caption={t('start.inProgress.caption')}
              emptyText={t('start.inProgress.empty')}
              showForum
            />
            <MeetingsTable
              meetings={due.coordinator.upcoming}
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
        <ActionCards
          actions={due.actions}
          emptyText={t('actions.mine.empty')}
          meetingHref={(action) => meetingPath(action.meetingId)}
          canUpdate={(action) => action.permissions.canUpdateStatus}
        />
      </section>
      {due.coordinator && (
        <section aria-labelledby="open-rounds-heading">
          <Title order={2} size="h3" id="open-rounds-heading" mb="sm">
            {t('start.rounds.title')}
          </Title>
          <RoundsTable
            rounds={due.coordinator.rounds}
            caption={t('start.rounds.caption')}
            roundHref={(round) => roundPath(round.id)}
            showForum
            emptyText={t('start.rounds.empty')}
          />
        </section>
      )}
    </>
  );
}
