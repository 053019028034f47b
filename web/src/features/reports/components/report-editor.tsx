import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report, ReportDraft } from '@server/reports/schema.ts';
import type { StrainLevel } from '@server/rounds/schema.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import type { FieldErrors } from '../../../lib/form-errors.ts';
import { formatDateTime, formatTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { useCopyPrevious } from '../api/copy-previous.ts';
import { reportQueryOptions } from '../api/get-report.ts';
import { useSaveDraft } from '../api/save-draft.ts';
import { useSubmitReport } from '../api/submit-report.ts';
import { ConflictPanel, ValuesSummary } from './conflict-panel.tsx';
import { IndicatorFields } from './indicator-fields.tsx';
import { ReportView } from './report-view.tsx';
import { fieldErrorsFromPaths, isEmpty, textFields, toDraft, toValues, type ReportValues, type TextField } from './report-values.ts';
import { StrainLevelField } from './strain-level-field.tsx';
import { VersionsTable } from './versions-table.tsx';

/** How long typing must pause before the draft saves itself. */
const AUTOSAVE_DELAY_MS = 2000;

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
type SaveResult = { report: Report; error?: undefined } | { report?: undefined; error: string };

interface ReportEditorProps {
  report: Report;
  /** A coordinator filing for another organisation; the server records it as on behalf. */
  isOnBehalf: boolean;
}

function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.problem.code === 'reports.conflict';
}

