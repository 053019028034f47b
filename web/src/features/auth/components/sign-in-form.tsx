import { Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loginBodySchema, type Me } from '@server/auth/schema.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useSignIn } from '../api/sign-in.ts';

export function SignInForm({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const signIn = useSignIn();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = validate(loginBodySchema, { email, password });
    if (!body) return;
    signIn.mutate(body, { onSuccess: onSignedIn, onError: showError });
  };

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {formError && <ErrorAlert title={t('auth.signIn.errorTitle')} message={formError} />}
        <TextInput
          label={t('auth.signIn.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrors.email}
        />
        <TextInput
          label={t('auth.signIn.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password}
        />
        <Button type="submit" loading={signIn.isPending} fullWidth mt="xs">
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
