import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './dialog.tsx';
import { ErrorSummary } from './error-summary.tsx';
import type { FieldErrors } from '../../lib/form-errors.ts';

interface FormModalProps {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  isSubmitting: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  formError?: string;
  /** The fields' errors, listed with links at the top of the form. */
  fieldErrors?: FieldErrors;
  size?: 'md' | 'lg';
  /** The submit button's label; "Spara" unless the form does something else. */
  submitLabel?: string;
  children: ReactNode;
}

/** A modal form: Mantine traps focus inside and returns it to the opening button on close. */
export function FormModal({
  title,
  onClose,
  onSubmit,
  isSubmitting,
  formRef,
  formError,
  fieldErrors,
  size = 'md',
  submitLabel,
  children,
}: FormModalProps) {
  const { t } = useTranslation();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog title={title} onClose={onClose} size={size}>
      <form ref={formRef} onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary formRef={formRef} errors={fieldErrors ?? {}} formError={formError} />
          {children}
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {submitLabel ?? t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
