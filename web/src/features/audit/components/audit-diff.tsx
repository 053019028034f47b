import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@server/audit/schema.ts';

/** What changed, field by field, in the words the server chose ("Läge | Ansträngt | Kritiskt"). */
export function AuditDiff({ entry, id }: { entry: AuditEntry; id: string }) {
  const { t } = useTranslation();
  if (entry.changes.length === 0) {
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
        {entry.changes.map((change) => (
          <Table.Tr key={change.field}>
            <Table.Th scope="row">{change.label}</Table.Th>
            <Table.Td className="diff-before">{change.before ?? t('common.none')}</Table.Td>
            <Table.Td className="diff-after">{change.after ?? t('common.none')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
