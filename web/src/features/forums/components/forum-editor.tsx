import { Button, Checkbox, Group, NativeSelect, Paper, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { forumUpdateSchema, type Forum } from '@server/forums/schema.ts';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { withCurrent, type Option } from '../../../components/ui/options.ts';
import { SelectionListEditor } from '../../../components/ui/selection-list-editor.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useUpdateForum } from '../api/update-forum.ts';
import { useListLabels } from './use-list-labels.ts';

interface ForumEditorProps {
  forum: Forum;
  organizationOptions: Option[];
  userOptions: Option[];
  /** Administrators may also rename the forum, change its owner and deactivate it. */
  canEditSettings: boolean;
}

function initialValues(forum: Forum) {
  return {
    name: forum.name,
    description: forum.description,
    ownerOrganizationId: forum.ownerOrganizationId,
    isActive: forum.isActive,
    memberOrganizationIds: forum.members.map((member) => member.organizationId),
    coordinatorUserIds: forum.coordinators.map((coordinator) => coordinator.userId),
  };
}

type Values = ReturnType<typeof initialValues>;

/** Options for the chosen ids, keeping names of entries the pickers no longer offer (e.g. inactive). */
function chosen(ids: string[], options: Option[], known: Option[]): Option[] {
  const labels = new Map([...known, ...options].map((option) => [option.value, option.label]));
  return ids.map((id) => ({ value: id, label: labels.get(id) ?? id }));
}

export function ForumEditor({ forum, organizationOptions, userOptions, canEditSettings }: ForumEditorProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initialValues(forum));
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const update = useUpdateForum();
  const { memberLabels, coordinatorLabels } = useListLabels(values);
  const settingsHeadingId = useId();

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { name, ownerOrganizationId, isActive, ...managed } = values;
    const changes = validate(
      forumUpdateSchema,
      canEditSettings ? { ...managed, name, ownerOrganizationId, isActive } : managed,
    );
    if (!changes) return;
    update.mutate(
      { id: forum.id, changes },
      { onSuccess: () => notifications.show({ message: t('common.saved'), color: 'teal' }), onError: showError },
    );
  };

  const knownMembers = forum.members.map((member) => ({ value: member.organizationId, label: member.name }));
  const ownerOptions = withCurrent(organizationOptions, {
    value: forum.ownerOrganizationId,
    label: forum.ownerOrganizationName,
  });
  const knownCoordinators = forum.coordinators.map((coordinator) => ({
    value: coordinator.userId,
    label: coordinator.name,
  }));

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <Stack gap="xl">
        <ErrorSummary formRef={formRef} errors={fieldErrors} formError={formError} />
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={settingsHeadingId}>
          <Stack gap="md">
            <Title order={2} size="h3" id={settingsHeadingId}>
              {t('forums.detail.settings')}
            </Title>
            {canEditSettings && (
              <>
                <TextInput
                  label={t('forums.form.name.label')}
                  required
                  value={values.name}
                  onChange={(event) => set('name', event.currentTarget.value)}
                  error={fieldErrors.name}
                />
                <NativeSelect
                  label={t('forums.form.owner.label')}
                  required
                  data={ownerOptions}
                  value={values.ownerOrganizationId}
                  onChange={(event) => set('ownerOrganizationId', event.currentTarget.value)}
                  error={fieldErrors.ownerOrganizationId}
                />
                <Checkbox
                  label={t('forums.form.isActive.label')}
                  checked={values.isActive}
                  onChange={(event) => set('isActive', event.currentTarget.checked)}
                />
              </>
            )}
            <Textarea
              label={t('forums.form.description.label')}
              autosize
              minRows={3}
              value={values.description}
              onChange={(event) => set('description', event.currentTarget.value)}
              error={fieldErrors.description}
            />
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <SelectionListEditor
            selected={chosen(values.memberOrganizationIds, organizationOptions, knownMembers)}
            available={organizationOptions}
            onChange={(ids) => set('memberOrganizationIds', ids)}
            labels={memberLabels}
            error={fieldErrors.memberOrganizationIds}
          />
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <SelectionListEditor
            selected={chosen(values.coordinatorUserIds, userOptions, knownCoordinators)}
            available={userOptions}
            onChange={(ids) => set('coordinatorUserIds', ids)}
            labels={coordinatorLabels}
            error={fieldErrors.coordinatorUserIds}
          />
        </Paper>
        <Group>
          <Button type="submit" size="md" loading={update.isPending}>
            {t('forums.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
