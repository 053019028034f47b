import { Checkbox, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userCreateSchema, userUpdateSchema, type User } from '@server/users/schema.ts';
import { FormModal } from '../../../components/ui/form-modal.tsx';
import { withCurrent, type Option } from '../../../components/ui/options.ts';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useCreateUser } from '../api/create-user.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { ForumRolesEditor, type ForumRoleSelection } from './forum-roles-editor.tsx';

interface UserFormModalProps {
  /** Absent when creating a new user. */
  user?: User;
  organizationOptions: Option[];
  /** The forums whose roles the signed-in user manages. */
  forumOptions: Option[];
  canSetAdmin: boolean;
  canSetHsaId: boolean;
  onClose: () => void;
  onSaved: (user: User) => void;
}

function initialValues(user: User | undefined, forumOptions: Option[]) {
  const managed = new Set(forumOptions.map((forum) => forum.value));
  const forumRoles: ForumRoleSelection = {};
  for (const role of user?.forumRoles ?? []) if (managed.has(role.forumId)) forumRoles[role.forumId] = role.role;
  return {
    name: user?.name ?? '',
    email: user?.email ?? '',
    title: user?.title ?? '',
    hsaId: user?.hsaId ?? '',
    organizationId: user?.organizationId ?? '',
    password: '',
    isAdmin: user?.isAdmin ?? false,
    isActive: user?.isActive ?? true,
    forumRoles,
  };
}

type Values = ReturnType<typeof initialValues>;

function toPayload(values: Values, options: { canSetAdmin: boolean; canSetHsaId: boolean; isNew: boolean }) {
  return {
    name: values.name,
    email: values.email.trim(),
    title: values.title.trim() || null,
    hsaId: options.canSetHsaId ? values.hsaId.trim() || null : undefined,
    organizationId: values.organizationId,
    // An empty password field means "no password yet" when creating and "keep it" when editing.
    password: values.password || undefined,
    isAdmin: options.canSetAdmin ? values.isAdmin : undefined,
    isActive: options.isNew ? undefined : values.isActive,
    forumRoles: Object.entries(values.forumRoles).flatMap(([forumId, role]) => (role ? [{ forumId, role }] : [])),
  };
}

export function UserFormModal({
  user,
  organizationOptions,
  forumOptions,
  canSetAdmin,
  canSetHsaId,
  onClose,
  onSaved,
}: UserFormModalProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initialValues(user, forumOptions));
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const create = useCreateUser();
  const update = useUpdateUser();

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const handleSubmit = () => {
    const callbacks = { onSuccess: onSaved, onError: showError };
    const payload = toPayload(values, { canSetAdmin, canSetHsaId, isNew: !user });
    if (user) {
      const changes = validate(userUpdateSchema, payload);
      if (changes) update.mutate({ id: user.id, changes }, callbacks);
      return;
    }
    const body = validate(userCreateSchema, payload);
    if (body) create.mutate(body, callbacks);
  };

  return (
    <FormModal
      title={user ? t('users.form.editTitle', { name: user.name }) : t('users.form.createTitle')}
      onClose={onClose}
      onSubmit={handleSubmit}
      isSubmitting={create.isPending || update.isPending}
      formRef={formRef}
      formError={formError}
      fieldErrors={fieldErrors}
      size="lg"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('users.form.name.label')}
          required
          value={values.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={fieldErrors.name}
          data-autofocus
        />
        <TextInput
          label={t('users.form.email.label')}
          description={t('users.form.email.description')}
          type="email"
          required
          value={values.email}
          onChange={(event) => set('email', event.currentTarget.value)}
          error={fieldErrors.email}
        />
        <TextInput
          label={t('users.form.title.label')}
          description={t('users.form.title.description')}
          value={values.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={fieldErrors.title}
        />
        <NativeSelect
          label={t('users.form.organization.label')}
          required
          data={[
            { value: '', label: t('users.form.organization.placeholder') },
            ...withCurrent(organizationOptions, user && { value: user.organizationId, label: user.organizationName }),
          ]}
          value={values.organizationId}
          onChange={(event) => set('organizationId', event.currentTarget.value)}
          error={fieldErrors.organizationId}
        />
      </SimpleGrid>
      {canSetHsaId && (
        <TextInput
          label={t('users.form.hsaId.label')}
          description={t('users.form.hsaId.description')}
          value={values.hsaId}
          onChange={(event) => set('hsaId', event.currentTarget.value)}
          error={fieldErrors.hsaId}
        />
      )}
      <TextInput
        label={user ? t('users.form.password.editLabel') : t('users.form.password.createLabel')}
        description={user ? t('users.form.password.editDescription') : t('users.form.password.createDescription')}
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={(event) => set('password', event.currentTarget.value)}
        error={fieldErrors.password}
      />
      {canSetAdmin && (
        <Checkbox
          label={t('users.form.isAdmin.label')}
          description={t('users.form.isAdmin.description')}
          checked={values.isAdmin}
          onChange={(event) => set('isAdmin', event.currentTarget.checked)}
        />
      )}
      {user && (
        <Checkbox
          label={t('users.form.isActive.label')}
          description={t('users.form.isActive.description')}
          checked={values.isActive}
          onChange={(event) => set('isActive', event.currentTarget.checked)}
        />
      )}
      {forumOptions.length > 0 && (
        <ForumRolesEditor
          forums={forumOptions}
          value={values.forumRoles}
          onChange={(forumRoles) => set('forumRoles', forumRoles)}
          error={fieldErrors.forumRoles}
        />
      )}
    </FormModal>
  );
}
