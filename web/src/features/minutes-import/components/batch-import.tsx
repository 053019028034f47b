import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollRegion } from '../../../components/ui/scroll-region.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import {
  importMinutes,
  retryWhenBusy,
  sameDateMeetingsOf,
  type ImportPreview,
  type ImportResult,
  type SameDateMeeting,
} from '../api/import-minutes.ts';
import { ConfidenceSummary } from './confidence-note.tsx';
import type { ReadFile } from './import-file-form.tsx';
import { toFormValues, toParsedMinutes, type MinutesFormValues } from './minutes-form-values.ts';
import { MinutesPreviewForm } from './minutes-preview-form.tsx';
import { SameDateChoice, type SameDateDecision } from './same-date-choice.tsx';

type Outcome =
  | { status: 'imported' | 'already_imported'; meetingId: string }
  | { status: 'skipped' }
  | { status: 'refused'; reason: string }
  /** No date was read: the file is not sent until the person has reviewed it and given the date. */
  | { status: 'no_date' }
  /**
   * The forum has a meeting with the file's diary number (a series of minutes under one ärende's number, or a copy
   * of a meeting): held back until the person has corrected or cleared the number in the review.
   */
  | { status: 'diary_number_taken'; reason: string; diaryNumber: string };

interface Entry {
  file: File;
  preview?: ImportPreview;
  decision: SameDateDecision | null;
  outcome?: Outcome;
  /** The forum's meetings on a date as the import found them (a meeting made after the file was read). */
  sameDateFound?: { date: string; meetings: SameDateMeeting[] };
  /** The review's form, kept while the person goes back to the list, until the file is imported or they discard it. */
  values?: MinutesFormValues;
  /** The person changed something in the review: the file is imported with their corrections. */
  corrected?: boolean;
}

/** Held back until the person has reviewed the file: no date, or a diary number the forum already has. */
const isHeld = (outcome: Outcome) => outcome.status === 'no_date' || outcome.status === 'diary_number_taken';

/** The review gave what a held-back file lacked: a date, or another diary number (or none). */
function isResolved(entry: Entry): boolean {
  const { outcome, values } = entry;
  if (outcome?.status === 'no_date') return Boolean(values?.meta.date.trim());
  if (outcome?.status === 'diary_number_taken') return values?.meta.diaryNumber.trim() !== outcome.diaryNumber;
  return false;
}

/** The date the file will be imported with: the corrected one, or the one read. */
const dateOf = (entry: Entry) =>
  (entry.corrected ? entry.values?.meta.date.trim() : entry.preview?.minutes.date) || null;
/**
 * The forum's meetings on that date, as far as this page knows: a conflict holds for the date it was found on, so a
 * corrected date clears it (the server checks the new date when the file is imported and the choice comes back then).
 */
const sameDateMeetings = (entry: Entry) => {
  const date = dateOf(entry);
  if (entry.sameDateFound?.date === date) return entry.sameDateFound.meetings;
  return date && date === entry.preview?.minutes.date ? entry.preview.sameDateMeetings : [];
};
const hasConflict = (entry: Entry) => sameDateMeetings(entry).length > 0;
const outcomeOf = (result: ImportResult): Outcome => ({
  status: result.created ? 'imported' : 'already_imported',
  meetingId: result.meetingId,
});

function initialEntry(read: ReadFile): Entry {
  if ('error' in read) return { file: read.file, decision: null, outcome: { status: 'refused', reason: read.error } };
  const { preview } = read;
  return {
    file: read.file,
    preview,
    values: toFormValues(preview.minutes),
    decision: null,
    // A file imported before is recognised by its checksum and never sent again.
    outcome: preview.alreadyImportedMeetingId
      ? { status: 'already_imported', meetingId: preview.alreadyImportedMeetingId }
      : preview.minutes.date
        ? undefined
        : { status: 'no_date' },
  };
}

interface BatchImportProps {
  forumId: string;
  files: ReadFile[];
  meetingHref: (id: string) => string;
}

/**
 * Several files at once: what was read from each, a choice for each file whose date the forum
 * already has a meeting on, one button to import the rest (each file on its own, so one refusal
 * stops nothing), and a summary per file in words.
 */
