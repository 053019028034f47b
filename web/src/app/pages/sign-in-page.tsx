import { Paper, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Me } from '@server/auth/schema.ts';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { meQueryOptions, useMe } from '../../features/auth/api/get-me.ts';
import { SignInForm } from '../../features/auth/components/sign-in-form.tsx';
import { changeLocale, currentLocale, storedLocale } from '../../lib/i18n.ts';
import { paths } from '../paths.ts';

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && from !== paths.signIn ? from : paths.start;
}

export function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const me = useMe().data;

  if (me) return <Navigate to={returnPath(location.state)} replace />;

  const handleSignedIn = async (signedIn: Me) => {
    // A language picked in this browser wins; otherwise use the one saved with the account.
    if (!storedLocale() && signedIn.locale !== currentLocale())
      await changeLocale(signedIn.locale, { remember: false });
    // With the session stored, this page redirects to where the user was going.
    queryClient.setQueryData(meQueryOptions.queryKey, signedIn);
  };

  return (
    <Paper withBorder radius="md" p="xl" maw={440} mx="auto" mt="lg" shadow="xs">
      <PageHeader title={t('auth.signIn.title')} />
      <Text mb="lg">{t('auth.signIn.intro')}</Text>
      <SignInForm onSignedIn={handleSignedIn} />
    </Paper>
  );
}
