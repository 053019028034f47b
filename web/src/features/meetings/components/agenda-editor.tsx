import { Anchor, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { itemCreateSchema, type AgendaItem, type Meeting } from '@server/meetings/schema.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useAddItem, useDeleteItem, useReorderItems } from '../api/agenda.ts';
import { useMeetingLabels } from './use-meeting-labels.ts';

export const itemKinds = ['beslut', 'information', 'rapport', 'ovrigt'] as const;

/** "Anna Smittskydd, Per Berg" → two presenters. */
export function splitNames(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

export const itemAnchor = (item: Pick<AgendaItem, 'id'>) => `punkt-${item.id}`;

type Move = { id: string; direction: 'up' | 'down' };

/** The agenda as a numbered table; while the meeting is planned, items are added, moved and removed here. */
export function AgendaEditor({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const labels = useMeetingLabels();
  const headingId = useId();
  const tableRef = useRef<HTMLDivElement>(null);
  const canEdit = meeting.permissions.canEditAgenda;
  const reorder = useReorderItems();
  const remove = useDeleteItem();
  const [removing, setRemoving] = useState<AgendaItem>();
  const [lastMove, setLastMove] = useState<Move>();
  const items = meeting.items;

  useEffect(() => {
    if (!lastMove) return;
    const buttons = [...(tableRef.current?.querySelectorAll<HTMLButtonElement>(`[data-row="${lastMove.id}"]`) ?? [])];
    (
      buttons.find((button) => button.dataset.move === lastMove.direction && !button.disabled) ??
      buttons.find((button) => !button.disabled)
    )?.focus();
  }, [lastMove, meeting]);

  const move = (item: AgendaItem, direction: Move['direction']) => {
    const ids = items.map((entry) => entry.id);
    const from = ids.indexOf(item.id);
    const to = direction === 'up' ? from - 1 : from + 1;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    reorder.mutate(
      { meetingId: meeting.id, itemIds: ids },
      { onSuccess: () => setLastMove({ id: item.id, direction }) },
    );
  };

  const columns: Column<AgendaItem>[] = [
    { key: 'number', header: t('meetings.agenda.number'), render: (item) => item.number },
    {
      key: 'title',
      header: t('meetings.agenda.item'),
      isRowHeader: true,
      render: (item) => (
        <Anchor href={`#${itemAnchor(item)}`} fw={600}>
          {item.title}
        </Anchor>
      ),
    },
    { key: 'kind', header: t('meetings.agenda.kind'), render: (item) => labels.kind(item.kind) ?? t('common.none') },
    {
      key: 'presenters',
      header: t('meetings.agenda.presenters'),
      render: (item) => (item.presenters.length ? item.presenters.join(', ') : t('meetings.agenda.noPresenters')),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      render: (item) => {
        const index = items.indexOf(item);
        return (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="default"
              data-row={item.id}
              data-move="up"
              disabled={index === 0 || reorder.isPending}
              onClick={() => move(item, 'up')}
              aria-label={t('meetings.agenda.moveUp', { title: item.title })}
            >
              <span aria-hidden>↑</span>
            </Button>
            <Button
              size="xs"
              variant="default"
              data-row={item.id}
              data-move="down"
              disabled={index === items.length - 1 || reorder.isPending}
              onClick={() => move(item, 'down')}
              aria-label={t('meetings.agenda.moveDown', { title: item.title })}
            >
              <span aria-hidden>↓</span>
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => setRemoving(item)}
              aria-label={t('meetings.agenda.remove', { title: item.title })}
            >
              {t('common.remove')}
            </Button>
          </Group>
        );
      },
    });
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('meetings.agenda.title')}
      </Title>
      {reorder.isError && <ErrorAlert error={reorder.error} />}
      <div ref={tableRef}>
        <DataTable
          caption={t('meetings.agenda.caption', { count: items.length })}
          columns={columns}
          rows={items}
          rowKey={(item) => item.id}
          emptyText={t('meetings.agenda.empty')}
        />
      </div>
      {canEdit && <AddItemForm meetingId={meeting.id} />}
      {removing && (
        <ConfirmDialog
          title={t('meetings.agenda.removeConfirmTitle', { title: removing.title })}
          text={t('meetings.agenda.removeConfirm')}
          confirmLabel={t('common.remove')}
          onConfirm={() => remove.mutate({ itemId: removing.id }, { onSuccess: () => setRemoving(undefined) })}
          onClose={() => setRemoving(undefined)}
          isPending={remove.isPending}
          error={remove.error?.message}
        />
      )}
    </Stack>
  );
}

function AddItemForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [values, setValues] = useState({ title: '', kind: '', presenters: '' });
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const add = useAddItem();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const item = validate(itemCreateSchema, {
      title: values.title,
      kind: values.kind || null,
      presenters: splitNames(values.presenters),
    });
    if (!item) return;
    add.mutate(
      { meetingId, item },
      {
        onSuccess: () => {
          notifications.show({ message: t('meetings.agenda.add.added', { title: item.title }), color: 'teal' });
          setValues({ title: '', kind: '', presenters: '' });
        },
        onError: showError,
      },
    );
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="form"
      ref={formRef}
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {t('meetings.agenda.add.title')}
        </Title>
        <ErrorSummary formRef={formRef} errors={fieldErrors} formError={formError} />
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput
            label={t('meetings.agenda.add.itemTitle')}
            required
            value={values.title}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setValues((current) => ({ ...current, title: value }));
            }}
            error={fieldErrors.title}
          />
          <NativeSelect
            label={t('meetings.agenda.add.kind')}
            data={[
              { value: '', label: t('meetings.kind.none') },
              ...itemKinds.map((kind) => ({ value: kind, label: t(`meetings.kind.${kind}`) })),
            ]}
            value={values.kind}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setValues((current) => ({ ...current, kind: value }));
            }}
          />
          <TextInput
            label={t('meetings.agenda.add.presenters')}
            description={t('meetings.agenda.add.presentersDescription')}
            value={values.presenters}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setValues((current) => ({ ...current, presenters: value }));
            }}
            error={fieldErrors.presenters}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" variant="default" loading={add.isPending}>
            {t('meetings.agenda.add.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
