import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IssuedApiToken } from '@server/api-tokens/schema.ts';
import { Dialog } from '../../../components/ui/dialog.tsx';

/** The one time the token is shown: the server keeps only its hash. */
export function IssuedTokenDialog({ issued, onClose }: { issued: IssuedApiToken; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('apiTokens.issued.title')} onClose={onClose} size="lg">
      <Stack gap="md">
        <Alert color="yellow" variant="light">
          {t('apiTokens.issued.text')}
        </Alert>
        <TextInput
          label={t('apiTokens.issued.label', { name: issued.apiToken.name })}
          description={t('apiTokens.issued.usage')}
          value={issued.token}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          data-autofocus
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        <Text size="sm" c="dimmed">
          {issued.apiToken.forums.map((forum) => forum.name).join(', ')}
        </Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('apiTokens.issued.done')}</Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
