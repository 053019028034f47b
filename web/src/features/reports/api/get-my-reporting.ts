import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { reportKeys } from './get-report.ts';

export type MyReportingStatus = 'not_started' | 'draft' | 'submitted' | 'amendment_draft';

export interface MyReporting {
  roundId: string;
  title: string;
  deadline: string;
  forumId: string;
  forumName: string;
  organizationId: string;
  status: MyReportingStatus;
}

export function getMyReporting(): Promise<MyReporting[]> {
  return api.get<MyReporting[]>('/api/me/reporting');
}

export const myReportingQueryOptions = queryOptions({ queryKey: reportKeys.mine(), queryFn: getMyReporting });

export function useMyReporting(options: { enabled?: boolean } = {}) {
  return useQuery({ ...myReportingQueryOptions, ...options });
}
