import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '@server/actions/schema.ts';
import { useActionLabels } from './use-action-labels.ts';

const colors: Record<Action['status'], string> = {
  open: 'gray.7',
  in_progress: 'samverkan.8',
  done: 'teal.9',
  cancelled: 'gray.7',
};

/** Status and "Försenat" in words; the colour only repeats them. */
export function ActionStatusBadge({ action }: { action: Pick<Action, 'status' | 'isOverdue'> }) {
  const { t } = useTranslation();
  const labels = useActionLabels();
  return (
    <Group gap={6} wrap="wrap">
      <Badge variant="outline" color={colors[action.status]} radius="sm" tt="none" className="status-badge">
        {labels.status(action)}
      </Badge>
      {action.isOverdue && (
        <Badge variant="filled" color="red.9" radius="sm" tt="none" className="status-badge">
          {t('actions.overdue')}
        </Badge>
      )}
    </Group>
  );
}
