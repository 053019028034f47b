import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';

/**
 * A page whose code could not be loaded (the connection dropped, or a new version was deployed
 * and the old files are gone). A full reload fetches the current version.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <>
      <PageHeader title={t('app.loadFailed.title')} />
      <Text mb="md">{t('app.loadFailed.text')}</Text>
      <Anchor href={location.pathname + location.search}>{t('app.loadFailed.reload')}</Anchor>
    </>
  );
}
