import { Button, Checkbox, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@server/auth/schema.ts';
import { meetingSettingsSchema, standardAgenda, type AgendaTemplateItem } from '@server/meetings/schema.ts';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { SelectionListEditor } from '../../../components/ui/selection-list-editor.tsx';
import { useFormErrors } from '../../../lib/use-form-errors.ts';
import { useSaveMeetingSettings, type MeetingSettings } from '../api/meeting-settings.ts';
import { itemKinds } from './agenda-editor.tsx';

type Entry = AgendaTemplateItem & { id: string };

/** A list equal to the standard agenda is the standard agenda: it follows the app's future changes. */
function isStandardAgenda(items: readonly AgendaTemplateItem[], language: Locale): boolean {
  const standardItems = standardAgenda(language);
  return (
    items.length === standardItems.length &&
    items.every(({ title, kind, role }, index) => {
      const standard = standardItems[index]!;
      return title === standard.title && kind === standard.kind && role === standard.role;
    })
  );
}

function toEntries(items: readonly AgendaTemplateItem[]): Entry[] {
  return items.map((item, index) => ({
    ...item,
    id: item.role ? `role:${item.role}` : `custom:${index}:${item.title}`,
  }));
}

interface MeetingSettingsFormProps {
  forumId: string;
  settings: MeetingSettings;
}

/** A forum's Dnr series prefix and the agenda every new meeting starts from. */
export function MeetingSettingsForm({ forumId, settings }: MeetingSettingsFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [prefix, setPrefix] = useState(settings.diaryPrefix ?? '');
  const [isContinuous, setIsContinuous] = useState(settings.continuousSectionNumbering);
  const [language, setLanguage] = useState<Locale>(settings.language);
  const [entries, setEntries] = useState(() => toEntries(settings.agendaTemplate ?? standardAgenda(settings.language)));
  const [customTitle, setCustomTitle] = useState('');
  const [customKind, setCustomKind] = useState('');
  const { formRef, fieldErrors, formError, validate, showError } = useFormErrors();
  const save = useSaveMeetingSettings();

  const isStandard = isStandardAgenda(entries, language);
  const standardEntries = toEntries(standardAgenda(language));

  // The standard agenda follows the language; a template of the forum's own stays as written.
  const changeLanguage = (next: Locale) => {
    if (isStandard) setEntries(toEntries(standardAgenda(next)));
    setLanguage(next);
  };
  const byId = new Map([...standardEntries, ...entries].map((entry) => [entry.id, entry]));

  const addCustom = () => {
    const title = customTitle.trim();
    if (!title) return;
    setEntries([
      ...entries,
      { id: `custom:${Date.now()}`, title, kind: (customKind || null) as AgendaTemplateItem['kind'], role: null },
    ]);
    setCustomTitle('');
    setCustomKind('');
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = validate(meetingSettingsSchema, {
      diaryPrefix: prefix.trim().toUpperCase() || null,
      agendaTemplate: isStandard ? null : entries.map(({ title, kind, role }) => ({ title, kind, role })),
      continuousSectionNumbering: isContinuous,
      language,
    });
    if (!body) return;
    save.mutate(
      { forumId, settings: body },
      {
        onSuccess: () => notifications.show({ message: t('meetings.settings.saved'), color: 'teal' }),
        onError: showError,
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <form ref={formRef} onSubmit={handleSubmit} noValidate>
        <Stack gap="lg">
          <Title order={2} size="h3" id={headingId}>
            {t('meetings.settings.title')}
          </Title>
          <ErrorSummary formRef={formRef} errors={fieldErrors} formError={formError} />
          <TextInput
            label={t('meetings.settings.diaryPrefix.label')}
            description={t('meetings.settings.diaryPrefix.description')}
            value={prefix}
            onChange={(event) => setPrefix(event.currentTarget.value)}
            error={fieldErrors.diaryPrefix && t('meetings.settings.diaryPrefix.invalid')}
            maw={320}
          />
          <NativeSelect
            label={t('meetings.settings.language.label')}
            description={t('meetings.settings.language.description')}
            data={[
              { value: 'sv', label: t('meetings.settings.language.sv') },
              { value: 'en', label: t('meetings.settings.language.en') },
            ]}
            value={language}
            onChange={(event) => changeLanguage(event.currentTarget.value as Locale)}
            maw={320}
          />
          <Checkbox
            label={t('meetings.settings.continuousSectionNumbering.label')}
            description={t('meetings.settings.continuousSectionNumbering.description')}
            checked={isContinuous}
            onChange={(event) => setIsContinuous(event.currentTarget.checked)}
          />
          <Stack gap="sm">
            <SelectionListEditor
              selected={entries.map((entry) => ({
                value: entry.id,
                label: entry.kind ? `${entry.title} (${t(`meetings.kind.${entry.kind}`)})` : entry.title,
              }))}
              available={standardEntries.map((entry) => ({ value: entry.id, label: entry.title }))}
              onChange={(ids) => setEntries(ids.flatMap((id) => byId.get(id) ?? []))}
              labels={{
                title: t('meetings.settings.template.title'),
                description: isStandard
                  ? `${t('meetings.settings.template.description')} ${t('meetings.settings.template.standard')}`
                  : t('meetings.settings.template.description'),
                caption: t('meetings.settings.template.caption', { count: entries.length }),
                position: t('meetings.settings.template.position'),
                name: t('meetings.settings.template.name'),
                actions: t('common.actions'),
                empty: t('meetings.settings.template.empty'),
                removeText: t('common.remove'),
                remove: (name) => t('meetings.settings.template.remove', { name }),
                moveUp: (name) => t('meetings.settings.template.moveUp', { name }),
                moveDown: (name) => t('meetings.settings.template.moveDown', { name }),
                add: t('meetings.settings.template.add'),
                addPlaceholder: t('meetings.settings.template.addPlaceholder'),
                addSubmit: t('meetings.settings.template.addSubmit'),
              }}
              error={fieldErrors.agendaTemplate}
            />
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label={t('meetings.settings.template.custom.title')}
                value={customTitle}
                onChange={(event) => setCustomTitle(event.currentTarget.value)}
                w={320}
              />
              <NativeSelect
                label={t('meetings.settings.template.custom.kind')}
                data={[
                  { value: '', label: t('meetings.kind.none') },
                  ...itemKinds.map((kind) => ({ value: kind, label: t(`meetings.kind.${kind}`) })),
                ]}
                value={customKind}
                onChange={(event) => setCustomKind(event.currentTarget.value)}
                w={200}
              />
              <Button variant="default" onClick={addCustom} disabled={!customTitle.trim()}>
                {t('meetings.settings.template.custom.add')}
              </Button>
            </Group>
            {!isStandard && (
              <Group>
                <Button variant="subtle" onClick={() => setEntries(standardEntries)}>
                  {t('meetings.settings.template.reset')}
                </Button>
              </Group>
            )}
          </Stack>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('meetings.settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
