export { buildArchivePdf, isPdfA, type ArchiveAttachment } from './archive.ts';
export { renderMinutesDocx } from './docx.ts';
export { renderMinutesPdf } from './pdf.ts';
export { closeRenderPool, renderDocument, renderOverviewPdf } from './pool.ts';
export { toOverviewDocument, toSituation } from './situation.ts';
