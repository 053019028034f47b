import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@server/indicators/schema.ts';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { currentLocale } from '../../../lib/i18n.ts';
import { formatRange } from '../../../lib/indicators.ts';
import { useIndicatorLabels } from './use-indicator-labels.ts';

interface IndicatorsTableProps {
  indicators: Indicator[];
  canEdit: boolean;
  onEdit: (indicator: Indicator) => void;
  onToggleActive: (indicator: Indicator) => void;
}

export function IndicatorsTable({ indicators, canEdit, onEdit, onToggleActive }: IndicatorsTableProps) {
  const { t } = useTranslation();
  const { kindLabel, higherIsLabel, organizationKindLabel } = useIndicatorLabels();
  const locale = currentLocale();
  const columns: Column<Indicator>[] = [
    {
      key: 'name',
      header: t('indicators.table.name'),
      isRowHeader: true,
      render: (i) => (
        <>
          {i.nameSv}
          <Text size="sm" c="dimmed" fw={400} lang="en">
            {i.nameEn}
          </Text>
        </>
      ),
    },
    { key: 'key', header: t('indicators.table.key'), render: (i) => <code>{i.key}</code> },
    { key: 'kind', header: t('indicators.table.kind'), render: (i) => kindLabel(i.kind) },
    { key: 'unit', header: t('indicators.table.unit'), render: (i) => i.unit || t('common.none') },
    { key: 'range', header: t('indicators.table.range'), render: (i) => formatRange(i, locale) },
    {
      key: 'kinds',
      header: t('indicators.table.organizationKinds'),
      render: (i) =>
        i.organizationKinds.length === 0
          ? t('indicators.table.allKinds')
          : i.organizationKinds.map(organizationKindLabel).join(', '),
    },
    { key: 'higherIs', header: t('indicators.table.higherIs'), render: (i) => higherIsLabel(i.higherIs) },
    { key: 'status', header: t('common.status'), render: (i) => <StatusBadge isActive={i.isActive} /> },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: t('common.actions'),
            render: (i: Indicator) => (
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onEdit(i)}
                  aria-label={t('indicators.actions.editNamed', { name: i.nameSv })}
                >
                  {t('indicators.actions.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => onToggleActive(i)}
                  aria-label={t(
                    i.isActive ? 'indicators.actions.deactivateNamed' : 'indicators.actions.reactivateNamed',
                    { name: i.nameSv },
                  )}
                >
                  {t(i.isActive ? 'indicators.actions.deactivate' : 'indicators.actions.reactivate')}
                </Button>
              </Group>
            ),
          },
        ]
      : []),
  ];
  return (
    <DataTable
      caption={t('indicators.table.caption', { count: indicators.length })}
      columns={columns}
      rows={indicators}
      rowKey={(i) => i.id}
      emptyText={t('indicators.table.empty')}
    />
  );
}
