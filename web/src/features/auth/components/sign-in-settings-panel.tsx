import { Alert, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signInSettingsUpdateSchema, type SignInSettings } from '@server/auth/schema.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { withCurrent, type Option } from '../../../components/ui/options.ts';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useSignInSettings, useUpdateSignInSettings } from '../api/sign-in-settings.ts';

/** How users sign in: password sign-in on or off, and accounts for people the provider vouches for. */
export function SignInSettingsPanel({ organizationOptions }: { organizationOptions: Option[] }) {
  const { t } = useTranslation();
  const settings = useSignInSettings();
  return (
    <Paper withBorder radius="md" p="lg" mt="xl" component="section" aria-labelledby="sign-in-settings-title">
      <Title order={2} size="h3" id="sign-in-settings-title" mb="sm">
        {t('auth.settings.title')}
      </Title>
      <QueryState query={settings}>
        {(current) =>
          current.provider ? (
            <SettingsForm settings={current} organizationOptions={organizationOptions} />
          ) : (
            <Text>{t('auth.settings.noProvider')}</Text>
          )
        }
      </QueryState>
    </Paper>
  );
}

function SettingsForm({ settings, organizationOptions }: { settings: SignInSettings; organizationOptions: Option[] }) {
  const { t } = useTranslation();
  const provider = settings.provider!;
  const [values, setValues] = useState({
    passwordSignIn: settings.passwordSignIn,
    createUnknownUsers: settings.createUnknownUsers,
    newUserOrganizationId: settings.newUserOrganizationId ?? '',
  });
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const update = useUpdateSignInSettings();
  // Turning it off needs proof that an administrator gets in through the provider; turning it
  // back on is always possible.
  const canToggleOff = settings.canTurnOffPasswordSignIn || !values.passwordSignIn;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = validate(signInSettingsUpdateSchema, {
      ...values,
      newUserOrganizationId: values.newUserOrganizationId || null,
    });
    if (!body) return;
    update.mutate(body, {
      onSuccess: () => notifications.show({ message: t('common.saved'), color: 'teal' }),
      onError: showError,
    });
  };

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {formError && <ErrorAlert message={formError} />}
        <Text>
          {t('auth.settings.provider', { provider: provider.name, issuer: provider.issuer })}{' '}
          {provider.hsaIdClaim
            ? t('auth.settings.hsaIdClaim', { claim: provider.hsaIdClaim })
            : t('auth.settings.noHsaIdClaim')}
        </Text>
        {settings.passwordSignInForced && (
          <Alert color="yellow" variant="light" title={t('auth.settings.forcedTitle')}>
            {t('auth.settings.forced')}
          </Alert>
        )}
        <Checkbox
          label={t('auth.settings.passwordSignIn.label')}
          description={
            canToggleOff
              ? t('auth.settings.passwordSignIn.description')
              : t('auth.settings.passwordSignIn.signInFirst', { provider: provider.name })
          }
          checked={values.passwordSignIn}
          disabled={!canToggleOff}
          onChange={(event) => {
            const passwordSignIn = event.currentTarget.checked;
            setValues((v) => ({ ...v, passwordSignIn }));
          }}
          error={fieldErrors.passwordSignIn}
        />
        <Checkbox
          label={t('auth.settings.createUnknownUsers.label', { provider: provider.name })}
          description={t('auth.settings.createUnknownUsers.description')}
          checked={values.createUnknownUsers}
          onChange={(event) => {
            const createUnknownUsers = event.currentTarget.checked;
            setValues((v) => ({ ...v, createUnknownUsers }));
          }}
        />
        <NativeSelect
          label={t('auth.settings.newUserOrganization.label')}
          description={t('auth.settings.newUserOrganization.description')}
          required={values.createUnknownUsers}
          data={[
            { value: '', label: t('auth.settings.newUserOrganization.none') },
            ...withCurrent(
              organizationOptions,
              settings.newUserOrganizationId && settings.newUserOrganizationName
                ? { value: settings.newUserOrganizationId, label: settings.newUserOrganizationName }
                : undefined,
            ),
          ]}
          value={values.newUserOrganizationId}
          onChange={(event) => {
            const newUserOrganizationId = event.currentTarget.value;
            setValues((v) => ({ ...v, newUserOrganizationId }));
          }}
          error={fieldErrors.newUserOrganizationId}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('auth.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
