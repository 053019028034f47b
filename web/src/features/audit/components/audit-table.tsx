import { Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@server/audit/schema.ts';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { AuditDiff } from './audit-diff.tsx';

export function AuditTable({ entries, total }: { entries: AuditEntry[]; total: number }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const locale = currentLocale();

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const columns: Column<AuditEntry>[] = [
    {
      key: 'at',
      header: t('audit.table.at'),
      render: (e) => <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>,
      isRowHeader: true,
    },
    { key: 'actor', header: t('audit.table.actor'), render: (e) => e.actorName },
    {
      key: 'action',
      header: t('audit.table.action'),
      render: (e) => (
        <>
          {e.actionLabel}
          {(e.onBehalfOf || e.isCorrection) && (
            <Group gap={4} mt={4}>
              {e.onBehalfOf && (
                <Badge variant="light" color="grape" tt="none">
                  {t('audit.mark.onBehalf', { organization: e.onBehalfOf })}
                </Badge>
              )}
              {e.isCorrection && (
                <Badge variant="light" color="orange" tt="none">
                  {t('audit.mark.correction')}
                </Badge>
              )}
            </Group>
          )}
        </>
      ),
    },
    {
      key: 'entity',
      header: t('audit.table.entity'),
      render: (e) => (
        <>
          {t('audit.table.entityLabel', { type: e.entityTypeLabel, label: e.entityName })}
          {e.forumName && (
            <Text size="sm" c="dimmed">
              {t('audit.table.forum', { forum: e.forumName })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'changes',
      header: t('audit.table.changes'),
      render: (e) => (
        <Button
          size="xs"
          variant="default"
          aria-expanded={expanded.has(e.id)}
          aria-controls={expanded.has(e.id) ? `diff-${e.id}` : undefined}
          onClick={() => toggle(e.id)}
        >
          {expanded.has(e.id) ? t('audit.table.hideChanges') : t('audit.table.showChanges')}
        </Button>
      ),
    },
  ];

  return (
    <DataTable
      caption={t('audit.table.caption', { count: total })}
      columns={columns}
      rows={entries}
      rowKey={(e) => e.id}
      emptyText={t('audit.table.empty')}
      renderDetail={(e) => expanded.has(e.id) && <AuditDiff entry={e} id={`diff-${e.id}`} />}
    />
  );
}
