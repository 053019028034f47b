import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { ReportActions } from '../../features/actions/components/report-actions.tsx';
import { useReport } from '../../features/reports/api/get-report.ts';
import { ReportEditor } from '../../features/reports/components/report-editor.tsx';
import { formatDate, formatTime } from '../../lib/format.ts';
import { currentLocale } from '../../lib/i18n.ts';
import { meetingPath, roundPath } from '../paths.ts';
import { useAccess } from '../use-access.ts';

/** One organisation's lägesrapport in a round: the form while it can be written, the filed versions after. */
export function ReportPage() {
  const { t } = useTranslation();
  const { roundId = '', organizationId = '' } = useParams();
  const access = useAccess();
  const report = useReport({ roundId, organizationId });
  const locale = currentLocale();
  return (
    <>
      <Anchor component={Link} to={roundPath(roundId)} size="sm" mb="sm" display="inline-block" className="no-print">
        {t('reports.page.back')}
      </Anchor>
      <QueryState query={report}>
        {(data) => (
          <>
            <PageHeader
              title={t('reports.page.title', { organization: data.organizationName })}
              intro={t('reports.page.intro', {
                title: data.roundTitle,
                deadline: t('rounds.deadline', {
                  date: formatDate(data.deadline, locale),
                  time: formatTime(data.deadline, locale),
                }),
              })}
            />
            <Stack gap="xl">
              <ReportEditor
                key={`${roundId}:${organizationId}`}
                report={data}
                isOnBehalf={data.organizationId !== access.me.organizationId}
              />
              {data.permissions.canEdit && (
                <ReportActions
                  organizationId={data.organizationId}
                  organizationName={data.organizationName}
                  roundId={data.roundId}
                  meetingHref={(action) => meetingPath(action.meetingId)}
                  canUpdate={(action) => action.permissions.canUpdateStatus}
                />
              )}
            </Stack>
          </>
        )}
      </QueryState>
    </>
  );
}
