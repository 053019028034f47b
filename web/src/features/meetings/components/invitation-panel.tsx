import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingMail } from '@server/meetings/schema.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { useCancelMeeting, useMeetingMail, useSendInvitations } from '../api/invitations.ts';

/**
 * The kallelse: whether it went out and whether time, place or agenda changed since, the buttons
 * to send it (again) or cancel the meeting, and, for those who write the minutes, every mail the
 * meeting caused and how it fared.
 */
export function InvitationPanel({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { permissions, invitation } = meeting;
  const [confirming, setConfirming] = useState<'send' | 'cancel'>();
  const send = useSendInvitations();
  const cancel = useCancelMeeting();
  const mail = useMeetingMail(meeting.id, { enabled: permissions.canViewMail });
  if (!permissions.canViewMail && !invitation) return null;
  const sendLabel = invitation ? t('meetings.invitation.sendUpdate') : t('meetings.invitation.send');
  const pending = confirming === 'cancel' ? cancel : send;

  const run = () => {
    const onSuccess = () => {
      notifications.show({
        message: t(confirming === 'cancel' ? 'meetings.invitation.cancelled' : 'meetings.invitation.sent'),
        color: 'teal',
      });
      setConfirming(undefined);
      void mail.refetch();
    };
    if (confirming === 'cancel') cancel.mutate(meeting.id, { onSuccess });
    else send.mutate(meeting.id, { onSuccess });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="meeting-invitation-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="meeting-invitation-heading">
          {t('meetings.invitation.title')}
        </Title>
        <Text>
          {!invitation
            ? t('meetings.invitation.notSent')
            : invitation.sequence === 0
              ? t('meetings.invitation.sentAt', { at: formatDateTime(invitation.sentAt, currentLocale()) })
              : t('meetings.invitation.updatedAt', {
                  at: formatDateTime(invitation.sentAt, currentLocale()),
                  sequence: invitation.sequence,
                })}
        </Text>
        {invitation?.isOutdated && (
          <Alert color="yellow" variant="light">
            {t('meetings.invitation.outdated')}
          </Alert>
        )}
        {(permissions.canSendInvitations || permissions.canCancel) && (
          <Group gap="sm">
            {permissions.canSendInvitations && (
              <Button
                variant={invitation && !invitation.isOutdated ? 'default' : 'filled'}
                onClick={() => setConfirming('send')}
              >
                {sendLabel}
              </Button>
            )}
            {permissions.canCancel && (
              <Button variant="default" color="red" onClick={() => setConfirming('cancel')}>
                {t('meetings.invitation.cancel')}
              </Button>
            )}
          </Group>
        )}
        {permissions.canViewMail && mail.data && <MeetingMailTable mail={mail.data} />}
      </Stack>
      {confirming && (
        <ConfirmDialog
          title={confirming === 'cancel' ? t('meetings.invitation.cancel') : sendLabel}
          text={
            confirming === 'cancel'
              ? t('meetings.invitation.cancelConfirm')
              : t('meetings.invitation.sendConfirm', { people: meeting.attendees.filter((a) => a.userId).length })
          }
          confirmLabel={confirming === 'cancel' ? t('meetings.invitation.cancel') : sendLabel}
          onConfirm={run}
          onClose={() => setConfirming(undefined)}
          isPending={pending.isPending}
          error={pending.error?.message}
        />
      )}
    </Paper>
  );
}

function MeetingMailTable({ mail }: { mail: MeetingMail[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const status = (m: MeetingMail) => {
    const label = t(`outbox.status.${m.status}`);
    if (m.status === 'sent' && m.sentAt) return `${label} ${formatDateTime(m.sentAt, locale)}`;
    return m.lastError ? t('outbox.table.answer', { count: m.attempts, answer: m.lastError }) : label;
  };
  const columns: Column<MeetingMail>[] = [
    {
      key: 'createdAt',
      header: t('outbox.table.createdAt'),
      render: (m) => formatDateTime(m.createdAt, locale),
      isRowHeader: true,
    },
    { key: 'kind', header: t('meetings.mail.kind'), render: (m) => t(`mail.kind.${m.kind}`) },
    {
      key: 'to',
      header: t('outbox.table.to'),
      render: (m) => t('outbox.table.recipient', { name: m.toName, email: m.toEmail }),
    },
    { key: 'status', header: t('common.status'), render: status },
  ];
  return (
    <DataTable
      caption={t('meetings.mail.caption', { count: mail.length })}
      columns={columns}
      rows={mail}
      rowKey={(m) => m.id}
      emptyText={t('meetings.mail.empty')}
    />
  );
}
