import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ErrorAlertProps {
  message: string;
  title?: string;
}

/** An error shown inline; data-form-error lets a form move focus here after a failed submit. */
export function ErrorAlert({ message, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert" tabIndex={-1} data-form-error>
      {message}
    </Alert>
  );
}
