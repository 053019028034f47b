import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roundTitleLabel } from '@server/platform/labels.ts';
import type { Report } from '@server/reports/schema.ts';
import type { StrainLevel } from '@server/rounds/schema.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { SetAsideAlert } from '../../../components/ui/conflict-alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import type { FieldErrors } from '../../../lib/form-errors.ts';
import { formatDate, formatDateTime, formatTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { formatRange, indicatorName } from '../../../lib/indicators.ts';
import { useFoundLocalCopy, useKeepLocalCopy } from '../../../lib/local-copy.ts';
import { useUnsavedChanges } from '../../../lib/unsaved-changes.ts';
import { isConflictError, useAutosave, useSaveConflict } from '../../../lib/use-autosave.ts';
import { useCopyPrevious } from '../api/copy-previous.ts';
import { reportQueryOptions } from '../api/get-report.ts';
import { useSaveDraft } from '../api/save-draft.ts';
import { useSubmitReport } from '../api/submit-report.ts';
import { ConflictPanel, ValuesSummary } from './conflict-panel.tsx';
import { IndicatorFields } from './indicator-fields.tsx';
import { ReportView } from './report-view.tsx';
import type { Indicator } from '@server/indicators/schema.ts';
import {
  capacityField,
  fieldErrorsFromPaths,
  isEmpty,
  isSameValues,
  textFields,
  toDraft,
  toValues,
  type FigureProblem,
  type ReportValues,
  type TextField,
} from './report-values.ts';
import { StrainLevelField } from './strain-level-field.tsx';
import { VersionsTable } from './versions-table.tsx';

/** How long typing must pause before the draft saves itself. */
const AUTOSAVE_DELAY_MS = 2000;

interface ReportEditorProps {
  report: Report;
  /** A coordinator filing for another organisation; the server records it as on behalf. */
  isOnBehalf: boolean;
}

const isConflict = (error: unknown) => isConflictError(error, 'reports.conflict');

export function ReportEditor({ report: loaded, isOnBehalf }: ReportEditorProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // "Inget nytt" says which report it copies: "v. 5 2021, inlämnad 2021-02-02".
  const copyLabel = loaded.previousReport
    ? t('reports.form.copy', {
        round: roundTitleLabel(loaded.previousReport.roundTitle, locale),
        date: formatDate(loaded.previousReport.submittedAt, locale),
      })
    : '';
  const queryClient = useQueryClient();
  const id = { roundId: loaded.roundId, organizationId: loaded.organizationId };
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  // The server's copy this form is based on; its revision goes with every save.
  const [report, setReport] = useState(loaded);
  const record = `report:${loaded.roundId}:${loaded.organizationId}`;
  const localCopy = useFoundLocalCopy<ReportValues>(
    record,
    loaded.revision,
    (copy) => !isSameValues(copy, toValues(loaded, locale)),
  );
  const [values, setValues] = useState(() => localCopy.restored?.text ?? toValues(loaded, locale));
  const [restoredAt, setRestoredAt] = useState(localCopy.restored?.at);
  const [isAmending, setIsAmending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  // The summary of problems appears once a submit failed; before that the fields show their own.
  const [focusRequest, setFocusRequest] = useState(0);
  const [resultFocusRequest, setResultFocusRequest] = useState(0);
  const [setAside, setSetAside] = useState<ReportValues | undefined>(localCopy.older?.text);
  const [isConfirmingCopy, setIsConfirmingCopy] = useState(false);
  const [openedAt] = useState(() => new Date());

  const saveDraft = useSaveDraft();
  const submit = useSubmitReport();
  const copy = useCopyPrevious();

  const isEditing =
    report.permissions.canEdit && (report.submittedVersion === 0 || report.hasUnsubmittedChanges || isAmending);
  const {
    conflict,
    isLoadingTheirs,
    loadTheirs,
    keepMine: keepMineOver,
    takeTheirs,
    begin: beginConflict,
  } = useSaveConflict<Report>();
  const explainFigure = (indicator: Indicator, problem: FigureProblem) =>
    t(`forms.figure.${problem}`, { range: formatRange(indicator, locale) });
  // What a save sends now, and the figures it must leave out until they are corrected.
  const checked = toDraft(values, report, report.revision, explainFigure);
  const invalidFigures = Object.keys(checked.errors);
  const autosave = useAutosave({
    delayMs: AUTOSAVE_DELAY_MS,
    enabled: isEditing && !conflict,
    isPending: saveDraft.isPending,
    isInitiallyDirty: restoredAt !== undefined,
    prepare: () => {
      const result = checked;
      return {
        send: async () => {
          const saved = await saveDraft.mutateAsync({ id, draft: result.draft });
          setReport(saved);
          setFieldErrors(result.errors);
          return saved;
        },
        fail: (error) => {
          const detail = error instanceof ApiError ? error.problem.detail : t('errors.unexpected');
          if (isConflict(error)) beginConflict(detail);
          else if (error instanceof ApiError)
            setFieldErrors(fieldErrorsFromPaths(error.problem.errors ?? [], result.draft.values));
          return detail;
        },
      };
    },
  });
  const { isDirty, saveState, saveError, setSaveState } = autosave;
  const isPastDeadline = openedAt > new Date(report.deadline);
  // A mistyped figure is not saved on the server: it stays in this browser and leaving asks first.
  useUnsavedChanges(invalidFigures.length > 0);
  useKeepLocalCopy({
    record,
    revision: report.revision,
    text: values,
    isUnsaved: isDirty || invalidFigures.length > 0,
  });

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[data-form-error], [aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  // After submitting, the form gives way to the filed report: focus goes to its heading.
  useEffect(() => {
    if (resultFocusRequest > 0) resultRef.current?.focus();
  }, [resultFocusRequest]);

  const change = (update: (current: ReportValues) => ReportValues) => {
    setValues(update);
    autosave.markEdited();
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
      const saved = await autosave.save();
      if (!saved.saved) {
        setFormError(saved.error);
        setFocusRequest((n) => n + 1);
        return;
      }
      current = saved.saved;
    }
    if (invalidFigures.length > 0) {
      setFieldErrors(checked.errors);
      setFocusRequest((n) => n + 1);
      return;
    }
    submit.mutate(
      { id, revision: current.revision },
      {
        onSuccess: (submitted) => {
          setReport(submitted);
          setIsAmending(false);
          setFieldErrors({});
          setSaveState('idle');
          setResultFocusRequest((n) => n + 1);
          notifications.show({
            message: t('reports.form.submitted', { version: submitted.submittedVersion }),
            color: 'teal',
          });
        },
        onError: (error) => {
          const detail = error instanceof ApiError ? error.problem.detail : t('errors.unexpected');
          if (isConflict(error)) beginConflict(detail);
          else {
            const errors = error instanceof ApiError ? fieldErrorsFromPaths(error.problem.errors ?? [], undefined) : {};
            setFieldErrors(errors);
            // The summary lists the fields; the server's sentence would repeat them.
            setFormError(Object.keys(errors).length > 0 ? undefined : detail);
          }
          setFocusRequest((n) => n + 1);
        },
      },
    );
  };

  const figureLabel = (field: string) => {
    const indicator = report.indicators.find((entry) => field.endsWith(entry.id));
    const name = indicator ? indicatorName(indicator, locale) : field;
    return field === capacityField(indicator?.id ?? '') ? t('forms.figure.capacityOf', { name }) : name;
  };

  const discardRestored = () => {
    setValues(toValues(report, locale));
    setRestoredAt(undefined);
    setFieldErrors({});
    autosave.markUnchanged();
    setSaveState('idle');
    formRef.current?.querySelector('textarea')?.focus();
  };

  const fetchTheirs = () => queryClient.fetchQuery({ ...reportQueryOptions(id), staleTime: 0 });

  const keepMine = () => keepMineOver(autosave, setReport);

  const useTheirs = () =>
    takeTheirs(autosave, (theirs) => {
      setSetAside(values);
      setReport(theirs);
      setValues(toValues(theirs, locale));
    });

  const copyPrevious = () =>
    copy.mutate(
      { id, revision: report.revision },
      {
        onSuccess: (copied) => {
          setReport(copied);
          setValues(toValues(copied, locale));
          autosave.markUnchanged();
          setSaveState('saved');
          setIsConfirmingCopy(false);
          notifications.show({ message: t('reports.form.copied'), color: 'teal' });
        },
        onError: (error) => {
          if (isConflict(error)) {
            setIsConfirmingCopy(false);
            beginConflict(error.problem.detail);
          }
        },
      },
    );

  const statusText = (() => {
    if (saveState === 'saving') return t('reports.autosave.saving');
    if (saveState === 'failed') return t('reports.autosave.failed', { detail: saveError ?? '' });
    if (saveState === 'saved' && report.updatedAt && invalidFigures.length > 0)
      return t('forms.autosave.savedExcept', {
        time: formatTime(report.updatedAt, locale),
        fields: invalidFigures.map(figureLabel).join(', '),
      });
    if (saveState === 'saved' && report.updatedAt)
      return t('reports.autosave.saved', { time: formatTime(report.updatedAt, locale) });
    if (report.updatedAt)
      return t('reports.autosave.lastSaved', {
        at: formatDateTime(report.updatedAt, locale),
        name: report.updatedByName ?? '',
      });
    return t('reports.autosave.nothingSaved');
  })();

  const submission = (() => {
    const latest = report.versions.at(-1);
    if (!latest) return report.revision === 0 ? t('reports.state.notStarted') : t('reports.state.draft');
    const submitted = t('reports.state.submitted', {
      version: latest.version,
      at: formatDateTime(latest.submittedAt, locale),
      name: latest.submittedByName,
    });
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
      {report.roundStatus === 'open' &&
        isPastDeadline &&
        report.submittedVersion === 0 &&
        report.permissions.canEdit && (
          <Alert color="orange" variant="light" title={t('reports.form.lateTitle')}>
            {t('reports.form.late')}
          </Alert>
        )}
      {setAside && (
        <SetAsideAlert
          title={t('reports.conflict.setAsideTitle')}
          text={t('reports.conflict.setAside')}
          onClose={() => {
            setSetAside(undefined);
            localCopy.dropOlder();
          }}
        >
          <ValuesSummary values={setAside} indicators={report.indicators} />
        </SetAsideAlert>
      )}

      {isEditing ? (
        <Paper
          withBorder
          radius="md"
          p="lg"
          component="form"
          ref={formRef}
          onSubmit={(event: FormEvent) => void handleSubmit(event)}
          noValidate
          aria-labelledby="report-form-title"
        >
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
                onLoadTheirs={() => void loadTheirs(fetchTheirs)}
                onKeepMine={keepMine}
                onUseTheirs={useTheirs}
              />
            )}
            {!conflict && focusRequest > 0 && (
              <ErrorSummary formRef={formRef} errors={fieldErrors} formError={formError} />
            )}
            {restoredAt && (
              <Alert color="samverkan" variant="light" title={t('forms.restored.title')}>
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{t('forms.restored.text', { at: formatDateTime(restoredAt, locale) })}</Text>
                  <Group gap="sm">
                    <Button size="xs" variant="default" onClick={() => setRestoredAt(undefined)}>
                      {t('forms.restored.keep')}
                    </Button>
                    <Button size="xs" variant="default" onClick={discardRestored}>
                      {t('forms.restored.discard')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            )}
            {report.previousReport && (
              <Paper withBorder radius="md" p="md" bg="gray.0">
                <Group justify="space-between" gap="sm">
                  <Text size="sm" maw={560}>
                    {t('reports.form.copyHint')}
                  </Text>
                  <Button
                    variant="default"
                    onClick={() => (isEmpty(values) ? copyPrevious() : setIsConfirmingCopy(true))}
                    loading={copy.isPending && !isConfirmingCopy}
                  >
                    {copyLabel}
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
                rows={4}
                resize="vertical"
                classNames={{ input: 'grows-with-text' }}
                value={values[field]}
                onChange={(event) => setText(field, event.currentTarget.value)}
                error={fieldErrors[field]}
                name={field}
              />
            ))}
            <IndicatorFields
              indicators={report.indicators}
              figures={values.figures}
              onChange={setFigure}
              errors={fieldErrors}
            />
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
              <Title order={2} size="h3" id="report-view-title" ref={resultRef} tabIndex={-1}>
                {report.submittedVersion > 0
                  ? t('reports.view.title', { version: report.submittedVersion })
                  : t('reports.view.draftTitle')}
              </Title>
              {report.permissions.canEdit && (
                <Button variant="default" onClick={() => setIsAmending(true)} className="no-print">
                  {t('reports.form.amend')}
                </Button>
              )}
            </Group>
            {report.permissions.canEdit && (
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
          confirmLabel={copyLabel}
          onConfirm={copyPrevious}
          onClose={() => setIsConfirmingCopy(false)}
          isPending={copy.isPending}
          error={copy.error?.message}
        />
      )}
    </Stack>
  );
}