export function ReportEditor({ report: loaded, isOnBehalf }: ReportEditorProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const queryClient = useQueryClient();
  const id = { roundId: loaded.roundId, organizationId: loaded.organizationId };
  const formRef = useRef<HTMLFormElement>(null);

  // The server's copy this form is based on; its revision goes with every save.
  const [report, setReport] = useState(loaded);
  const [values, setValues] = useState(() => toValues(loaded, locale));
  const [edits, setEdits] = useState(0);
  const [savedEdits, setSavedEdits] = useState(0);
  const [isAmending, setIsAmending] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [focusRequest, setFocusRequest] = useState(0);
  const [conflict, setConflict] = useState<{ detail: string; theirs?: Report }>();
  const [isLoadingTheirs, setIsLoadingTheirs] = useState(false);
  const [setAside, setSetAside] = useState<ReportValues>();
  const [isConfirmingCopy, setIsConfirmingCopy] = useState(false);
  const [openedAt] = useState(() => new Date());

  const saveDraft = useSaveDraft();
  const submit = useSubmitReport();
  const copy = useCopyPrevious();

  const isDirty = edits !== savedEdits;
  const isEditing = report.canEdit && (report.submittedVersion === 0 || report.hasUnsubmittedChanges || isAmending);
  const isPastDeadline = openedAt > new Date(report.deadline);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]')?.focus();
  }, [focusRequest]);

  // Warn before leaving with changes that are not saved yet.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const failSave = (error: unknown, sent: ReportDraft['values'] | undefined): string => {
    setSaveState('failed');
    const detail = error instanceof ApiError ? error.problem.detail : t('errors.unexpected');
    if (isConflict(error)) setConflict({ detail });
    else if (error instanceof ApiError) setFieldErrors(fieldErrorsFromPaths(error.problem.errors ?? [], sent));
    setSaveError(detail);
    return detail;
  };

  const save = async (): Promise<SaveResult> => {
    const atEdits = edits;
    const result = toDraft(values, report, report.revision, t('validation.number'));
    if (result.errors) {
      setFieldErrors(result.errors);
      setSaveState('failed');
      setSaveError(t('reports.autosave.invalid'));
      return { error: t('reports.autosave.invalid') };
    }
    setSaveState('saving');
    try {
      const saved = await saveDraft.mutateAsync({ id, draft: result.draft });
      setReport(saved);
      setSavedEdits(atEdits);
      setSaveState('saved');
      setSaveError(undefined);
      setFieldErrors({});
      return { report: saved };
    } catch (error) {
      return { error: failSave(error, result.draft.values) };
    }
  };

  const onAutosave = useEffectEvent(() => {
    if (!saveDraft.isPending) void save();
  });

  useEffect(() => {
    if (!isDirty || !isEditing || conflict) return;
    const timer = setTimeout(onAutosave, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [edits, savedEdits, isDirty, isEditing, conflict]);

  const change = (update: (current: ReportValues) => ReportValues) => {
    setValues(update);
    setEdits((n) => n + 1);
  };
  const setText = (field: TextField, text: string) => change((current) => ({ ...current, [field]: text }));
  const setStrain = (level: StrainLevel) => change((current) => ({ ...current, strainLevel: level }));
  const setFigure = (indicatorId: string, part: 'value' | 'capacity', text: string) =>
    change((current) => {
      const figure = current.figures[indicatorId] ?? { value: '', capacity: '' };
      return { ...current, figures: { ...current.figures, [indicatorId]: { ...figure, [part]: text } } };
    });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    let current = report;
    if (isDirty || report.revision === 0) {
      const saved = await save();
      if (!saved.report) {
        setFormError(saved.error);
        setFocusRequest((n) => n + 1);
        return;
      }
      current = saved.report;
    }
    submit.mutate(
      { id, revision: current.revision },
      {
        onSuccess: (submitted) => {
          setReport(submitted);
          setIsAmending(false);
          setFieldErrors({});
          setSaveState('idle');
          notifications.show({ message: t('reports.form.submitted', { version: submitted.submittedVersion }), color: 'teal' });
        },
        onError: (error) => {
          const detail = error instanceof ApiError ? error.problem.detail : t('errors.unexpected');
          if (isConflict(error)) setConflict({ detail });
          else {
            if (error instanceof ApiError) setFieldErrors(fieldErrorsFromPaths(error.problem.errors ?? [], undefined));
            setFormError(detail);
          }
          setFocusRequest((n) => n + 1);
        },
      },
    );
  };

  const loadTheirs = async () => {
    setIsLoadingTheirs(true);
    try {
      const theirs = await queryClient.fetchQuery({ ...reportQueryOptions(id), staleTime: 0 });
      setConflict((current) => current && { ...current, theirs });
    } finally {
      setIsLoadingTheirs(false);
    }
  };

  const keepMine = () => {
    if (!conflict?.theirs) return;
    // Based on their revision now, so the next save (in a moment) stores the user's text over it.
    setReport(conflict.theirs);
    setConflict(undefined);
    setSaveError(undefined);
    setEdits((n) => n + 1);
  };

  const useTheirs = () => {
    if (!conflict?.theirs) return;
    setSetAside(values);
    setReport(conflict.theirs);
    setValues(toValues(conflict.theirs, locale));
    setSavedEdits(edits);
    setConflict(undefined);
    setSaveError(undefined);
    setSaveState('idle');
  };

  const copyPrevious = () =>
    copy.mutate(
      { id, revision: report.revision },
      {
        onSuccess: (copied) => {
          setReport(copied);
          setValues(toValues(copied, locale));
          setSavedEdits(edits);
          setSaveState('saved');
          setIsConfirmingCopy(false);
          notifications.show({ message: t('reports.form.copied'), color: 'teal' });
        },
        onError: (error) => {
          if (isConflict(error)) {
            setIsConfirmingCopy(false);
            setConflict({ detail: error.problem.detail });
          }
        },
      },
    );

  const statusText = (() => {
    if (saveState === 'saving') return t('reports.autosave.saving');
    if (saveState === 'failed') return t('reports.autosave.failed', { detail: saveError ?? '' });
    if (saveState === 'saved' && report.updatedAt) return t('reports.autosave.saved', { time: formatTime(report.updatedAt, locale) });
    if (report.updatedAt) return t('reports.autosave.lastSaved', { at: formatDateTime(report.updatedAt, locale), name: report.updatedByName ?? '' });
    return t('reports.autosave.nothingSaved');
  })();

  const submission = (() => {
    const latest = report.versions.at(-1);
    if (!latest) return report.revision === 0 ? t('reports.state.notStarted') : t('reports.state.draft');
    const submitted = t('reports.state.submitted', { version: latest.version, at: formatDateTime(latest.submittedAt, locale), name: latest.submittedByName });
    return report.hasUnsubmittedChanges ? `${submitted} ${t('reports.state.amendmentDraft')}` : submitted;
  })();

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <Text fw={600}>{submission}</Text>
      </Paper>
      {isOnBehalf && (
        <Alert color="samverkan" variant="light" title={t('reports.form.onBehalfTitle')}>
          {t('reports.form.onBehalf', { organization: report.organizationName })}
        </Alert>
      )}
      {report.roundStatus === 'closed' && (
        <Alert color="gray" variant="light" title={t('reports.form.closedTitle')}>
          {t('reports.form.closed')}
        </Alert>
      )}
      {report.roundStatus === 'open' && isPastDeadline && report.submittedVersion === 0 && report.canEdit && (
        <Alert color="orange" variant="light" title={t('reports.form.lateTitle')}>
          {t('reports.form.late')}
        </Alert>
      )}
      {setAside && (
        <Alert color="gray" variant="light" title={t('reports.conflict.setAsideTitle')} withCloseButton closeButtonLabel={t('common.close')} onClose={() => setSetAside(undefined)}>
          <Text size="sm" mb="xs">
            {t('reports.conflict.setAside')}
          </Text>
          <ValuesSummary values={setAside} indicators={report.indicators} />
        </Alert>
      )}

      {isEditing ? (
        <Paper withBorder radius="md" p="lg" component="form" ref={formRef} onSubmit={(event: FormEvent) => void handleSubmit(event)} noValidate aria-labelledby="report-form-title">
          <Stack gap="lg">
            <Title order={2} size="h3" id="report-form-title">
              {report.submittedVersion > 0 ? t('reports.form.amendTitle') : t('reports.form.title')}
            </Title>
            {conflict && (
              <ConflictPanel
                detail={conflict.detail}
                mine={values}
                theirs={conflict.theirs}
                isLoading={isLoadingTheirs}
                onLoadTheirs={() => void loadTheirs()}
                onKeepMine={keepMine}
                onUseTheirs={useTheirs}
              />
            )}
            {formError && !conflict && <ErrorAlert message={formError} />}
            {report.hasPreviousReport && (
              <Paper withBorder radius="md" p="md" bg="gray.0">
                <Group justify="space-between" gap="sm">
                  <Text size="sm" maw={560}>
                    {t('reports.form.copyHint')}
                  </Text>
                  <Button variant="default" onClick={() => (isEmpty(values) ? copyPrevious() : setIsConfirmingCopy(true))} loading={copy.isPending && !isConfirmingCopy}>
                    {t('reports.form.copy')}
                  </Button>
                </Group>
              </Paper>
            )}
            <StrainLevelField value={values.strainLevel} onChange={setStrain} error={fieldErrors.strainLevel} />
            {textFields.map((field) => (
              <Textarea
                key={field}
                label={t(`reports.form.${field}.label`)}
                description={t(`reports.form.${field}.hint`)}
                required={field === 'currentSituation'}
                autosize
                minRows={4}
                value={values[field]}
                onChange={(event) => setText(field, event.currentTarget.value)}
                error={fieldErrors[field]}
                name={field}
              />
            ))}
            <IndicatorFields indicators={report.indicators} figures={values.figures} onChange={setFigure} errors={fieldErrors} />
            <div className="form-actions">
              <Group justify="space-between" gap="sm" wrap="wrap">
                <Text role="status" size="sm" className="autosave-status">
                  {statusText}
                </Text>
                <Group gap="sm">
                  {isDirty && saveState !== 'saving' && (
                    <Text size="sm" c="dimmed">
                      {t('reports.autosave.pending')}
                    </Text>
                  )}
                  <Button type="submit" loading={submit.isPending}>
                    {report.submittedVersion > 0 ? t('reports.form.submitAmendment') : t('reports.form.submit')}
                  </Button>
                </Group>
              </Group>
            </div>
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="report-view-title">
          <Stack gap="md">
            <Group justify="space-between">
              <Title order={2} size="h3" id="report-view-title">
                {report.submittedVersion > 0 ? t('reports.view.title', { version: report.submittedVersion }) : t('reports.view.draftTitle')}
              </Title>
              {report.canEdit && (
                <Button variant="default" onClick={() => setIsAmending(true)} className="no-print">
                  {t('reports.form.amend')}
                </Button>
              )}
            </Group>
            {report.canEdit && (
              <Text size="sm" c="dimmed">
                {t('reports.form.amendHint')}
              </Text>
            )}
            <ReportView report={report} />
          </Stack>
        </Paper>
      )}

      {report.versions.length > 0 && <VersionsTable report={report} />}

      {isConfirmingCopy && (
        <ConfirmDialog
          title={t('reports.form.copyConfirmTitle')}
          text={t('reports.form.copyConfirm')}
          confirmLabel={t('reports.form.copy')}
          onConfirm={copyPrevious}
          onClose={() => setIsConfirmingCopy(false)}
          isPending={copy.isPending}
          error={copy.error?.message}
        />
      )}
    </Stack>
  );
}
