import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '@server/auth/schema.ts';
import { DataTable, type Column } from '../../components/ui/data-table.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { formatLongDate, isoWeek } from '../../lib/format.ts';
import { currentLocale } from '../../lib/i18n.ts';
import { useSession } from '../session.tsx';

type ForumRoleRow = Me['forumRoles'][number];

export function StartPage() {
  const { t } = useTranslation();
  const me = useSession();
  const now = new Date();
  const columns: Column<ForumRoleRow>[] = [
    { key: 'forum', header: t('start.forums.forum'), render: (row) => row.forumName, isRowHeader: true },
    { key: 'role', header: t('start.forums.role'), render: (row) => t(`roles.${row.role}`) },
  ];
  return (
    <>
      <PageHeader title={t('start.welcome', { name: me.name })} />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          <Stack gap={4}>
            <Text>{t('start.today', { date: formatLongDate(now, currentLocale()), week: isoWeek(now).week })}</Text>
            <Text>{t('start.organization', { organization: me.organizationName })}</Text>
            {me.isAdmin && <Text>{t('start.admin')}</Text>}
          </Stack>
        </Paper>
        <DataTable
          caption={t('start.forums.caption')}
          columns={columns}
          rows={me.forumRoles}
          rowKey={(row) => row.forumId}
          emptyText={t('start.forums.empty')}
        />
      </Stack>
    </>
  );
}
