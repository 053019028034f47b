import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Forum } from '@server/forums/schema.ts';
import { DataTable } from '../../../components/ui/data-table.tsx';

type Member = Forum['members'][number];

/** A forum for someone who may see but not change it. */
export function ForumSummary({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Alert variant="light" color="gray">
        {t('forums.detail.readOnly')}
      </Alert>
      {forum.description && (
        <Paper withBorder radius="md" p="lg">
          <Text style={{ whiteSpace: 'pre-line' }}>{forum.description}</Text>
        </Paper>
      )}
      <DataTable<Member>
        caption={t('forums.members.caption', { count: forum.members.length })}
        columns={[
          { key: 'position', header: t('forums.members.position'), render: (m) => forum.members.indexOf(m) + 1 },
          { key: 'name', header: t('forums.members.name'), render: (m) => m.name, isRowHeader: true },
        ]}
        rows={forum.members}
        rowKey={(m) => m.organizationId}
        emptyText={t('forums.members.empty')}
      />
      <Text>
        {t('forums.table.coordinators')}: {forum.coordinators.map((c) => c.name).join(', ') || t('common.none')}
      </Text>
    </Stack>
  );
}
