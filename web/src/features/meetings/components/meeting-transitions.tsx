import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@server/meetings/schema.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useTransitionMeeting, type MeetingTransition } from '../api/transition-meeting.ts';
import { WithdrawDialog } from './withdraw-dialog.tsx';

/** The next steps the user may take with the minutes, from the meeting's permissions and status. */
export function availableTransitions({ permissions }: Meeting): MeetingTransition[] {
  const steps: MeetingTransition[] = [];
  if (permissions.canHold) steps.push('hold');
  if (permissions.canSendForReview) steps.push('send-for-review');
  if (permissions.canApprove) steps.push('approve');
  if (permissions.canPublish) steps.push('publish');
  if (permissions.canCorrect) steps.push('correct');
  return steps;
}

export function MeetingTransitions({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<MeetingTransition>();
  const [isWithdrawing, setIsWithdrawing] = useState(false);
  const transition = useTransitionMeeting();
  const steps = availableTransitions(meeting);

  const run = (step: MeetingTransition) =>
    transition.mutate(
      { id: meeting.id, transition: step },
      {
        onSuccess: (updated) => {
          setConfirming(undefined);
          notifications.show({
            message: t(`meetings.transition.done.${step}`, { version: updated.minutesVersion }),
            color: 'teal',
          });
        },
      },
    );

  return (
    <>
      {steps.map((step) => (
        <Button
          key={step}
          variant={step === 'correct' ? 'default' : 'filled'}
          onClick={() => {
            transition.reset();
            setConfirming(step);
          }}
        >
          {t(`meetings.transition.${step}`)}
        </Button>
      ))}
      {meeting.permissions.canWithdraw && (
        <Button variant="default" onClick={() => setIsWithdrawing(true)}>
          {t('meetings.withdraw.title')}
        </Button>
      )}
      {isWithdrawing && <WithdrawDialog meeting={meeting} onClose={() => setIsWithdrawing(false)} />}
      {confirming && (
        <ConfirmDialog
          title={t('meetings.transition.confirmTitle', { action: t(`meetings.transition.${confirming}`) })}
          text={t(`meetings.transition.${confirming}.confirm`)}
          confirmLabel={t(`meetings.transition.${confirming}`)}
          onConfirm={() => run(confirming)}
          onClose={() => setConfirming(undefined)}
          isPending={transition.isPending}
          error={transition.error?.message}
        />
      )}
    </>
  );
}
