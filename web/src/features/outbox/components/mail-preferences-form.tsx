import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailPreference } from '@server/outbox/schema.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { useSaveMailPreferences } from '../api/mail-preferences.ts';

/** One checkbox per kind of mail: checked, the user receives it. */
export function MailPreferencesForm({ preferences }: { preferences: MailPreference[] }) {
  const { t } = useTranslation();
  const [items, setItems] = useState(preferences);
  const save = useSaveMailPreferences();
  const toggle = (kind: MailPreference['kind'], isEnabled: boolean) =>
    setItems((current) => current.map((item) => (item.kind === kind ? { ...item, isEnabled } : item)));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(items, {
          onSuccess: () => notifications.show({ message: t('common.saved'), color: 'teal' }),
        });
      }}
    >
      <Stack gap="md">
        <fieldset className="plain-fieldset">
          <legend>
            <Text fw={600}>{t('settings.mail.legend')}</Text>
          </legend>
          <Stack gap="sm" mt="xs">
            {items.map((item) => (
              <Checkbox
                key={item.kind}
                label={t(`mail.kind.${item.kind}`)}
                checked={item.isEnabled}
                onChange={(event) => toggle(item.kind, event.currentTarget.checked)}
              />
            ))}
          </Stack>
        </fieldset>
        {save.error && <ErrorAlert message={save.error.message} />}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('settings.mail.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
