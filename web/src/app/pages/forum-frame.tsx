import { Anchor, Box } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import type { Forum } from '@server/forums/schema.ts';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QueryState } from '../../components/ui/query-state.tsx';
import { useForum } from '../../features/forums/api/get-forum.ts';
import {
  forumIndicatorsPath,
  forumMeetingsPath,
  forumPath,
  forumRoundsPath,
  forumTrendsPath,
  paths,
} from '../paths.ts';
import { useAccess } from '../use-access.ts';

interface ForumFrameProps {
  forumId: string;
  /** The part of the forum shown, for the browser tab: "Avstämningar". */
  section: string;
  children: (forum: Forum) => ReactNode;
}

/** A forum's heading and its pages: details, rounds (avstämningar), meetings and indicators. */
export function ForumFrame({ forumId, section, children }: ForumFrameProps) {
  const { t } = useTranslation();
  const access = useAccess();
  const forum = useForum(forumId);
  const tabs = [
    { to: forumPath(forumId), label: t('forums.tabs.details') },
    { to: forumRoundsPath(forumId), label: t('forums.tabs.rounds') },
    { to: forumMeetingsPath(forumId), label: t('forums.tabs.meetings') },
    { to: forumIndicatorsPath(forumId), label: t('forums.tabs.indicators') },
    { to: forumTrendsPath(forumId), label: t('forums.tabs.trends') },
  ];
  return (
    <>
      <Anchor
        component={Link}
        to={access.canAdminister ? paths.forums : paths.start}
        size="sm"
        mb="sm"
        display="inline-block"
        className="no-print"
      >
        {access.canAdminister ? t('forums.detail.back') : t('forums.detail.backToStart')}
      </Anchor>
      <QueryState query={forum}>
        {(data) => (
          <>
            <PageHeader
              title={data.name}
              documentTitle={t('forums.tabs.documentTitle', { section, forum: data.name })}
              intro={t('forums.detail.owner', { organization: data.ownerOrganizationName })}
            />
            <Box
              component="nav"
              aria-label={t('forums.tabs.label', { forum: data.name })}
              className="forum-tabs no-print"
              mb="lg"
            >
              <ul>
                {tabs.map((tab) => (
                  <li key={tab.to}>
                    <NavLink to={tab.to} end className="forum-tab">
                      {tab.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </Box>
            {children(data)}
          </>
        )}
      </QueryState>
    </>
  );
}
