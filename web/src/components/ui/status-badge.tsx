import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Active or inactive, in words and not by colour alone. */
export function StatusBadge({ isActive }: { isActive: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={isActive ? 'teal.9' : 'gray.7'} radius="sm" tt="none" className="status-badge">
      {isActive ? t('common.status.active') : t('common.status.inactive')}
    </Badge>
  );
}
