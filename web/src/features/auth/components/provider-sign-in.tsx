import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../../locales/sv.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { providerSignInHref } from '../api/get-sign-in-options.ts';

/** Why the server sent the browser back from the provider without a session (src/auth/single-sign-on.ts). */
const failureMessages = {
  expired: 'auth.provider.errors.expired',
  cancelled: 'auth.provider.errors.cancelled',
  rejected: 'auth.provider.errors.rejected',
  unavailable: 'auth.provider.errors.unavailable',
  no_identity: 'auth.provider.errors.no_identity',
  unknown_user: 'auth.provider.errors.unknown_user',
  inactive: 'auth.provider.errors.inactive',
  conflict: 'auth.provider.errors.conflict',
  cannot_create: 'auth.provider.errors.cannot_create',
} as const satisfies Record<string, TranslationKey>;

const isKnownFailure = (reason: string): reason is keyof typeof failureMessages =>
  Object.hasOwn(failureMessages, reason);

/** The explanation of a failed sign-in through the provider, from the sign-in page's ?fel=. */
export function ProviderSignInFailure({ reason, providerName }: { reason: string; providerName: string }) {
  const { t } = useTranslation();
  return (
    <ErrorAlert
      title={t('auth.provider.errors.title')}
      message={t(failureMessages[isKnownFailure(reason) ? reason : 'rejected'], { provider: providerName })}
    />
  );
}

/** A link styled as a button: the sign-in leaves this app for the provider's own login page. */
export function ProviderSignInButton({ providerName, returnTo }: { providerName: string; returnTo: string }) {
  const { t } = useTranslation();
  return (
    <Button component="a" href={providerSignInHref(returnTo)} fullWidth size="md">
      {t('auth.provider.button', { provider: providerName })}
    </Button>
  );
}
