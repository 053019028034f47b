import type { Migration } from 'kysely';
import * as foundation from './2026-11-23T0300-foundation.ts';
import * as roundsAndReports from './2026-11-23T0400-rounds-and-reports.ts';
import * as meetings from './2026-11-23T0500-meetings.ts';
import * as meetingFlowAndGenre from './2026-11-29T2130-meeting-flow-and-genre.ts';
import * as frozenMinutes from './2026-11-29T2200-frozen-minutes.ts';
import * as outboxDelivery from './2026-11-29T2240-outbox-delivery.ts';
import * as mailKindsAndInvitations from './2026-11-30T0020-mail-kinds-and-invitations.ts';
import * as membershipPeriods from './2026-11-30T0100-membership-periods.ts';
import * as scheduledNotices from './2026-11-30T0130-scheduled-notices.ts';
import * as singleSignOn from './2026-11-30T0145-single-sign-on.ts';
import * as search from './2026-11-30T0330-search.ts';
import * as forumLanguage from './2026-11-30T0335-forum-language.ts';
import * as rateLimitHits from './2026-11-30T0405-rate-limit-hits.ts';
import * as liveChanges from './2026-11-30T0415-live-changes.ts';
import * as apiTokens from './2026-11-30T0455-api-tokens.ts';
import * as reportFirstSubmission from './2026-11-30T0635-report-first-submission.ts';
import * as roundsPeriodIndex from './2026-11-30T1030-rounds-period-index.ts';
import * as reportValuesVersionScope from './2026-11-30T1310-report-values-version-scope.ts';
import * as reportKeysWithoutSharedLocks from './2026-11-30T1840-report-keys-without-shared-locks.ts';
import * as reportsAnnouncedAfterCommit from './2026-11-30T1910-reports-announced-after-commit.ts';
import * as versionValuesInVersion from './2026-12-01T0100-version-values-in-version.ts';
import * as versionIndicatorsCheckedInOneQuery from './2026-12-01T0430-version-indicators-checked-in-one-query.ts';
import * as forumActiveIndicators from './2026-12-01T0500-forum-active-indicators.ts';
import * as reportVersionsLatestValuesIndex from './2026-12-01T0520-report-versions-latest-values-index.ts';

// Listed by hand rather than read from the folder: the same list then works under tsx, vitest
// and any bundler. Keys sort by their date prefix; never rename or edit one that has shipped.
export const migrations: Record<string, Migration> = {
  '2026-11-23T0300-foundation': foundation,
  '2026-11-23T0400-rounds-and-reports': roundsAndReports,
  '2026-11-23T0500-meetings': meetings,
  '2026-11-29T2130-meeting-flow-and-genre': meetingFlowAndGenre,
  '2026-11-29T2200-frozen-minutes': frozenMinutes,
  '2026-11-29T2240-outbox-delivery': outboxDelivery,
  '2026-11-30T0020-mail-kinds-and-invitations': mailKindsAndInvitations,
  '2026-11-30T0100-membership-periods': membershipPeriods,
  '2026-11-30T0130-scheduled-notices': scheduledNotices,
  '2026-11-30T0145-single-sign-on': singleSignOn,
  '2026-11-30T0330-search': search,
  '2026-11-30T0335-forum-language': forumLanguage,
  '2026-11-30T0405-rate-limit-hits': rateLimitHits,
  '2026-11-30T0415-live-changes': liveChanges,
  '2026-11-30T0455-api-tokens': apiTokens,
  '2026-11-30T0635-report-first-submission': reportFirstSubmission,
  '2026-11-30T1030-rounds-period-index': roundsPeriodIndex,
  '2026-11-30T1310-report-values-version-scope': reportValuesVersionScope,
  '2026-11-30T1840-report-keys-without-shared-locks': reportKeysWithoutSharedLocks,
  '2026-11-30T1910-reports-announced-after-commit': reportsAnnouncedAfterCommit,
  '2026-12-01T0100-version-values-in-version': versionValuesInVersion,
  '2026-12-01T0430-version-indicators-checked-in-one-query': versionIndicatorsCheckedInOneQuery,
  '2026-12-01T0500-forum-active-indicators': forumActiveIndicators,
  '2026-12-01T0520-report-versions-latest-values-index': reportVersionsLatestValuesIndex,
};
