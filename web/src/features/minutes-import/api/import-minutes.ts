import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { importPreviewSchema, importResultSchema, ParsedMinutesInput } from '@server/minutes-import/schema.ts';
import { ApiError, client, data, formBody } from '../../../lib/api-client.ts';

export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
export type ParsedMinutes = ParsedMinutesInput;
export type SameDateMeeting = Pick<ImportPreview['sameDateMeetings'][number], 'id' | 'title'>;

/** The meetings named by a 409 minutes.date_taken: the forum has a meeting on the date being imported. */
export function sameDateMeetingsOf(error: unknown): SameDateMeeting[] | null {
  if (!(error instanceof ApiError) || error.problem.code !== 'minutes.date_taken') return null;
  const { meetings } = error.problem as { meetings?: SameDateMeeting[] };
  return meetings ?? [];
}

/** The wait when a busy answer names none (the server always sends Retry-After with minutes.busy). */
const DEFAULT_BUSY_WAIT_SECONDS = 30;
/** The longest wait the page accepts from a Retry-After before it gives up and shows the error. */
const MAX_BUSY_WAIT_SECONDS = 300;

/**
 * Runs a preview or an import again after the wait a busy server asks for in its Retry-After (503 minutes.busy: it
 * is reading many files at once), a few times, telling the person how long the wait is; any other error, a wait
 * longer than five minutes, or a server still busy, is thrown.
 */
export async function retryWhenBusy<T>(
  run: () => Promise<T>,
  onWait: (seconds: number) => void,
  tries = 3,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof ApiError) || error.problem.code !== 'minutes.busy' || attempt >= tries) throw error;
      const seconds = error.retryAfterSeconds ?? DEFAULT_BUSY_WAIT_SECONDS;
      if (seconds > MAX_BUSY_WAIT_SECONDS) throw error;
      onWait(seconds);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  }
}

/** What the importer understood of a file of old minutes; nothing is saved. */
export function previewImport({ forumId, file }: { forumId: string; file: File }): Promise<ImportPreview> {
  const form = new FormData();
  form.append('file', file);
  return data(
    client.POST('/api/forums/{forumId}/minutes-imports/preview', { params: { path: { forumId } }, ...formBody(form) }),
  );
}

export function usePreviewImport() {
  return useMutation({ mutationFn: previewImport });
}

/**
 * Saves the file as an imported meeting, with the person's corrections of the preview (without
 * them, what the server reads from the file). `allowSameDate` is the person's "import anyway".
 */
export function importMinutes({
  forumId,
  file,
  minutes,
  allowSameDate = false,
}: {
  forumId: string;
  file: File;
  minutes?: ParsedMinutes;
  allowSameDate?: boolean;
}): Promise<ImportResult> {
  const form = new FormData();
  if (minutes) form.append('minutes', JSON.stringify(minutes));
  if (allowSameDate) form.append('allowSameDate', 'true');
  form.append('file', file);
  return data(
    client.POST('/api/forums/{forumId}/minutes-imports', { params: { path: { forumId } }, ...formBody(form) }),
  );
}

export function useImportMinutes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importMinutes,
    onSuccess: () =>
      Promise.all(['meetings', 'actions'].map((key) => queryClient.invalidateQueries({ queryKey: [key] }))),
  });
}
