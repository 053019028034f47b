import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionCreateSchema, type Action } from '@server/actions/schema.ts';
import type { AgendaItem } from '@server/meetings/schema.ts';
import { DataTable, type Column } from '../../../components/ui/data-table.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import type { Option } from '../../../components/ui/options.ts';
import { formatDate } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useAddAction } from '../api/add-action.ts';

/** When an uppdrag is due, in words: a date, "till nästa möte", or none. */
export function useDueText() {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (action: Pick<Action, 'dueDate' | 'dueNextMeeting'>) => {
    if (action.dueNextMeeting) return t('actions.dueNextMeeting');
    if (action.dueDate) return formatDate(action.dueDate, locale);
    return t('actions.noDue');
  };
}

interface ItemActionsProps {
  item: AgendaItem;
  canEdit: boolean;
  organizationOptions: Option[];
  userOptions: Option[];
}

/** The uppdrag given under an item, and (while the minutes are written) a form to give one. */
export function ItemActions({ item, canEdit, organizationOptions, userOptions }: ItemActionsProps) {
  const { t } = useTranslation();
  const dueText = useDueText();
  const [isAdding, setIsAdding] = useState(false);
  // Where focus goes when the form closes: the table with the new uppdrag, or back to the button.
  const focusAfterClose = useRef<'table' | 'button'>(undefined);
  const captionRef = useRef<HTMLTableCaptionElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isAdding || !focusAfterClose.current) return;
    // The table appears with the first uppdrag, once the meeting is fetched again.
    const target = focusAfterClose.current === 'table' ? captionRef.current : openRef.current;
    if (!target) return;
    target.focus();
    focusAfterClose.current = undefined;
  }, [isAdding, item.actions.length]);
  const close = (focus: 'table' | 'button') => {
    focusAfterClose.current = focus;
    setIsAdding(false);
  };
  const columns: Column<Action>[] = [
    {
      key: 'task',
      header: t('meetings.actions.task'),
      isRowHeader: true,
      render: (action) => <span className="preserve-lines">{action.task}</span>,
    },
    { key: 'owner', header: t('meetings.actions.owner'), render: (action) => action.ownerName },
    { key: 'due', header: t('meetings.actions.due'), render: (action) => dueText(action) },
    { key: 'status', header: t('meetings.actions.status'), render: (action) => t(`actions.status.${action.status}`) },
  ];
  if (item.actions.length === 0 && !canEdit) return null;
  return (
    <Stack gap="xs">
      {item.actions.length > 0 && (
        <DataTable
          caption={t('meetings.actions.caption', { number: item.number, count: item.actions.length })}
          columns={columns}
          rows={item.actions}
          rowKey={(action) => action.id}
          emptyText={t('meetings.actions.empty')}
          captionRef={captionRef}
        />
      )}
      {canEdit &&
        (isAdding ? (
          <AddActionForm
            item={item}
            organizationOptions={organizationOptions}
            userOptions={userOptions}
            onAdded={() => close('table')}
            onCancel={() => close('button')}
          />
        ) : (
          <Group>
            <Button ref={openRef} size="xs" variant="default" onClick={() => setIsAdding(true)}>
              {t('meetings.actions.add.open')}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}

interface AddActionFormProps {
  item: AgendaItem;
  organizationOptions: Option[];
  userOptions: Option[];
  onAdded: () => void;
  onCancel: () => void;
}

const emptyAction = {
  ownerOrganizationId: '',
  ownerUserId: '',
  ownerName: '',
  task: '',
  dueDate: '',
  dueNextMeeting: false,
};

function AddActionForm({ item, organizationOptions, userOptions, onAdded, onCancel }: AddActionFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [values, setValues] = useState(emptyAction);
  const { formRef, fieldErrors, formError, validate, showError, fail } = useFormErrors();
  const add = useAddAction();
  const set = <K extends keyof typeof emptyAction>(key: K, value: (typeof emptyAction)[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.ownerOrganizationId && !values.ownerUserId && !values.ownerName.trim()) {
      fail({ ownerOrganizationId: t('meetings.actions.add.ownerRequired') });
      return;
    }
    const action = validate(actionCreateSchema, {
      ownerOrganizationId: values.ownerOrganizationId || null,
      ownerUserId: values.ownerUserId || null,
      ownerName: values.ownerName.trim() || null,
      task: values.task,
      dueDate: values.dueNextMeeting ? null : values.dueDate || null,
      dueNextMeeting: values.dueNextMeeting,
    });
    if (!action) return;
    add.mutate(
      { itemId: item.id, action },
      {
        onSuccess: () => {
          notifications.show({ message: t('meetings.actions.add.added'), color: 'teal' });
          setValues(emptyAction);
          onAdded();
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
      bg="gray.0"
    >
      <Stack gap="sm">
        <Title order={4} size="h6" id={headingId}>
          {t('meetings.actions.add.legend', { number: item.number })}
        </Title>
        <ErrorSummary formRef={formRef} errors={fieldErrors} formError={formError} />
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <NativeSelect
            label={t('meetings.actions.add.organization')}
            data={[{ value: '', label: t('meetings.actions.add.none') }, ...organizationOptions]}
            value={values.ownerOrganizationId}
            onChange={(event) => set('ownerOrganizationId', event.currentTarget.value)}
            error={fieldErrors.ownerOrganizationId}
            data-autofocus
          />
          <NativeSelect
            label={t('meetings.actions.add.user')}
            data={[{ value: '', label: t('meetings.actions.add.none') }, ...userOptions]}
            value={values.ownerUserId}
            onChange={(event) => set('ownerUserId', event.currentTarget.value)}
            error={fieldErrors.ownerUserId}
          />
          <TextInput
            label={t('meetings.actions.add.name')}
            value={values.ownerName}
            onChange={(event) => set('ownerName', event.currentTarget.value)}
            error={fieldErrors.ownerName}
          />
        </SimpleGrid>
        <Textarea
          label={t('meetings.actions.add.task')}
          required
          autosize
          minRows={2}
          value={values.task}
          onChange={(event) => set('task', event.currentTarget.value)}
          error={fieldErrors.task}
        />
        <Group align="flex-end" gap="lg" wrap="wrap">
          <TextInput
            type="date"
            label={t('meetings.actions.add.dueDate')}
            value={values.dueNextMeeting ? '' : values.dueDate}
            disabled={values.dueNextMeeting}
            onChange={(event) => set('dueDate', event.currentTarget.value)}
            error={fieldErrors.dueDate}
          />
          <Checkbox
            label={t('meetings.actions.add.dueNextMeeting')}
            checked={values.dueNextMeeting}
            onChange={(event) => set('dueNextMeeting', event.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Group gap="sm">
          <Button type="submit" loading={add.isPending}>
            {t('meetings.actions.add.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
