import { Box, Container, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { LeaveGuard } from '../../components/ui/leave-guard.tsx';
import { useMe } from '../../features/auth/api/get-me.ts';
import { LanguageSwitch } from '../../features/auth/components/language-switch.tsx';
import { UserMenu } from '../../features/auth/components/user-menu.tsx';
import { useLiveUpdates } from '../live-updates.ts';
import { changeLocale, currentLocale, storedLocale } from '../../lib/i18n.ts';
import { paths } from '../paths.ts';
import { MainNavigation } from './main-navigation.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data ?? null;
  const accountLocale = me?.locale;
  useLiveUpdates(me?.id);
  // A language picked in this browser wins; otherwise the one saved with the account, on every load of the app, not
  // only right after signing in (a reload showed Swedish to a user whose account says English).
  useEffect(() => {
    if (accountLocale && !storedLocale() && accountLocale !== currentLocale())
      void changeLocale(accountLocale, { remember: false });
  }, [accountLocale]);
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipLink')}
      </a>
      <Box component="header" className="site-header">
        <Container size="xl">
          <Group justify="space-between" py="md" wrap="wrap" gap="sm">
            <Link to={paths.start} className="brand">
              <Text component="span" className="brand-name">
                {t('app.name')}
              </Text>
              <Text component="span" className="brand-tagline">
                {t('app.tagline')}
              </Text>
            </Link>
            <Group gap="sm">
              <LanguageSwitch isSignedIn={me !== null} />
              {me && <UserMenu me={me} settingsHref={paths.settings} onSignedOut={() => navigate(paths.signIn)} />}
            </Group>
          </Group>
        </Container>
        {me && <MainNavigation me={me} />}
      </Box>
      <Box component="main" id="main" tabIndex={-1} className="site-main">
        <Container size="xl" py="xl">
          <Outlet />
        </Container>
      </Box>
      <LeaveGuard />
    </>
  );
}
