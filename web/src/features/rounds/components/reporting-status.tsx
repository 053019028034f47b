import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Overview } from '@server/rounds/schema.ts';
import { strainLevels, type StrainLevel } from '@server/rounds/strain-levels.ts';
import { StrainBadge } from '../../../components/ui/strain-badge.tsx';
import { isPastDeadline, useRoundLabels } from './use-round-labels.ts';

interface ReportingStatusProps {
  overview: Overview;
  /** Where a coordinator files on a missing organisation's behalf; undefined for others. */
  fileOnBehalfHref?: (organizationId: string) => string;
}

/** Who has reported, who is late and who is missing, by name; and how strained the members are. */
export function ReportingStatus({ overview, fileOnBehalfHref }: ReportingStatusProps) {
  const { t } = useTranslation();
  const labels = useRoundLabels();
  const statusId = useId();
  const strainId = useId();
  const { counts } = overview.round;
  const missing = overview.rows.filter((row) => row.status === 'missing');
  const late = overview.rows.filter((row) => row.status === 'late');
  const unstated =
    overview.rows.length - strainLevels.reduce((total, level) => total + (overview.strainCounts[level] ?? 0), 0);

  return (
    <Group align="stretch" gap="lg" grow wrap="wrap" className="status-panels">
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={statusId} miw={300}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={statusId}>
            {t('rounds.status.title')}
          </Title>
          <Text size="lg" fw={650}>
            {t('rounds.counts.reported', { submitted: counts.submitted, members: counts.members })}
          </Text>
          <Text>{labels.countsDetail(overview.round)}</Text>
          {missing.length === 0 ? (
            <Text>{t('rounds.status.allReported')}</Text>
          ) : (
            <div>
              <Text fw={600}>
                {t(isPastDeadline(overview.round) ? 'rounds.status.missingList' : 'rounds.status.notYetList', {
                  count: missing.length,
                })}
              </Text>
              <List size="sm" spacing={2} className="name-list">
                {missing.map((row) => (
                  <List.Item key={row.organizationId}>
                    {row.organizationName}
                    {fileOnBehalfHref && (
                      <>
                        {' – '}
                        <Anchor
                          component={Link}
                          to={fileOnBehalfHref(row.organizationId)}
                          size="sm"
                          className="no-print"
                        >
                          {t('rounds.table.fileOnBehalfNamed', { name: row.organizationName })}
                        </Anchor>
                      </>
                    )}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {late.length > 0 && (
            <div>
              <Text fw={600}>{t('rounds.status.lateList', { count: late.length })}</Text>
              <List size="sm" spacing={2} className="name-list">
                {late.map((row) => (
                  <List.Item key={row.organizationId}>
                    {t('rounds.status.lateEntry', {
                      name: row.organizationName,
                      at: row.submittedAt ? labels.dateTime(row.submittedAt) : '',
                    })}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={strainId} miw={300}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={strainId}>
            {t('rounds.strain.title')}
          </Title>
          <table className="strain-counts">
            <caption className="visually-hidden">{t('rounds.strain.caption')}</caption>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{t('rounds.strain.level')}</th>
                <th scope="col">{t('rounds.strain.count')}</th>
              </tr>
            </thead>
            <tbody>
              {[...strainLevels].reverse().map((level: StrainLevel) => (
                <tr key={level}>
                  <th scope="row">
                    <StrainBadge level={level} />
                  </th>
                  <td>{t('rounds.strain.organizations', { count: overview.strainCounts[level] ?? 0 })}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('rounds.strain.unstated')}</th>
                <td>{t('rounds.strain.organizations', { count: unstated })}</td>
              </tr>
            </tbody>
          </table>
        </Stack>
      </Paper>
    </Group>
  );
}
