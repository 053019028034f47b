import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../locales/sv.ts';
import { ApiError } from '../../lib/api-client.ts';

interface ErrorAlertProps {
  /** The error to explain: its heading follows the server's problem code or status. */
  error?: unknown;
  /** The text; the error's own (localised by the server) unless given. */
  message?: string;
  title?: string;
}

/** Headings for the problem codes whose reason the user should see first. */
const titleByCode: Partial<Record<string, TranslationKey>> = {
  'meetings.not_forum_member': 'forms.problem.notMember',
  'meetings.not_published': 'forms.problem.notPublished',
  network: 'forms.problem.network',
};

const titleByStatus: Partial<Record<number, TranslationKey>> = {
  401: 'forms.problem.signedOut',
  403: 'forms.problem.forbidden',
  404: 'forms.problem.notFound',
  409: 'forms.problem.conflict',
};

/** The heading that says what kind of problem it is: "Något gick fel" only when nothing better is known. */
function titleKey(error: unknown): TranslationKey {
  if (!(error instanceof ApiError)) return 'errors.title';
  return titleByCode[error.problem.code] ?? titleByStatus[error.status] ?? 'errors.title';
}

/** An error shown inline; data-form-error lets a form move focus here after a failed submit. */
export function ErrorAlert({ error, message, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  const text = message ?? (error instanceof Error ? error.message : t('errors.unexpected'));
  return (
    <Alert color="red" variant="light" title={title ?? t(titleKey(error))} role="alert" tabIndex={-1} data-form-error>
      {text}
    </Alert>
  );
}
