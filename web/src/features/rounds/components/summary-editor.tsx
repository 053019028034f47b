import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '@server/rounds/schema.ts';
import { BulletText } from '../../../components/ui/bullet-text.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useSaveSummary } from '../api/save-summary.ts';
import { useRoundLabels } from './use-round-labels.ts';

interface SummaryProps {
  round: Round;
  canEdit: boolean;
  /** Fetches the round again, for the conflict where someone else saved the summary meanwhile. */
  onReload: () => Promise<Round | undefined>;
}

/** The coordinator's summering of the round, written on the lägesbild and printed with it. */
export function SummaryEditor({ round, canEdit, onReload }: SummaryProps) {
  const { t } = useTranslation();
  const labels = useRoundLabels();
  const headingId = useId();
  const [text, setText] = useState(round.summary);
  // The version this text was based on: the server refuses a save over someone else's newer one.
  const [base, setBase] = useState<Pick<Round, 'summary' | 'summaryUpdatedAt' | 'summaryUpdatedByName'>>(round);
  const [conflict, setConflict] = useState<string>();
  const [theirs, setTheirs] = useState<Round>();
  const save = useSaveSummary();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { roundId: round.id, summary: text, expectedUpdatedAt: base.summaryUpdatedAt },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setConflict(undefined);
          setTheirs(undefined);
          notifications.show({ message: t('rounds.summary.saved'), color: 'teal' });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) setConflict(error.problem.detail);
        },
      },
    );
  };

  const loadTheirs = async () => {
    const latest = await onReload();
    if (!latest) return;
    setTheirs(latest);
    setBase(latest);
  };

  const lastSaved =
    base.summaryUpdatedAt &&
    t('rounds.summary.lastSaved', {
      at: labels.dateTime(base.summaryUpdatedAt),
      name: base.summaryUpdatedByName ?? '',
    });

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
                {save.isError && !conflict && <ErrorAlert message={save.error.message} />}
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
                        <Button size="xs" variant="default" onClick={() => setText(theirs.summary)}>
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
                  onChange={(event) => setText(event.currentTarget.value)}
                />
                <Group justify="space-between" wrap="wrap">
                  <Text size="sm" c="dimmed">
                    {lastSaved || t('rounds.summary.neverSaved')}
                  </Text>
                  <Button type="submit" loading={save.isPending}>
                    {t('rounds.summary.save')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </>
        )}
      </Stack>
    </Paper>
  );
}
