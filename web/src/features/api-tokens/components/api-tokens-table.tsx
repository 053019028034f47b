import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '@server/api-tokens/schema.ts';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { currentLocale } from '../../../lib/i18n.ts';
import { formatDateTime } from '../../../lib/format.ts';

interface ApiTokensTableProps {
  tokens: ApiToken[];
  onRevoke: (token: ApiToken) => void;
}

export function ApiTokensTable({ tokens, onRevoke }: ApiTokensTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const when = (value: string | null, none: string) => (value ? formatDateTime(value, locale) : none);
  const columns: Column<ApiToken>[] = [
    { key: 'name', header: t('apiTokens.table.name'), render: (token) => token.name, isRowHeader: true },
    {
      key: 'organization',
      header: t('apiTokens.table.organization'),
      render: (token) => token.organizationName ?? t('apiTokens.form.noOrganization'),
    },
    {
      key: 'forums',
      header: t('apiTokens.table.forums'),
      render: (token) => token.forums.map((forum) => forum.name).join(', '),
    },
    { key: 'status', header: t('apiTokens.table.status'), render: (token) => t(`apiTokens.status.${token.status}`) },
    {
      key: 'expiresAt',
      header: t('apiTokens.table.expiresAt'),
      render: (token) => when(token.expiresAt, t('apiTokens.table.untilRevoked')),
    },
    {
      key: 'lastUsedAt',
      header: t('apiTokens.table.lastUsedAt'),
      render: (token) => when(token.lastUsedAt, t('apiTokens.table.never')),
    },
    {
      key: 'created',
      header: t('apiTokens.table.created'),
      render: (token) =>
        t('apiTokens.table.createdBy', { date: formatDateTime(token.createdAt, locale), name: token.createdByName }),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (token) =>
        token.permissions.canRevoke && (
          <Button
            size="xs"
            variant="default"
            aria-label={t('apiTokens.revoke', { name: token.name })}
            onClick={() => onRevoke(token)}
          >
            {t('apiTokens.revoke.short')}
          </Button>
        ),
    },
  ];
  return (
    <DataTable
      caption={t('apiTokens.table.caption')}
      columns={columns}
      rows={tokens}
      rowKey={(token) => token.id}
      emptyText={t('apiTokens.table.empty')}
    />
  );
}
