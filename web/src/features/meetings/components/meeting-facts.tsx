import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '@server/meetings/schema.ts';
import { minutesHref } from '../api/upload-attachment.ts';
import { MeetingStatusBadge } from './meeting-status-badge.tsx';
import { useMeetingLabels } from './use-meeting-labels.ts';

interface MeetingFactsProps {
  meeting: Meeting;
  roundHref: (roundId: string) => string;
}

/** Date, time, place, Dnr, who led, wrote and approved the minutes, and the status with what comes next. */
export function MeetingFacts({ meeting, roundHref }: MeetingFactsProps) {
  const { t } = useTranslation();
  const labels = useMeetingLabels();
  const notGiven = t('meetings.facts.notGiven');
  return (
    <>
      <dl className="round-facts meeting-facts" aria-label={t('meetings.facts.label')}>
        <div>
          <dt>{t('meetings.facts.date')}</dt>
          <dd>{labels.date(meeting.meetingDate)}</dd>
        </div>
        <div>
          <dt>{t('meetings.facts.time')}</dt>
          <dd>{labels.time(meeting) ?? notGiven}</dd>
        </div>
        <div>
          <dt>{t('meetings.facts.location')}</dt>
          <dd className="meeting-location">{meeting.location || notGiven}</dd>
        </div>
        <div>
          <dt>{t('meetings.facts.diaryNumber')}</dt>
          <dd>{meeting.diaryNumber ?? notGiven}</dd>
        </div>
        <div>
          <dt>{t('common.status')}</dt>
          <dd>
            <MeetingStatusBadge meeting={meeting} />
          </dd>
        </div>
        {meeting.minutesVersion > 1 && (
          <div>
            <dt>{t('meetings.facts.version')}</dt>
            <dd>{meeting.minutesVersion}</dd>
          </div>
        )}
        <div>
          <dt>{t(`meetings.chairRole.${meeting.chairRole}`)}</dt>
          <dd>{meeting.chair?.name ?? notGiven}</dd>
        </div>
        <div>
          <dt>{t('meetings.facts.secretary')}</dt>
          <dd>{meeting.secretary?.name ?? notGiven}</dd>
        </div>
        <div>
          <dt>{t('meetings.facts.adjusters')}</dt>
          <dd>
            {meeting.adjusters.length === 0 ? (
              notGiven
            ) : (
              <ul className="plain-list adjuster-list">
                {meeting.adjusters.map((adjuster) => (
                  <li key={`${adjuster.position}:${adjuster.name}`}>
                    {adjuster.name}
                    <Text
                      component="span"
                      size="sm"
                      fw={400}
                      c={adjuster.approvedAt ? undefined : 'dimmed'}
                      className="adjuster-state"
                    >
                      {adjuster.approvedAt
                        ? t('meetings.adjuster.approved', { at: labels.dateTime(adjuster.approvedAt) })
                        : meeting.status === 'imported'
                          ? ''
                          : adjuster.userId
                            ? t('meetings.adjuster.pending')
                            : t('meetings.adjuster.notUser')}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {meeting.situation && (
          <div>
            <dt>{t('meetings.facts.round')}</dt>
            <dd>
              <Anchor component={Link} to={roundHref(meeting.situation.roundId)}>
                {meeting.situation.roundTitle}
              </Anchor>
            </dd>
          </div>
        )}
      </dl>
      <Text size="sm">{t(`meetings.statusHint.${meeting.status}`)}</Text>
      <nav aria-label={t('meetings.downloads.label')} className="no-print">
        <Group gap="md" wrap="wrap">
          <Text size="sm" fw={600}>
            {t('meetings.downloads.label')}:
          </Text>
          <Anchor href={minutesHref(meeting.id, 'docx')} size="sm" download>
            {t('meetings.downloads.docx')}
          </Anchor>
          <Anchor href={minutesHref(meeting.id, 'pdf')} size="sm" download>
            {t('meetings.downloads.pdf')}
          </Anchor>
          <Anchor href={minutesHref(meeting.id, 'archive')} size="sm" download>
            {t('meetings.downloads.archive')}
          </Anchor>
        </Group>
      </nav>
    </>
  );
}
