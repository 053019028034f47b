import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Dialog } from './dialog.tsx';
import { ErrorAlert } from './error-alert.tsx';

interface ConfirmDialogProps {
  title: string;
  text: string;
  confirmLabel: string;
  /** The button that closes without confirming; "Avbryt" unless given. */
  cancelLabel?: string;
  onConfirm: () => void;
  onClose: () => void;
  isPending: boolean;
  error?: string;
}

export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onClose,
  isPending,
  error,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onClose}>
      <Stack gap="md">
        <Text>{text}</Text>
        {error && <ErrorAlert message={error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {cancelLabel ?? t('common.cancel')}
          </Button>
          <Button onClick={onConfirm} loading={isPending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
