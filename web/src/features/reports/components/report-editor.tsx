import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '@server/reports/schema.ts';
import type { StrainLevel } from '@server/rounds/schema.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { SetAsideAlert } from '../../../components/ui/conflict-alert.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import type { FieldErrors } from '../../../lib/form-errors.ts';
import { formatDateTime, formatTime } from '../../../lib/format.ts';
import { currentLocale } from '../../../lib/i18n.ts';
import { isConflictError, useAutosave, useSaveConflict } from '../../../lib/use-autosave.ts';
import { useCopyPrevious } from '../api/copy-previous.ts';
import { reportQueryOptions } from '../api/get-report.ts';
import { useSaveDraft } from '../api/save-draft.ts';
import { useSubmitReport } from '../api/submit-report.ts';
import { ConflictPanel, ValuesSummary } from './conflict-panel.tsx';
import { IndicatorFields } from './indicator-fields.tsx';
import { ReportView } from './report-view.tsx';
import {
  fieldErrorsFromPaths,
  isEmpty,
  textFields,
  toDraft,
  toValues,
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
  const queryClient = useQueryClient();
  const id = { roundId: loaded.roundId, organizationId: loaded.organizationId };
  const formRef = useRef<HTMLFormElement>(null);

  // The server's copy this form is based on; its revision goes with every save.
  const [report, setReport] = useState(loaded);
  const [values, setValues] = useState(() => toValues(loaded, locale));
  const [isAmending, setIsAmending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [focusRequest, setFocusRequest] = useState(0);
  const [setAside, setSetAside] = useState<ReportValues>();
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
  const autosave = useAutosave({
    delayMs: AUTOSAVE_DELAY_MS,
    enabled: isEditing && !conflict,
    isPending: saveDraft.isPending,
    prepare: () => {
      const result = toDraft(values, report, report.revision, t('validation.number'));
      if (result.errors) {
        setFieldErrors(result.errors);
        return { invalid: t('reports.autosave.invalid') };
      }
      return {
        send: async () => {
          const saved = await saveDraft.mutateAsync({ id, draft: result.draft });
          setReport(saved);
          setFieldErrors({});
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

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]')?.focus();
  }, [focusRequest]);

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
    submit.mutate(
      { id, revision: current.revision },
      {
        onSuccess: (submitted) => {
          setReport(submitted);
          setIsAmending(false);
          setFieldErrors({});
          setSaveState('idle');
          notifications.show({
            message: t('reports.form.submitted', { version: submitted.submittedVersion }),
            color: 'teal',
          });
        },
        onError: (error) => {
          const detail = error instanceof ApiError ? error.problem.detail : t('errors.unexpected');
          if (isConflict(error)) beginConflict(detail);
          else {
            if (error instanceof ApiError) setFieldErrors(fieldErrorsFromPaths(error.problem.errors ?? [], undefined));
            setFormError(detail);
          }
          setFocusRequest((n) => n + 1);
        },
      },
    );
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
          onClose={() => setSetAside(undefined)}
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
            {formError && !conflict && <ErrorAlert message={formError} />}
            {report.hasPreviousReport && (
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
              <Title order={2} size="h3" id="report-view-title">
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
