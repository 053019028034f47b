import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { itemUpdateSchema, type AgendaItem } from '@server/meetings/schema.ts';
import { BulletText } from '../../../components/ui/bullet-text.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { fieldErrorsFromProblem, type FieldErrors } from '../../../lib/form-errors.ts';
import { formatDateTime, formatTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { meetingQueryOptions } from '../api/get-meeting.ts';
import { useUpdateItem } from '../api/update-item.ts';
import { DecisionsEditor, decisionsToSave } from './decisions-editor.tsx';

/** How long typing must pause before the item saves itself. */
const AUTOSAVE_DELAY_MS = 3000;

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
interface ItemText {
  notes: string;
  decisions: string[];
}

function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.problem.code === 'meetings.item_conflict';
}

const textOf = (item: AgendaItem): ItemText => ({ notes: item.notes, decisions: item.decisions.map((decision) => decision.text) });

/** One version of an item's text, read-only, so two can be compared. */
function TextSummary({ text, decisionsHeading }: { text: ItemText; decisionsHeading: string }) {
  const { t } = useTranslation();
  const decisions = decisionsToSave(text.decisions);
  return (
    <Stack gap="xs">
      {text.notes.trim() ? <BulletText text={text.notes} /> : <Text size="sm">{t('meetings.item.notes.empty')}</Text>}
      <Text fw={600} size="sm">
        {decisionsHeading}
      </Text>
      {decisions.length ? (
        <ul className="decision-list">
          {decisions.map((decision, index) => (
            <li key={index}>{decision}</li>
          ))}
        </ul>
      ) : (
        <Text size="sm">{t('meetings.item.noDecisions')}</Text>
      )}
    </Stack>
  );
}

interface ItemEditorProps {
  meetingId: string;
  item: AgendaItem;
  decisionsHeading: string;
}

/**
 * The notes and "att …" decisions of one item, saved with the item's revision: explicitly with
 * "Spara punkt" and by itself a moment after typing stops. When someone else saved the item
 * meanwhile, the typed text stays and both versions are shown.
 */
