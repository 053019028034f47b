import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round, RoundUpdate } from '@server/rounds/schema.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useUpdateRound } from '../api/update-round.ts';

type Action = 'close' | 'reopen' | 'publish' | 'unpublish';

const changes: Record<Action, RoundUpdate> = {
  close: { status: 'closed' },
  reopen: { status: 'open' },
  publish: { isPublished: true },
  unpublish: { isPublished: false },
};

/** Close or reopen the round, publish the lägesbild to readers or take it back; each confirmed first. */
export function RoundActions({ round }: { round: Round }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action>();
  const update = useUpdateRound();
  const statusAction: Action = round.status === 'open' ? 'close' : 'reopen';
  const publishAction: Action = round.isPublished ? 'unpublish' : 'publish';

  const open = (next: Action) => {
    update.reset();
    setAction(next);
  };

  const confirm = () => {
    if (!action) return;
    update.mutate(
      { id: round.id, changes: changes[action] },
      {
        onSuccess: () => {
          notifications.show({ message: t(`rounds.actions.${action}.done`), color: 'teal' });
          setAction(undefined);
        },
      },
    );
  };

  return (
    <>
      <Button variant="default" onClick={() => open(statusAction)}>
        {t(`rounds.actions.${statusAction}.button`)}
      </Button>
      <Button variant="default" onClick={() => open(publishAction)}>
        {t(`rounds.actions.${publishAction}.button`)}
      </Button>
      {action && (
        <ConfirmDialog
          title={t(`rounds.actions.${action}.title`, { title: round.title })}
          text={t(`rounds.actions.${action}.text`)}
          confirmLabel={t(`rounds.actions.${action}.button`)}
          onConfirm={confirm}
          onClose={() => setAction(undefined)}
          isPending={update.isPending}
          error={update.error?.message}
        />
      )}
    </>
  );
}
