import { Divider, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import type { Me } from '@server/auth/schema.ts';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { meQueryOptions, useMe } from '../../features/auth/api/get-me.ts';
import { useSignInOptions } from '../../features/auth/api/get-sign-in-options.ts';
import { ProviderSignInButton, ProviderSignInFailure } from '../../features/auth/components/provider-sign-in.tsx';
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
  const [searchParams] = useSearchParams();
  const queryClient = useQueryClient();
  const me = useMe().data;
  const options = useSignInOptions();

  if (me) return <Navigate to={returnPath(location.state)} replace />;

  const handleSignedIn = async (signedIn: Me) => {
    // A language picked in this browser wins; otherwise use the one saved with the account.
    if (!storedLocale() && signedIn.locale !== currentLocale())
      await changeLocale(signedIn.locale, { remember: false });
    // With the session stored, this page redirects to where the user was going.
    queryClient.setQueryData(meQueryOptions.queryKey, signedIn);
  };

  const failure = searchParams.get('fel');
  return (
    <Paper withBorder radius="md" p="xl" maw={440} mx="auto" mt="lg" shadow="xs">
      <PageHeader title={t('auth.signIn.title')} />
      <QueryState query={options}>
        {({ provider, passwordSignIn }) => (
          <Stack gap="lg">
            {failure && <ProviderSignInFailure reason={failure} providerName={provider?.name ?? ''} />}
            {provider && (
              <>
                <Text>{t('auth.provider.intro', { provider: provider.name })}</Text>
                <ProviderSignInButton providerName={provider.name} returnTo={returnPath(location.state)} />
              </>
            )}
            {provider && passwordSignIn && <Divider label={t('auth.provider.or')} labelPosition="center" />}
            {passwordSignIn && (
              <>
                <Text>{t('auth.signIn.intro')}</Text>
                <SignInForm onSignedIn={handleSignedIn} />
              </>
            )}
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}
