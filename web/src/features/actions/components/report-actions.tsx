import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '@server/actions/schema.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { useOpenActions } from '../api/get-actions.ts';
import { ActionCards } from './my-actions.tsx';

interface ReportActionsProps {
  organizationId: string;
  organizationName: string;
  roundId: string;
  meetingHref: (action: Action) => string;
  canUpdate: (action: Action) => boolean;
}

/** "Era öppna uppdrag" in a lägesrapport: the organisation updates its uppdrag where it reports its situation. */
export function ReportActions({
  organizationId,
  organizationName,
  roundId,
  meetingHref,
  canUpdate,
}: ReportActionsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const open = useOpenActions({ roundId, organizationId });
  if (open.isPending) return null;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId} className="no-print">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={headingId}>
            {t('actions.report.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('actions.report.intro', { organization: organizationName })}
          </Text>
        </div>
        {open.error ? (
          <ErrorAlert error={open.error} />
        ) : (
          <ActionCards
            actions={open.actions}
            emptyText={t('actions.report.empty')}
            meetingHref={meetingHref}
            canUpdate={canUpdate}
            context={{ roundId }}
          />
        )}
      </Stack>
    </Paper>
  );
}
