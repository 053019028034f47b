import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { itemUpdateSchema, type AgendaItem } from '@server/meetings/schema.ts';
import { BulletText } from '../../../components/ui/bullet-text.tsx';
import { ConflictAlert, SetAsideAlert } from '../../../components/ui/conflict-alert.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { fieldErrorsFromProblem, type FieldErrors } from '../../../lib/form-errors.ts';
import { formatDateTime, formatTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { useFoundLocalCopy, useKeepLocalCopy } from '../../../lib/local-copy.ts';
import { isConflictError, useAutosave, useSaveConflict } from '../../../lib/use-autosave.ts';
import { meetingQueryOptions } from '../api/get-meeting.ts';
import { useUpdateItem } from '../api/update-item.ts';
import { DecisionsEditor, decisionsToSave } from './decisions-editor.tsx';

/** How long typing must pause before the item saves itself. */
const AUTOSAVE_DELAY_MS = 3000;

interface ItemText {
  notes: string;
  decisions: string[];
}

const textOf = (item: AgendaItem): ItemText => ({
  notes: item.notes,
  decisions: item.decisions.map((decision) => decision.text),
});

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
  const statusRef = useRef<HTMLParagraphElement>(null);
  // The server's copy this text is based on; its revision goes with every save.
  const [base, setBase] = useState(item);
  const record = `item:${item.id}`;
  const localCopy = useFoundLocalCopy<ItemText>(
    record,
    item.revision,
    (copy) => JSON.stringify(copy) !== JSON.stringify(textOf(item)),
  );
  const [text, setText] = useState(() => localCopy.restored?.text ?? textOf(item));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [setAside, setSetAside] = useState<ItemText | undefined>(localCopy.older?.text);
  const [isOlderAside, setIsOlderAside] = useState(localCopy.older !== undefined);
  const {
    conflict,
    isLoadingTheirs,
    loadTheirs,
    keepMine: keepMineOver,
    takeTheirs,
    begin: beginConflict,
  } = useSaveConflict<AgendaItem>();
  const autosave = useAutosave({
    delayMs: AUTOSAVE_DELAY_MS,
    enabled: !conflict,
    isPending: update.isPending,
    isInitiallyDirty: localCopy.restored !== undefined,
    prepare: () => {
      const changes = { revision: base.revision, notes: text.notes, decisions: decisionsToSave(text.decisions) };
      const parsed = itemUpdateSchema.safeParse(changes);
      if (!parsed.success) {
        setFieldErrors({ decisions: t('meetings.item.decisions.tooShort') });
        return { invalid: t('meetings.item.decisions.tooShort') };
      }
      return {
        send: async () => {
          const meeting = await update.mutateAsync({ itemId: item.id, changes });
          const saved = meeting.items.find((entry) => entry.id === item.id);
          if (saved) setBase(saved);
          setFieldErrors({});
          return saved;
        },
        fail: (error) => {
          const detail = error instanceof ApiError ? error.problem.detail : t('errors.unexpected');
          if (isConflictError(error, 'meetings.item_conflict')) beginConflict(detail);
          else if (error instanceof ApiError) setFieldErrors(fieldErrorsFromProblem(error.problem));
          return detail;
        },
      };
    },
  });
  const { isDirty, saveState, saveError } = autosave;
  useKeepLocalCopy({ record, revision: base.revision, text, isUnsaved: isDirty });

  // Someone else saved the item and nothing is typed here: show their text.
  if (item.revision > base.revision && !isDirty && !conflict) {
    setBase(item);
    setText(textOf(item));
  }

  const change = (next: Partial<ItemText>) => {
    setText((current) => ({ ...current, ...next }));
    autosave.markEdited();
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The button is disabled while saving, which would drop focus to the page: it goes to the result.
    if (!update.isPending) void autosave.save().then(() => statusRef.current?.focus());
  };

  const fetchTheirs = async () => {
    const meeting = await queryClient.fetchQuery({ ...meetingQueryOptions(meetingId), staleTime: 0 });
    return meeting.items.find((entry) => entry.id === item.id);
  };

  const keepMine = () => keepMineOver(autosave, setBase);

  const useTheirs = () =>
    takeTheirs(autosave, (theirs) => {
      setSetAside(text);
      setBase(theirs);
      setText(textOf(theirs));
    });

  const statusText = (() => {
    if (saveState === 'saving') return t('meetings.item.saving');
    if (saveState === 'failed') return t('meetings.item.failed', { detail: saveError ?? '' });
    if (saveState === 'saved') return t('meetings.item.saved', { time: formatTime(base.updatedAt, locale) });
    if (base.updatedByName)
      return t('meetings.item.lastSaved', { at: formatDateTime(base.updatedAt, locale), name: base.updatedByName });
    return t('meetings.item.neverSaved');
  })();

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {conflict && (
          <ConflictAlert
            title={t('meetings.item.conflict.title')}
            detail={conflict.detail}
            labels={{
              load: t('meetings.item.conflict.load'),
              mine: t('meetings.item.conflict.mine'),
              choose: t('meetings.item.conflict.choose'),
              keepMine: t('meetings.item.conflict.keepMine'),
              useTheirs: t('meetings.item.conflict.useTheirs'),
            }}
            headingOrder={4}
            mine={<TextSummary text={text} decisionsHeading={decisionsHeading} />}
            theirs={
              conflict.theirs && {
                heading: t('meetings.item.conflict.theirs', {
                  name: conflict.theirs.updatedByName ?? '',
                  at: formatDateTime(conflict.theirs.updatedAt, locale),
                }),
                content: <TextSummary text={textOf(conflict.theirs)} decisionsHeading={decisionsHeading} />,
              }
            }
            isLoading={isLoadingTheirs}
            onLoadTheirs={() => void loadTheirs(fetchTheirs)}
            onKeepMine={keepMine}
            onUseTheirs={useTheirs}
          />
        )}
        {setAside && (
          <SetAsideAlert
            title={t(isOlderAside ? 'forms.item.setAsideTitle' : 'meetings.item.conflict.setAsideTitle')}
            text={t(isOlderAside ? 'forms.item.setAside' : 'meetings.item.conflict.setAside')}
            onClose={() => {
              setSetAside(undefined);
              setIsOlderAside(false);
              localCopy.dropOlder();
            }}
          >
            <TextSummary text={setAside} decisionsHeading={decisionsHeading} />
          </SetAsideAlert>
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
        <DecisionsEditor
          heading={decisionsHeading}
          itemNumber={item.number}
          decisions={text.decisions}
          onChange={(decisions) => change({ decisions })}
          error={fieldErrors.decisions}
        />
        <Group justify="space-between" gap="sm" wrap="wrap" className="item-save-bar">
          <Text role="status" size="sm" className="autosave-status" ref={statusRef} tabIndex={-1}>
            {statusText}
          </Text>
          <Group gap="sm">
            {isDirty && saveState !== 'saving' && (
              <Text size="sm" c="dimmed">
                {t('meetings.item.unsaved')}
              </Text>
            )}
            <Button
              type="submit"
              variant="default"
              loading={update.isPending}
              aria-label={t('meetings.item.saveNamed', { number: item.number })}
            >
              {t('meetings.item.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
