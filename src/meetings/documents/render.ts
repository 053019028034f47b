import type { ArchiveAttachment } from './archive.ts';
import { renderMinutesDocx } from './docx.ts';
import { buildOverviewLayout } from './blocks.ts';
import type { MinutesDocument, OverviewDocument } from './model.ts';
import { renderLayoutPdf, renderMinutesPdf } from './pdf.ts';

export type RenderTask =
  | {
      format: 'docx' | 'pdf' | 'archive';
      document: MinutesDocument;
      /** For the archive: every bilaga in the record, with its bytes (null when they are gone). */
      attachments: ArchiveAttachment[];
    }
  | { format: 'overview'; overview: OverviewDocument; attachments: [] };

/** One document, rendered on the calling thread; the server calls this through the worker pool. */
export async function renderInProcess(task: RenderTask): Promise<Buffer> {
  if (task.format === 'overview') return renderLayoutPdf(buildOverviewLayout(task.overview));
  if (task.format === 'docx') return renderMinutesDocx(task.document);
  if (task.format === 'pdf') return renderMinutesPdf(task.document);
  // pdf-lib and its fontkit load for the archive copy only: about 40 MB in each worker thread.
  const { buildArchivePdf } = await import('./archive.ts');
  return buildArchivePdf(task.document, task.attachments);
}
