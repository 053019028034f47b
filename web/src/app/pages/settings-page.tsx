import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useMailPreferences } from '../../features/outbox/api/mail-preferences.ts';
import { MailPreferencesForm } from '../../features/outbox/components/mail-preferences-form.tsx';

/** The signed-in user's own settings: which mail they receive. */
export function SettingsPage() {
  const { t } = useTranslation();
  const preferences = useMailPreferences();
  return (
    <>
      <PageHeader title={t('settings.title')} intro={t('settings.mail.intro')} />
      <Paper withBorder radius="md" p="lg">
        <QueryState query={preferences}>{(data) => <MailPreferencesForm preferences={data.items} />}</QueryState>
      </Paper>
    </>
  );
}
