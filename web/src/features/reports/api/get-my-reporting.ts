import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, data, type Schemas } from '../../../lib/api-client.ts';
import { reportKeys } from './get-report.ts';

export type MyReporting = Schemas['MyReporting'][number];
export type MyReportingStatus = MyReporting['status'];

export function getMyReporting(): Promise<MyReporting[]> {
  return data(client.GET('/api/me/reporting'));
}

export const myReportingQueryOptions = queryOptions({ queryKey: reportKeys.mine(), queryFn: getMyReporting });

export function useMyReporting(options: { enabled?: boolean } = {}) {
  return useQuery({ ...myReportingQueryOptions, ...options });
}
