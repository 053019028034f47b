import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { paths } from '../paths.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('app.notFound.title')} />
      <Text mb="md">{t('app.notFound.text')}</Text>
      <Anchor component={Link} to={paths.start}>
        {t('app.notFound.link')}
      </Anchor>
    </>
  );
}
