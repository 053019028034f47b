import { Alert, Anchor, Button, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AgendaItem, Meeting } from '@server/meetings/schema.ts';
import { ErrorAlert } from '../../components/ui/error-alert.tsx';
import { withCurrent, type Option } from '../../components/ui/options.ts';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { ActionsTable } from '../../features/actions/components/actions-table.tsx';
import { useForum } from '../../features/forums/api/get-forum.ts';
import { useMeeting } from '../../features/meetings/api/get-meeting.ts';
import { attachmentHref } from '../../features/meetings/api/upload-attachment.ts';
import { AgendaEditor } from '../../features/meetings/components/agenda-editor.tsx';
import { AgendaItemSection } from '../../features/meetings/components/agenda-item-section.tsx';
import { AttendancePanel } from '../../features/meetings/components/attendance-panel.tsx';
import { ImportedPanel } from '../../features/meetings/components/imported-panel.tsx';
import { InvitationPanel } from '../../features/meetings/components/invitation-panel.tsx';
import { MeetingFacts } from '../../features/meetings/components/meeting-facts.tsx';
import { MeetingFormModal } from '../../features/meetings/components/meeting-form-modal.tsx';
import { MeetingTransitions } from '../../features/meetings/components/meeting-transitions.tsx';
import { SituationPanel } from '../../features/meetings/components/situation-panel.tsx';
import { useRounds } from '../../features/rounds/api/get-rounds.ts';
import { useUsers } from '../../features/users/api/get-users.ts';
import { formatDateTime } from '../../lib/format.ts';
import { currentLocale } from '../../lib/i18n.ts';
import { toOptions, toPeopleOptions } from '../options.ts';
import { forumMeetingsPath, meetingPath, paths, roundPath } from '../paths.ts';
import { useAccess } from '../use-access.ts';

/** A meeting: the minute-taking view while the minutes are written, the minutes once justerade and published. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const meeting = useMeeting(meetingId);
  if (meeting.isError) {
    return (
      <>
        <Anchor component={Link} to={paths.start} size="sm" mb="sm" display="inline-block">
          {t('forums.detail.backToStart')}
        </Anchor>
        <PageHeader title={t('meetings.list.meeting')} />
        <ErrorAlert error={meeting.error} />
      </>
    );
  }
  return <QueryState query={meeting}>{(data) => <MeetingView meeting={data} />}</QueryState>;
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const access = useAccess();
  const [isEditing, setIsEditing] = useState(false);
  const forum = useForum(meeting.forumId);
  const users = useUsers(
    { forumId: meeting.forumId },
    { enabled: access.me.permissions.canListUsers && meeting.permissions.canEdit },
  );
  const rounds = useRounds(meeting.forumId);
  const { permissions } = meeting;

  const organizationOptions: Option[] = toOptions(
    (forum.data?.members ?? []).map((member) => ({ id: member.organizationId, name: member.name })),
  );
  // People to give uppdrag to: the forum's users where they can be listed, and everyone invited to the meeting.
  const attendeeUsers = meeting.attendees.flatMap((a) =>
    a.userId ? [{ id: a.userId, name: a.organizationName ? `${a.name} (${a.organizationName})` : a.name }] : [],
  );
  const forumUsers = (users.data ?? []).map((user) => ({
    id: user.id,
    name: `${user.name} (${user.organizationName})`,
  }));
  const userOptions = toOptions([
    ...new Map([...attendeeUsers, ...forumUsers].map((user) => [user.id, user])).values(),
  ]);
  const looseAttachments = meeting.attachments.filter((attachment) => !attachment.agendaItemId);

  const roleContent = (item: AgendaItem) => {
    if (item.role === 'situation') return <SituationPanel situation={meeting.situation} roundHref={roundPath} />;
    if (item.role === 'action_follow_up') {
      return (
        <ActionsTable
          actions={meeting.followUps}
          caption={t('meetings.followUp.caption', { count: meeting.followUps.length })}
          emptyText={t('meetings.followUp.empty')}
          canUpdate={() => permissions.canEdit}
          meetingHref={(action) => meetingPath(action.meetingId)}
          context={{ meetingId: meeting.id }}
          alwaysOpen={permissions.canEdit}
        />
      );
    }
    return undefined;
  };

  return (
    <div className="meeting-page">
      <Anchor
        component={Link}
        to={forumMeetingsPath(meeting.forumId)}
        size="sm"
        mb="sm"
        display="inline-block"
        className="no-print"
      >
        {t('meetings.page.back', { forum: meeting.forumName })}
      </Anchor>
      <PageHeader
        title={meeting.title}
        documentTitle={t('meetings.page.documentTitle', { title: meeting.title, forum: meeting.forumName })}
        intro={t('meetings.page.intro', {
          documentType: t(`meetings.documentType.${meeting.documentType}`),
          forum: meeting.forumName,
        })}
        actions={
          <>
            {permissions.canEdit && (
              <Button variant="default" onClick={() => setIsEditing(true)}>
                {t('meetings.page.edit')}
              </Button>
            )}
            <MeetingTransitions meeting={meeting} />
          </>
        }
      />
      <Stack gap="xl">
        <Stack gap="sm">
          {meeting.withdrawal && (
            <Alert color="yellow" variant="light">
              {t('meetings.withdraw.notice', {
                name: meeting.withdrawal.byName,
                at: formatDateTime(meeting.withdrawal.at, currentLocale()),
                reason: meeting.withdrawal.reason,
              })}
            </Alert>
          )}
          <MeetingFacts meeting={meeting} roundHref={roundPath} />
        </Stack>
        {meeting.status === 'imported' ? <ImportedPanel meeting={meeting} /> : <InvitationPanel meeting={meeting} />}
        <AgendaEditor meeting={meeting} />
        <AttendancePanel meeting={meeting} organizationOptions={organizationOptions} />
        {meeting.items.map((item) => (
          <AgendaItemSection
            key={item.id}
            meeting={meeting}
            item={item}
            organizationOptions={organizationOptions}
            userOptions={userOptions}
          >
            {roleContent(item)}
          </AgendaItemSection>
        ))}
        {looseAttachments.length > 0 && (
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="meeting-attachments-heading">
            <Title order={2} size="h3" id="meeting-attachments-heading" mb="sm">
              {t('meetings.attachments.title')}
            </Title>
            <ul className="plain-list">
              {looseAttachments.map((attachment) => (
                <li key={attachment.id}>
                  <Anchor href={attachmentHref(attachment.id)}>
                    {attachment.isSource
                      ? t('meetings.attachments.source', { title: attachment.filename })
                      : t('meetings.attachments.item', { number: attachment.number, title: attachment.title })}
                  </Anchor>
                </li>
              ))}
            </ul>
          </Paper>
        )}
      </Stack>
      {isEditing && (
        <MeetingFormModal
          forumId={meeting.forumId}
          meeting={meeting}
          userOptions={toPeopleOptions(users.data ?? [])}
          roundOptions={withCurrentRound(
            meeting,
            (rounds.data ?? []).map((round) => ({ value: round.id, label: round.title })),
          )}
          diaryPrefix={null}
          onClose={() => setIsEditing(false)}
          onSaved={() => {
            setIsEditing(false);
            notifications.show({ message: t('common.saved'), color: 'teal' });
          }}
        />
      )}
    </div>
  );
}

function withCurrentRound(meeting: Meeting, options: Option[]): Option[] {
  return meeting.situation
    ? withCurrent(options, { value: meeting.situation.roundId, label: meeting.situation.roundTitle })
    : options;
}
