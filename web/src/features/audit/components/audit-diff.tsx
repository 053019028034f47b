import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@server/audit/schema.ts';
import { changedFields, displayValue } from './diff.ts';
import { useAuditLabels } from './use-audit-labels.ts';

export function AuditDiff({ entry, id }: { entry: AuditEntry; id: string }) {
  const { t } = useTranslation();
  const { fieldLabel } = useAuditLabels();
  const changes = changedFields(entry.before, entry.after);
  const words = { yes: t('common.yes'), no: t('common.no') };
  const show = (value: unknown) => displayValue(value, words) ?? t('common.none');
  if (changes.length === 0) {
    return (
      <Text id={id} c="dimmed" size="sm">
        {t('audit.diff.empty')}
      </Text>
    );
  }
  return (
    <Table id={id} withTableBorder withColumnBorders fz="sm" captionSide="top" className="diff-table">
      <Table.Caption className="table-caption">{t('audit.diff.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('audit.diff.field')}</Table.Th>
          <Table.Th scope="col">{t('audit.diff.before')}</Table.Th>
          <Table.Th scope="col">{t('audit.diff.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.field}>
            <Table.Th scope="row">{fieldLabel(change.field)}</Table.Th>
            <Table.Td className="diff-before">{show(change.before)}</Table.Td>
            <Table.Td className="diff-after">{show(change.after)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
