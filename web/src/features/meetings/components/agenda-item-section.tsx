import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, Meeting } from '@server/meetings/schema.ts';
import { BulletText } from '../../../components/ui/bullet-text.tsx';
import type { Option } from '../../../components/ui/options.ts';
import { itemAnchor } from './agenda-editor.tsx';
import { ItemActions } from './item-actions.tsx';
import { ItemAttachments } from './item-attachments.tsx';
import { ItemComments } from './item-comments.tsx';
import { ItemEditor } from './item-editor.tsx';
import { useMeetingLabels } from './use-meeting-labels.ts';

interface AgendaItemSectionProps {
  meeting: Meeting;
  item: AgendaItem;
  /** What belongs to the item's role: the uppdrag to follow up, the lägesbild. */
  children?: ReactNode;
  organizationOptions: Option[];
  userOptions: Option[];
}

/** One item of the minutes: heading, notes, "<Forum> beslutade" with its "att …" clauses, uppdrag, bilagor, comments. */
export function AgendaItemSection({
  meeting,
  item,
  children,
  organizationOptions,
  userOptions,
}: AgendaItemSectionProps) {
  const { t } = useTranslation();
  const labels = useMeetingLabels();
  const headingId = `${itemAnchor(item)}-heading`;
  const canEdit = meeting.permissions.canEdit;
  const decisionsHeading = t('meetings.item.decisions.heading', { forum: meeting.forumName });
  const kind = labels.kind(item.kind);
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby={headingId}
      id={itemAnchor(item)}
      className="agenda-item"
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
            <Title order={2} size="h3" id={headingId} tabIndex={-1}>
              {labels.itemHeading(item)}
            </Title>
            {kind && (
              <Badge variant="outline" color="gray.7" radius="sm" tt="none" className="status-badge">
                {kind}
              </Badge>
            )}
          </Group>
          {item.presenters.length > 0 && (
            <Text c="dimmed">{t('meetings.item.presenters', { names: item.presenters.join(', ') })}</Text>
          )}
        </Stack>
        {children}
        {canEdit ? (
          <ItemEditor key={item.id} meetingId={meeting.id} item={item} decisionsHeading={decisionsHeading} />
        ) : (
          <>
            {item.notes.trim() && <BulletText text={item.notes} />}
            {!item.notes.trim() &&
              item.decisions.length === 0 &&
              item.actions.length === 0 &&
              item.attachments.length === 0 &&
              !children && (
                <Text size="sm" c="dimmed">
                  {t('meetings.item.notes.empty')}
                </Text>
              )}
            {item.decisions.length > 0 && (
              <div className="decisions-block">
                <Text fw={650}>{decisionsHeading}</Text>
                <ul className="decision-list">
                  {item.decisions.map((decision) => (
                    <li key={decision.id}>{decision.text}</li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
        <ItemActions
          item={item}
          canEdit={canEdit}
          organizationOptions={organizationOptions}
          userOptions={userOptions}
        />
        <ItemAttachments meetingId={meeting.id} item={item} canEdit={canEdit} />
        <ItemComments meeting={meeting} item={item} />
      </Stack>
    </Paper>
  );
}
