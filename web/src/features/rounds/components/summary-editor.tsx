import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '@server/rounds/schema.ts';
import { BulletText } from '../../../components/ui/bullet-text.tsx';
import { SetAsideAlert } from '../../../components/ui/conflict-alert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { useFoundLocalCopy, useKeepLocalCopy } from '../../../lib/local-copy.ts';
import { useAutosave } from '../../../lib/use-autosave.ts';
import { useSaveSummary } from '../api/save-summary.ts';
import { useRoundLabels } from './use-round-labels.ts';

interface SummaryProps {
  round: Round;
  canEdit: boolean;
  /** Fetches the round again, for the conflict where someone else saved the summary meanwhile. */
  onReload: () => Promise<Round | undefined>;
}

/** How long typing must pause before the summary saves itself. */
const AUTOSAVE_DELAY_MS = 3000;

/**
 * The coordinator's summering of the round, written on the lägesbild and printed with it. It saves
 * itself a moment after typing stops, and keeps unsaved text in the browser until it is saved.
 */
export function SummaryEditor({ round, canEdit, onReload }: SummaryProps) {
  const { t } = useTranslation();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const labels = useRoundLabels();
  const locale = currentLocale();
  const headingId = useId();
  const record = `summary:${round.id}`;
  const localCopy = useFoundLocalCopy<string>(
    record,
    round.summaryUpdatedAt ?? 'new',
    (copy) => copy !== round.summary,
  );
  const [text, setText] = useState(localCopy.restored?.text ?? round.summary);
  // The version this text was based on: the server refuses a save over someone else's newer one.
  const [base, setBase] = useState<Pick<Round, 'summary' | 'summaryUpdatedAt' | 'summaryUpdatedByName'>>(round);
  const [conflict, setConflict] = useState<string>();
  const [theirs, setTheirs] = useState<Round>();
  const [setAside, setSetAside] = useState(localCopy.older?.text);
  const save = useSaveSummary();
  const autosave = useAutosave({
    delayMs: AUTOSAVE_DELAY_MS,
    enabled: canEdit && !conflict,
    isPending: save.isPending,
    isInitiallyDirty: localCopy.restored !== undefined,
    prepare: () => ({
      send: async () => {
        const saved = await save.mutateAsync({
          roundId: round.id,
          summary: text,
          expectedUpdatedAt: base.summaryUpdatedAt,
        });
        setBase(saved);
        setConflict(undefined);
        setTheirs(undefined);
        return saved;
      },
      fail: (error) => {
        const detail = error instanceof ApiError ? error.problem.detail : t('errors.unexpected');
        if (error instanceof ApiError && error.status === 409) setConflict(detail);
        return detail;
      },
    }),
  });
  const { isDirty, saveState, saveError } = autosave;
  useKeepLocalCopy({ record, revision: base.summaryUpdatedAt ?? 'new', text, isUnsaved: isDirty });

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The button is disabled while saving, which would drop focus to the page: it goes to the result.
    if (!save.isPending) void autosave.save().then(() => statusRef.current?.focus());
  };

  const change = (next: string) => {
    setText(next);
    autosave.markEdited();
  };

  const loadTheirs = async () => {
    const latest = await onReload();
    if (!latest) return;
    setTheirs(latest);
    setBase(latest);
  };

  const statusText = (() => {
    if (saveState === 'saving') return t('reports.autosave.saving');
    if (saveState === 'failed') return t('reports.autosave.failed', { detail: saveError ?? '' });
    if (saveState === 'saved' && base.summaryUpdatedAt)
      return t('reports.autosave.saved', { time: formatTime(base.summaryUpdatedAt, locale) });
    if (base.summaryUpdatedAt)
      return t('rounds.summary.lastSaved', {
        at: labels.dateTime(base.summaryUpdatedAt),
        name: base.summaryUpdatedByName ?? '',
      });
    return t('rounds.summary.neverSaved');
  })();

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId} className="summary-section">
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('rounds.summary.title')}
        </Title>
        {!canEdit &&
          (round.summary.trim() ? (
            <BulletText text={round.summary} />
          ) : (
            <Text c="dimmed">{t('rounds.summary.empty')}</Text>
          ))}
        {canEdit && (
          <>
            <div className="print-only">
              {text.trim() ? <BulletText text={text} /> : <Text>{t('rounds.summary.empty')}</Text>}
            </div>
            <form onSubmit={handleSubmit} noValidate className="no-print">
              <Stack gap="sm">
                {conflict && (
                  <Alert color="orange" variant="light" title={t('rounds.summary.conflictTitle')} role="alert">
                    <Stack gap="xs">
                      <Text size="sm">{conflict}</Text>
                      {!theirs && (
                        <Group>
                          <Button size="xs" variant="default" onClick={() => void loadTheirs()}>
                            {t('rounds.summary.loadTheirs')}
                          </Button>
                        </Group>
                      )}
                    </Stack>
                  </Alert>
                )}
                {setAside !== undefined && (
                  <SetAsideAlert
                    title={t('forms.summary.setAsideTitle')}
                    text={t('forms.summary.setAside')}
                    onClose={() => {
                      setSetAside(undefined);
                      localCopy.dropOlder();
                    }}
                  >
                    <BulletText text={setAside} />
                  </SetAsideAlert>
                )}
                {localCopy.restored && isDirty && (
                  <Text size="sm">{t('forms.restored.text', { at: labels.dateTime(localCopy.restored.at) })}</Text>
                )}
                {theirs && (
                  <Paper withBorder p="md" radius="sm" bg="gray.0">
                    <Stack gap="xs">
                      <Title order={3} size="h5">
                        {t('rounds.summary.theirsTitle', { name: theirs.summaryUpdatedByName ?? '' })}
                      </Title>
                      {theirs.summary.trim() ? (
                        <BulletText text={theirs.summary} />
                      ) : (
                        <Text c="dimmed">{t('rounds.summary.empty')}</Text>
                      )}
                      <Text size="sm">{t('rounds.summary.theirsHint')}</Text>
                      <Group>
                        <Button size="xs" variant="default" onClick={() => change(theirs.summary)}>
                          {t('rounds.summary.useTheirs')}
                        </Button>
                      </Group>
                    </Stack>
                  </Paper>
                )}
                <Textarea
                  label={t('rounds.summary.label')}
                  description={t('rounds.summary.hint')}
                  autosize
                  minRows={5}
                  value={text}
                  onChange={(event) => change(event.currentTarget.value)}
                />
                <Group justify="space-between" wrap="wrap">
                  <Text role="status" size="sm" className="autosave-status" ref={statusRef} tabIndex={-1}>
                    {statusText}
                  </Text>
                  <Group gap="sm">
                    {isDirty && saveState !== 'saving' && (
                      <Text size="sm" c="dimmed">
                        {t('reports.autosave.pending')}
                      </Text>
                    )}
                    <Button type="submit" loading={save.isPending}>
                      {t('rounds.summary.save')}
                    </Button>
                  </Group>
                </Group>
              </Stack>
            </form>
          </>
        )}
      </Stack>
    </Paper>
  );
}
