import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { currentLocale } from '../../lib/i18n.ts';

interface PaginationProps {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}

export function Pagination({ offset, limit, total, onChange }: PaginationProps) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const last = Math.min(offset + limit, total);
  const locale = currentLocale();
  return (
    <Group component="nav" aria-label={t('common.pagination.label')} justify="space-between" mt="md">
      <Text aria-live="polite">
        {t('common.pagination.range', {
          first: formatNumber(offset + 1, locale),
          last: formatNumber(last, locale),
          total: formatNumber(total, locale),
        })}
      </Text>
      <Group gap="sm">
        <Button variant="default" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
          {t('common.pagination.previous')}
        </Button>
        <Button variant="default" disabled={last >= total} onClick={() => onChange(offset + limit)}>
          {t('common.pagination.next')}
        </Button>
      </Group>
    </Group>
  );
}
