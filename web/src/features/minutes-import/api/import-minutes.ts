import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { importPreviewSchema, importResultSchema, ParsedMinutesInput } from '@server/minutes-import/schema.ts';
import { client, data, formBody } from '../../../lib/api-client.ts';

export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
export type ParsedMinutes = ParsedMinutesInput;

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

/** Saves the file as an imported meeting, with the person's corrections of the preview. */
export function importMinutes({
  forumId,
  file,
  minutes,
}: {
  forumId: string;
  file: File;
  minutes: ParsedMinutes;
}): Promise<ImportResult> {
  const form = new FormData();
  // The corrections travel before the file: the server reads fields that precede the file part.
  form.append('minutes', JSON.stringify(minutes));
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
