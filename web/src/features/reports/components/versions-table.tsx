import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '@server/reports/schema.ts';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { formatDate, formatTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { VersionDiff } from './version-diff.tsx';

type Version = Report['versions'][number];

/** Every submitted version, kept for ever, with what changed from the one before. */
export function VersionsTable({ report }: { report: Report }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [shown, setShown] = useState<number>();
  const columns: Column<Version>[] = [
    {
      key: 'version',
      header: t('reports.versions.version'),
      render: (v) => t('reports.versions.number', { version: v.version }),
      isRowHeader: true,
    },
    {
      key: 'submittedAt',
      header: t('reports.versions.submittedAt'),
      render: (v) => (
        <time dateTime={v.submittedAt}>
          {t('rounds.dateTime', { date: formatDate(v.submittedAt, locale), time: formatTime(v.submittedAt, locale) })}
        </time>
      ),
    },
    { key: 'by', header: t('reports.versions.by'), render: (v) => v.submittedByName },
    {
      key: 'notes',
      header: t('reports.versions.notes'),
      render: (v) => {
        const notes = [v.isLate && t('reports.versions.late'), v.onBehalf && t('rounds.table.onBehalf')].filter(
          Boolean,
        );
        return notes.length > 0 ? (
          notes.join(' · ')
        ) : (
          <Text span c="dimmed" size="sm">
            {t('common.none')}
          </Text>
        );
      },
    },
    {
      key: 'changes',
      header: t('reports.versions.changes'),
      render: (v) =>
        v.version > 1 ? (
          <Button
            size="xs"
            variant="default"
            aria-expanded={shown === v.version}
            aria-controls={shown === v.version ? `version-diff-${v.version}` : undefined}
            onClick={() => setShown(shown === v.version ? undefined : v.version)}
            aria-label={t(
              shown === v.version ? 'reports.versions.hideChangesNamed' : 'reports.versions.showChangesNamed',
              { version: v.version },
            )}
          >
            {t(shown === v.version ? 'reports.versions.hideChanges' : 'reports.versions.showChanges')}
          </Button>
        ) : (
          <Text span size="sm" c="dimmed">
            {t('reports.versions.first')}
          </Text>
        ),
    },
  ];
  return (
    <DataTable
      caption={t('reports.versions.caption', { count: report.versions.length })}
      columns={columns}
      rows={[...report.versions].reverse()}
      rowKey={(v) => String(v.version)}
      emptyText={t('reports.versions.empty')}
      renderDetail={(v) =>
        shown === v.version && (
          <VersionDiff report={report} from={v.version - 1} to={v.version} id={`version-diff-${v.version}`} />
        )
      }
    />
  );
}
