import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '@server/auth/schema.ts';
import { useSignOut } from '../api/sign-out.ts';

export function UserMenu({ me, settingsHref, onSignedOut }: { me: Me; settingsHref: string; onSignedOut: () => void }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" width={260} shadow="md">
      <Menu.Target>
        <Button variant="default" size="sm" aria-label={t('auth.userMenu.label', { name: me.name })}>
          {me.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('auth.userMenu.organization', { organization: me.organizationName })}</Menu.Label>
        <Menu.Item component={Link} to={settingsHref}>
          {t('auth.userMenu.settings')}
        </Menu.Item>
        <Menu.Item onClick={() => signOut.mutate(undefined, { onSuccess: onSignedOut })}>
          {t('auth.userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
