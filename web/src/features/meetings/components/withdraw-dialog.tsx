import { Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withdrawSchema, type Meeting } from '@server/meetings/schema.ts';
import { FormModal } from '../../../components/ui/form-modal.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useWithdrawMeeting } from '../api/transition-meeting.ts';

/** Pulls the minutes back from justering with a reason the adjusters will read. */
export function WithdrawDialog({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const withdraw = useWithdrawMeeting();
  const handleSubmit = () => {
    const body = validate(withdrawSchema, { reason });
    if (!body) return;
    withdraw.mutate(
      { id: meeting.id, reason: body.reason },
      {
        onSuccess: () => {
          notifications.show({ message: t('meetings.withdraw.done'), color: 'teal' });
          onClose();
        },
        onError: showError,
      },
    );
  };
  return (
    <FormModal
      title={t('meetings.withdraw.title')}
      onClose={onClose}
      onSubmit={handleSubmit}
      isSubmitting={withdraw.isPending}
      formRef={formRef}
      formError={formError}
      fieldErrors={fieldErrors}
      submitLabel={t('meetings.withdraw.submit')}
    >
      <Textarea
        label={t('meetings.withdraw.reason.label')}
        description={t('meetings.withdraw.reason.description')}
        required
        autosize
        minRows={3}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={fieldErrors.reason}
        data-autofocus
      />
    </FormModal>
  );
}
