import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Me } from '@server/auth/schema.ts';
import { canAdminister } from '../../features/auth/permissions.ts';
import type { TranslationKey } from '../../locales/sv.ts';
import { paths } from '../paths.ts';

interface NavItem {
  to: string;
  label: TranslationKey;
  isVisible: (me: Me) => boolean;
}

const items: NavItem[] = [
  { to: paths.start, label: 'app.nav.start', isVisible: () => true },
  { to: paths.actions, label: 'app.nav.actions', isVisible: () => true },
  { to: paths.decisions, label: 'app.nav.decisions', isVisible: () => true },
  { to: paths.search, label: 'app.nav.search', isVisible: () => true },
  { to: paths.forums, label: 'app.nav.forums', isVisible: canAdminister },
  { to: paths.organizations, label: 'app.nav.organizations', isVisible: canAdminister },
  { to: paths.users, label: 'app.nav.users', isVisible: canAdminister },
  { to: paths.audit, label: 'app.nav.audit', isVisible: (me) => me.permissions.canViewAudit },
  { to: paths.outbox, label: 'app.nav.outbox', isVisible: (me) => me.isAdmin },
  { to: paths.apiTokens, label: 'app.nav.apiTokens', isVisible: (me) => me.permissions.canManageApiTokens },
];

export function MainNavigation({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('app.nav.label')} className="main-nav">
      <Container size="xl">
        <ul className="main-nav-list">
          {items
            .filter((item) => item.isVisible(me))
            .map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === paths.start} className="main-nav-link">
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
        </ul>
      </Container>
    </nav>
  );
}
