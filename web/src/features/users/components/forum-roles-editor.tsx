import { Fieldset, NativeSelect, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { forumRoleSchema, type ForumRole } from '@server/auth/schema.ts';
import type { Option } from '../../../components/ui/options.ts';

/** forumId → role; a forum without an entry means no role there. */
export type ForumRoleSelection = Partial<Record<string, ForumRole>>;

interface ForumRolesEditorProps {
  /** The forums whose roles the signed-in user may set. */
  forums: Option[];
  value: ForumRoleSelection;
  onChange: (value: ForumRoleSelection) => void;
  error?: string;
}

export function ForumRolesEditor({ forums, value, onChange, error }: ForumRolesEditorProps) {
  const { t } = useTranslation();
  const roleOptions = [
    { value: '', label: t('users.roles.none') },
    ...forumRoleSchema.options.map((role) => ({ value: role, label: t(`roles.${role}`) })),
  ];
  const setRole = (forumId: string, role: string) => {
    const next = { ...value };
    if (role) next[forumId] = role as ForumRole;
    else delete next[forumId];
    onChange(next);
  };
  return (
    <Fieldset legend={t('users.roles.legend')} radius="md">
      <Text size="sm" mb="sm">
        {t('users.roles.description')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {forums.map((forum) => (
          <NativeSelect
            key={forum.value}
            label={t('users.roles.roleIn', { forum: forum.label })}
            data={roleOptions}
            value={value[forum.value] ?? ''}
            onChange={(event) => setRole(forum.value, event.currentTarget.value)}
          />
        ))}
      </SimpleGrid>
      {error && (
        <Text c="red.8" size="sm" mt="xs" role="alert">
          {error}
        </Text>
      )}
    </Fieldset>
  );
}
