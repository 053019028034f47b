import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { roundTitleLabel } from '@server/platform/labels.ts';
import type { Overview } from '@server/rounds/schema.ts';
import { ErrorAlert } from '../../components/ui/error-alert.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { overviewQueryOptions, useOverview } from '../../features/rounds/api/get-overview.ts';
import { useReminders } from '../../features/rounds/api/get-reminders.ts';
import { IndicatorOverview } from '../../features/rounds/components/indicator-overview.tsx';
import { ReminderDialog } from '../../features/rounds/components/reminder-dialog.tsx';
import { RemindersTable } from '../../features/rounds/components/reminders-table.tsx';
import { ReportingStatus } from '../../features/rounds/components/reporting-status.tsx';
import { RoundActions } from '../../features/rounds/components/round-actions.tsx';
import { RoundStatusBadges } from '../../features/rounds/components/round-status-badges.tsx';
import { SituationTable } from '../../features/rounds/components/situation-table.tsx';
import type { StrainPoint } from '../../features/rounds/components/strain-sparkline.tsx';
import { SummaryEditor } from '../../features/rounds/components/summary-editor.tsx';
import { useRoundLabels } from '../../features/rounds/components/use-round-labels.ts';
import { useReporting } from '../../features/trends/api/get-trends.ts';
import { formatDateTime } from '../../lib/format.ts';
import { currentLocale } from '../../lib/i18n.ts';
import { forumRoundsPath, paths, reportPath } from '../paths.ts';
import { useAccess } from '../use-access.ts';

/** How many rounds, up to the one shown, each organisation's sparkline covers. */
const SPARKLINE_ROUNDS = 8;

/** Each organisation's strain in the last rounds up to this one (from the forum's reporting over time). */
function useStrainHistory(round: Overview['round']): (organizationId: string) => StrainPoint[] | undefined {
  const reporting = useReporting(round.forumId, { to: round.periodStart }).data;
  if (!reporting) return () => undefined;
  const end = reporting.rounds.findIndex((r) => r.id === round.id) + 1 || reporting.rounds.length;
  const start = Math.max(0, end - SPARKLINE_ROUNDS);
  const shown = reporting.rounds.slice(start, end);
  const byOrganization = new Map(
    reporting.organizations.map((organization) => [
      organization.organizationId,
      shown.map((r, i) => ({ roundTitle: r.title, level: organization.strainLevels[start + i] ?? null })),
    ]),
  );
  return (organizationId) => byOrganization.get(organizationId);
}

/** The lägesbild of a round: who reported what, the figures, and the coordinator's summering. Printable on A4. */
export function RoundPage() {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const overview = useOverview(roundId);
  if (overview.isError) {
    return (
      <>
        <Anchor component={Link} to={paths.start} size="sm" mb="sm" display="inline-block">
          {t('forums.detail.backToStart')}
        </Anchor>
        <PageHeader title={t('rounds.page.fallbackTitle')} />
        <ErrorAlert error={overview.error} />
      </>
    );
  }
  return <QueryState query={overview}>{(data) => <RoundOverview overview={data} />}</QueryState>;
}

function RoundOverview({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const access = useAccess();
  const labels = useRoundLabels();
  const { round } = overview;
  const canManage = round.permissions.canEdit;
  const [isReminding, setIsReminding] = useState(false);
  const [printedAt] = useState(() => new Date().toISOString());
  const reminders = useReminders(round.id, { enabled: canManage });
  const ownOrganizationId = access.isReporterIn(round.forumId) ? access.me.organizationId : undefined;
  const strainHistory = useStrainHistory(round);

  const reloadRound = async () =>
    (await queryClient.fetchQuery({ ...overviewQueryOptions(round.id), staleTime: 0 })).round;

  return (
    <div className="lagesbild">
      <Anchor
        component={Link}
        to={forumRoundsPath(round.forumId)}
        size="sm"
        mb="sm"
        display="inline-block"
        className="no-print"
      >
        {t('rounds.page.back', { forum: round.forumName })}
      </Anchor>
      <PageHeader
        title={t('rounds.page.title', { title: roundTitleLabel(round.title, currentLocale()) })}
        documentTitle={t('rounds.page.documentTitle', {
          title: roundTitleLabel(round.title, currentLocale()),
          forum: round.forumName,
        })}
        intro={round.forumName}
        actions={
          <>
            <Button variant="default" onClick={() => window.print()}>
              {t('rounds.page.print')}
            </Button>
            <Button
              component="a"
              variant="default"
              href={`/api/rounds/${encodeURIComponent(round.id)}/overview.pdf`}
              download
            >
              {t('rounds.page.pdf')}
            </Button>
            {canManage && (
              <>
                <RoundActions round={round} />
                {round.status === 'open' && (
                  <Button onClick={() => setIsReminding(true)}>{t('rounds.reminders.open')}</Button>
                )}
              </>
            )}
          </>
        }
      />
      <Stack gap="xl">
        <dl className="round-facts">
          <div>
            <dt>{t('rounds.facts.period')}</dt>
            <dd>{labels.period(round)}</dd>
          </div>
          <div>
            <dt>{t('rounds.facts.deadline')}</dt>
            <dd>{labels.dateTime(round.deadline)}</dd>
          </div>
          {round.meetingAt && (
            <div>
              <dt>{t('rounds.facts.meeting')}</dt>
              <dd>{labels.dateTime(round.meetingAt)}</dd>
            </div>
          )}
          <div>
            <dt>{t('common.status')}</dt>
            <dd>
              <RoundStatusBadges round={round} />
            </dd>
          </div>
        </dl>

        <ReportingStatus
          overview={overview}
          fileOnBehalfHref={
            canManage && round.status === 'open' ? (organizationId) => reportPath(round.id, organizationId) : undefined
          }
        />

        {(canManage || round.summary.trim()) && (
          <SummaryEditor key={round.id} round={round} canEdit={canManage} onReload={reloadRound} />
        )}

        <section aria-labelledby="reports-heading">
          <Title order={2} size="h3" id="reports-heading" mb="sm">
            {t('rounds.page.reports')}
          </Title>
          <SituationTable
            overview={overview}
            reportLink={(row) => {
              if (canManage) {
                const label = row.status === 'missing' ? 'rounds.table.fileOnBehalf' : 'rounds.table.openReport';
                return { href: reportPath(round.id, row.organizationId), label: t(label) };
              }
              if (row.organizationId === ownOrganizationId)
                return { href: reportPath(round.id, row.organizationId), label: t('rounds.table.ownReport') };
              return undefined;
            }}
            strainHistory={strainHistory}
          />
        </section>

        <section aria-labelledby="indicators-heading" className="print-break-before">
          <Title order={2} size="h3" id="indicators-heading" mb="sm">
            {t('rounds.page.indicators')}
          </Title>
          <IndicatorOverview overview={overview} />
        </section>

        {canManage && (
          <section aria-labelledby="reminders-heading" className="no-print">
            <Title order={2} size="h3" id="reminders-heading" mb="sm">
              {t('rounds.reminders.title')}
            </Title>
            <QueryState query={reminders}>{(entries) => <RemindersTable entries={entries} />}</QueryState>
          </section>
        )}
        <Text size="sm" c="dimmed" className="print-only">
          {t('rounds.page.printedAt', { at: formatDateTime(printedAt, currentLocale()) })}
        </Text>
      </Stack>
      {isReminding && <ReminderDialog overview={overview} onClose={() => setIsReminding(false)} />}
    </div>
  );
}
