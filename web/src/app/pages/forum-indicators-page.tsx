import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Indicator } from '@server/indicators/schema.ts';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { FilterBar, ShowInactiveCheckbox } from '../../components/ui/filter-bar.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useIndicators } from '../../features/indicators/api/get-indicators.ts';
import { useUpdateIndicator } from '../../features/indicators/api/update-indicator.ts';
import { IndicatorFormModal } from '../../features/indicators/components/indicator-form-modal.tsx';
import { IndicatorsTable } from '../../features/indicators/components/indicators-table.tsx';
import { useAccess } from '../use-access.ts';
import { ForumFrame } from './forum-frame.tsx';

export function ForumIndicatorsPage() {
  const { t } = useTranslation();
  const { forumId = '' } = useParams();
  const access = useAccess();
  const canManage = access.canManageForum(forumId);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Indicator | 'new'>();
  const [toggling, setToggling] = useState<Indicator>();
  const indicators = useIndicators(forumId, { includeInactive });
  const update = useUpdateIndicator();

  const handleSaved = (indicator: Indicator) => {
    notifications.show({ message: t('indicators.form.saved', { name: indicator.nameSv }), color: 'teal' });
    setEditing(undefined);
  };

  const toggle = () => {
    if (!toggling) return;
    update.mutate(
      { id: toggling.id, changes: { isActive: !toggling.isActive } },
      { onSuccess: () => setToggling(undefined) },
    );
  };

  return (
    <ForumFrame forumId={forumId} section={t('forums.tabs.indicators')}>
      {() => (
        <Stack gap="md">
          <Group justify="space-between" align="flex-end">
            <FilterBar>
              <ShowInactiveCheckbox checked={includeInactive} onChange={setIncludeInactive} />
            </FilterBar>
            {canManage && (
              <Button onClick={() => setEditing('new')} mb="lg">
                {t('indicators.create')}
              </Button>
            )}
          </Group>
          <QueryState query={indicators}>
            {(data) => (
              <IndicatorsTable
                indicators={data}
                canEdit={canManage}
                onEdit={setEditing}
                onToggleActive={(indicator) => {
                  update.reset();
                  setToggling(indicator);
                }}
              />
            )}
          </QueryState>
          {editing && (
            <IndicatorFormModal
              forumId={forumId}
              indicator={editing === 'new' ? undefined : editing}
              onClose={() => setEditing(undefined)}
              onSaved={handleSaved}
            />
          )}
          {toggling && (
            <ConfirmDialog
              title={t(
                toggling.isActive ? 'indicators.confirm.deactivateTitle' : 'indicators.confirm.reactivateTitle',
                { name: toggling.nameSv },
              )}
              text={t(toggling.isActive ? 'indicators.confirm.deactivateText' : 'indicators.confirm.reactivateText')}
              confirmLabel={t(toggling.isActive ? 'indicators.actions.deactivate' : 'indicators.actions.reactivate')}
              onConfirm={toggle}
              onClose={() => setToggling(undefined)}
              isPending={update.isPending}
              error={update.error?.message}
            />
          )}
        </Stack>
      )}
    </ForumFrame>
  );
}