export function BatchImport({ forumId, files, meetingHref }: BatchImportProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<Entry[]>(() => files.map(initialEntry));
  const [reviewing, setReviewing] = useState<number | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; waitSeconds?: number } | null>(null);
  const [unresolved, setUnresolved] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const update = (index: number, patch: Partial<Entry>) =>
    setEntries((current) => current.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));

  const setValuesOf = (index: number) => (change: SetStateAction<MinutesFormValues>) =>
    setEntries((current) =>
      current.map((entry, i) =>
        i === index && entry.values
          ? { ...entry, values: typeof change === 'function' ? change(entry.values) : change, corrected: true }
          : entry,
      ),
    );
  const discard = (index: number) =>
    setEntries((current) =>
      current.map((entry, i) =>
        i === index && entry.preview
          ? { ...entry, values: toFormValues(entry.preview.minutes), corrected: false }
          : entry,
      ),
    );
  const backToList = (index: number) => {
    // A date given in the review makes a file without one ready to import (with the corrections), and so does another
    // diary number (or none) for a file held back for its number.
    setEntries((current) =>
      current.map((entry, i) => (i === index && isResolved(entry) ? { ...entry, outcome: undefined } : entry)),
    );
    setReviewing(null);
  };

  const pending = entries.flatMap((entry, index) => (entry.outcome ? [] : [index]));
  const done = pending.length === 0;

  const importAll = async () => {
    if (pending.some((index) => hasConflict(entries[index]!) && !entries[index]!.decision)) {
      setUnresolved(true);
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    setUnresolved(false);
    let conflicts = false;
    for (const [step, index] of pending.entries()) {
      setProgress({ done: step, total: pending.length });
      const entry = entries[index]!;
      if (entry.decision === 'skip') {
        update(index, { outcome: { status: 'skipped' } });
        continue;
      }
      try {
        const result = await retryWhenBusy(
          () =>
            importMinutes({
              forumId,
              file: entry.file,
              minutes:
                entry.corrected && entry.values ? toParsedMinutes(entry.values, entry.preview!.minutes) : undefined,
              allowSameDate: entry.decision === 'import',
            }),
          (seconds) => setProgress({ done: step, total: pending.length, waitSeconds: seconds }),
        );
        update(index, { outcome: outcomeOf(result) });
      } catch (error) {
        // The forum got a meeting on this date after the file was read (most often from another file of this list):
        // the person chooses, as for a meeting found when the file was read.
        const meetings = sameDateMeetingsOf(error);
        const date = dateOf(entry);
        if (meetings && entry.preview && date) {
          update(index, { sameDateFound: { date, meetings }, decision: null });
          conflicts = true;
          continue;
        }
        if (error instanceof ApiError && error.problem.code === 'minutes.diary_number_taken' && entry.values) {
          update(index, {
            outcome: {
              status: 'diary_number_taken',
              reason: error.problem.detail,
              diaryNumber: entry.values.meta.diaryNumber.trim(),
            },
          });
          continue;
        }
        update(index, {
          outcome: {
            status: 'refused',
            reason: error instanceof ApiError ? error.problem.detail : t('errors.unexpected'),
          },
        });
      }
    }
    setProgress(null);
    if (conflicts) {
      setUnresolved(true);
      requestAnimationFrame(() => errorRef.current?.focus());
    }
    await Promise.all(['meetings', 'actions'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
  };

  if (reviewing !== null) {
    const entry = entries[reviewing]!;
    const back = () => setReviewing(null);
    return (
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h3">
            {t('minutesImport.preview.title', { filename: entry.file.name })}
          </Title>
          <Group>
            {entry.corrected && (
              <Button variant="subtle" onClick={() => discard(reviewing)}>
                {t('minutesImport.batch.discard', { filename: entry.file.name })}
              </Button>
            )}
            <Button variant="default" onClick={() => backToList(reviewing)}>
              {t('minutesImport.batch.back')}
            </Button>
          </Group>
        </Group>
        <MinutesPreviewForm
          forumId={forumId}
          file={entry.file}
          preview={entry.preview!}
          store={entry.values && { values: entry.values, setValues: setValuesOf(reviewing) }}
          meetingHref={meetingHref}
          onImported={(result) => {
            update(reviewing, { outcome: outcomeOf(result) });
            back();
          }}
          onSkipped={() => {
            update(reviewing, { outcome: { status: 'skipped' } });
            back();
          }}
        />
      </Stack>
    );
  }

  const count = (status: Outcome['status']) => entries.filter((e) => e.outcome?.status === status).length;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {done ? t('minutesImport.batch.summaryTitle') : t('minutesImport.batch.title', { count: entries.length })}
      </Title>
      {done ? (
        <Alert color={count('refused') > 0 ? 'orange' : 'teal'} variant="light" role="status">
          {t('minutesImport.batch.summary', {
            imported: count('imported'),
            already: count('already_imported'),
            skipped: count('skipped'),
            refused: count('refused'),
          })}
          {count('no_date') > 0 && ` ${t('minutesImport.batch.summaryNoDate', { count: count('no_date') })}`}
          {count('diary_number_taken') > 0 &&
            ` ${t('minutesImport.batch.summaryDiaryNumber', { count: count('diary_number_taken') })}`}
        </Alert>
      ) : (
        <Text size="sm">{t('minutesImport.batch.intro')}</Text>
      )}
      {unresolved && (
        <Alert color="red" variant="light" ref={errorRef} tabIndex={-1} data-form-error>
          {t('minutesImport.batch.unresolved')}
        </Alert>
      )}
      <Paper withBorder radius="md" className="table-frame">
        <ScrollRegion label={t('minutesImport.batch.caption')} minWidth={720}>
          <Table verticalSpacing="sm" horizontalSpacing="md" captionSide="top">
            <Table.Caption className="table-caption">{t('minutesImport.batch.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('minutesImport.batch.file')}</Table.Th>
                <Table.Th scope="col">{t('minutesImport.batch.read')}</Table.Th>
                <Table.Th scope="col">{t('minutesImport.batch.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry, index) => (
                <Table.Tr key={`${entry.file.name}:${index}`}>
                  <Table.Th scope="row" fw={600}>
                    {entry.file.name}
                  </Table.Th>
                  <Table.Td>
                    {entry.preview && entry.values ? (
                      <Stack gap={4}>
                        <Text size="sm">
                          {entry.values.meta.date
                            ? formatDate(entry.values.meta.date, locale)
                            : t('minutesImport.batch.noDate')}
                          {' · '}
                          {entry.values.meta.title.trim() || t('minutesImport.batch.noTitle')}
                        </Text>
                        {entry.corrected ? (
                          <Text size="xs" fw={600}>
                            {t('minutesImport.batch.corrected')}
                          </Text>
                        ) : (
                          (!entry.outcome || isHeld(entry.outcome)) && (
                            <ConfidenceSummary confidence={entry.preview.confidence} />
                          )
                        )}
                      </Stack>
                    ) : (
                      <Text size="sm" c="dimmed">
                        –
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <EntryStatus
                      entry={entry}
                      index={index}
                      meetingHref={meetingHref}
                      showError={unresolved}
                      onDecide={(decision) => update(index, { decision })}
                      onReview={() => setReviewing(index)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Paper>
      {!done && (
        <Group>
          <Button onClick={() => void importAll()} loading={progress !== null}>
            {t('minutesImport.batch.importAll', { count: pending.length })}
          </Button>
          <Text size="sm" role="status">
            {progress?.waitSeconds !== undefined
              ? t('minutesImport.busyWait', { seconds: progress.waitSeconds })
              : progress
                ? t('minutesImport.batch.progress', { number: progress.done + 1, total: progress.total })
                : ''}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

interface EntryStatusProps {
  entry: Entry;
  index: number;
  meetingHref: (id: string) => string;
  showError: boolean;
  onDecide: (decision: SameDateDecision) => void;
  onReview: () => void;
}

function EntryStatus({ entry, index, meetingHref, showError, onDecide, onReview }: EntryStatusProps) {
  const { t } = useTranslation();
  const { outcome } = entry;
  if (outcome?.status === 'imported' || outcome?.status === 'already_imported') {
    return (
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {t(`minutesImport.outcome.${outcome.status}`)}
        </Text>
        <Anchor component={Link} to={meetingHref(outcome.meetingId)} size="sm">
          {t('minutesImport.outcome.open', { filename: entry.file.name })}
        </Anchor>
      </Stack>
    );
  }
  if (outcome?.status === 'skipped')
    return (
      <Text size="sm" fw={600}>
        {t('minutesImport.outcome.skipped')}
      </Text>
    );
  if (outcome?.status === 'no_date' || outcome?.status === 'diary_number_taken')
    return (
      <HeldStatus
        heading={t(`minutesImport.outcome.${outcome.status}`)}
        text={outcome.status === 'no_date' ? t('minutesImport.outcome.noDateText') : outcome.reason}
        filename={entry.file.name}
        onReview={onReview}
      />
    );
  if (outcome?.status === 'refused')
    return (
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {t('minutesImport.outcome.refused')}
        </Text>
        <Text size="sm">{outcome.reason}</Text>
      </Stack>
    );
  return (
    <Stack gap="xs" align="flex-start">
      {hasConflict(entry) && dateOf(entry) ? (
        <SameDateChoice
          name={`sameDate-${index}`}
          filename={entry.file.name}
          date={dateOf(entry)!}
          meetings={sameDateMeetings(entry)}
          meetingHref={meetingHref}
          value={entry.decision}
          onChange={onDecide}
          error={showError && !entry.decision ? t('minutesImport.sameDate.required') : undefined}
        />
      ) : (
        <Text size="sm">{t('minutesImport.outcome.ready')}</Text>
      )}
      <ReviewButton filename={entry.file.name} onReview={onReview} />
    </Stack>
  );
}

/** A file held back until its review supplies what the import needs (a date, a diary number of its own). */
function HeldStatus(props: { heading: string; text: string; filename: string; onReview: () => void }) {
  return (
    <Stack gap="xs" align="flex-start">
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {props.heading}
        </Text>
        <Text size="sm">{props.text}</Text>
      </Stack>
      <ReviewButton filename={props.filename} onReview={props.onReview} />
    </Stack>
  );
}

function ReviewButton({ filename, onReview }: { filename: string; onReview: () => void }) {
  const { t } = useTranslation();
  return (
    <Button size="xs" variant="default" onClick={onReview}>
      {t('minutesImport.batch.review', { filename })}
    </Button>
  );
}