export function ItemEditor({ meetingId, item, decisionsHeading }: ItemEditorProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const queryClient = useQueryClient();
  const update = useUpdateItem();
  // The server's copy this text is based on; its revision goes with every save.
  const [base, setBase] = useState(item);
  const [text, setText] = useState(() => textOf(item));
  const [edits, setEdits] = useState(0);
  const [savedEdits, setSavedEdits] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<{ detail: string; theirs?: AgendaItem }>();
  const [isLoadingTheirs, setIsLoadingTheirs] = useState(false);
  const [setAside, setSetAside] = useState<ItemText>();
  const isDirty = edits !== savedEdits;

  // Someone else saved the item and nothing is typed here: show their text.
  if (item.revision > base.revision && !isDirty && !conflict) {
    setBase(item);
    setText(textOf(item));
  }

  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const save = async () => {
    const atEdits = edits;
    const changes = { revision: base.revision, notes: text.notes, decisions: decisionsToSave(text.decisions) };
    const parsed = itemUpdateSchema.safeParse(changes);
    if (!parsed.success) {
      setFieldErrors({ decisions: t('meetings.item.decisions.tooShort') });
      setSaveState('failed');
      setSaveError(t('meetings.item.decisions.tooShort'));
      return;
    }
    setSaveState('saving');
    try {
      const meeting = await update.mutateAsync({ itemId: item.id, changes });
      const saved = meeting.items.find((entry) => entry.id === item.id);
      if (saved) setBase(saved);
      setSavedEdits(atEdits);
      setSaveState('saved');
      setSaveError(undefined);
      setFieldErrors({});
    } catch (error) {
      setSaveState('failed');
      const detail = error instanceof ApiError ? error.problem.detail : t('errors.unexpected');
      if (isConflict(error)) setConflict({ detail });
      else if (error instanceof ApiError) setFieldErrors(fieldErrorsFromProblem(error.problem));
      setSaveError(detail);
    }
  };

  const onAutosave = useEffectEvent(() => {
    if (!update.isPending) void save();
  });

  useEffect(() => {
    if (!isDirty || conflict) return;
    const timer = setTimeout(onAutosave, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [edits, savedEdits, isDirty, conflict]);

  const change = (next: Partial<ItemText>) => {
    setText((current) => ({ ...current, ...next }));
    setEdits((n) => n + 1);
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!update.isPending) void save();
  };

  const loadTheirs = async () => {
    setIsLoadingTheirs(true);
    try {
      const meeting = await queryClient.fetchQuery({ ...meetingQueryOptions(meetingId), staleTime: 0 });
      const theirs = meeting.items.find((entry) => entry.id === item.id);
      setConflict((current) => current && { ...current, theirs });
    } finally {
      setIsLoadingTheirs(false);
    }
  };

  const keepMine = () => {
    if (!conflict?.theirs) return;
    // Based on their revision now, so the next save (in a moment) stores this text over theirs.
    setBase(conflict.theirs);
    setConflict(undefined);
    setSaveError(undefined);
    setEdits((n) => n + 1);
  };

  const useTheirs = () => {
    if (!conflict?.theirs) return;
    setSetAside(text);
    setBase(conflict.theirs);
    setText(textOf(conflict.theirs));
    setSavedEdits(edits);
    setConflict(undefined);
    setSaveError(undefined);
    setSaveState('idle');
  };

  const statusText = (() => {
    if (saveState === 'saving') return t('meetings.item.saving');
    if (saveState === 'failed') return t('meetings.item.failed', { detail: saveError ?? '' });
    if (saveState === 'saved') return t('meetings.item.saved', { time: formatTime(base.updatedAt, locale) });
    if (base.updatedByName) return t('meetings.item.lastSaved', { at: formatDateTime(base.updatedAt, locale), name: base.updatedByName });
    return t('meetings.item.neverSaved');
  })();

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {conflict && (
          <Alert color="orange" variant="light" title={t('meetings.item.conflict.title')} role="alert" tabIndex={-1} data-form-error>
            <Stack gap="sm">
              <Text size="sm">{conflict.detail}</Text>
              {!conflict.theirs ? (
                <Group>
                  <Button size="xs" variant="default" onClick={() => void loadTheirs()} loading={isLoadingTheirs}>
                    {t('meetings.item.conflict.load')}
                  </Button>
                </Group>
              ) : (
                <>
                  <SimpleGrid cols={{ base: 1, md: 2 }}>
                    <Paper withBorder p="sm" radius="sm">
                      <Title order={4} size="h6" mb="xs">
                        {t('meetings.item.conflict.mine')}
                      </Title>
                      <TextSummary text={text} decisionsHeading={decisionsHeading} />
                    </Paper>
                    <Paper withBorder p="sm" radius="sm">
                      <Title order={4} size="h6" mb="xs">
                        {t('meetings.item.conflict.theirs', { name: conflict.theirs.updatedByName ?? '', at: formatDateTime(conflict.theirs.updatedAt, locale) })}
                      </Title>
                      <TextSummary text={textOf(conflict.theirs)} decisionsHeading={decisionsHeading} />
                    </Paper>
                  </SimpleGrid>
                  <Text size="sm">{t('meetings.item.conflict.choose')}</Text>
                  <Group gap="sm">
                    <Button size="xs" onClick={keepMine}>
                      {t('meetings.item.conflict.keepMine')}
                    </Button>
                    <Button size="xs" variant="default" onClick={useTheirs}>
                      {t('meetings.item.conflict.useTheirs')}
                    </Button>
                  </Group>
                </>
              )}
            </Stack>
          </Alert>
        )}
        {setAside && (
          <Alert color="gray" variant="light" title={t('meetings.item.conflict.setAsideTitle')} withCloseButton closeButtonLabel={t('common.close')} onClose={() => setSetAside(undefined)}>
            <Text size="sm" mb="xs">
              {t('meetings.item.conflict.setAside')}
            </Text>
            <TextSummary text={setAside} decisionsHeading={decisionsHeading} />
          </Alert>
        )}
        {fieldErrors.revision && <ErrorAlert message={fieldErrors.revision} />}
        <Textarea
          label={t('meetings.item.notes.label')}
          description={t('meetings.item.notes.description')}
          autosize
          minRows={3}
          value={text.notes}
          onChange={(event) => change({ notes: event.currentTarget.value })}
          error={fieldErrors.notes}
        />
        <DecisionsEditor heading={decisionsHeading} itemNumber={item.number} decisions={text.decisions} onChange={(decisions) => change({ decisions })} error={fieldErrors.decisions} />
        <Group justify="space-between" gap="sm" wrap="wrap" className="item-save-bar">
          <Text role="status" size="sm" className="autosave-status">
            {statusText}
          </Text>
          <Group gap="sm">
            {isDirty && saveState !== 'saving' && (
              <Text size="sm" c="dimmed">
                {t('meetings.item.unsaved')}
              </Text>
            )}
            <Button type="submit" variant="default" loading={update.isPending} aria-label={t('meetings.item.saveNamed', { number: item.number })}>
              {t('meetings.item.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
