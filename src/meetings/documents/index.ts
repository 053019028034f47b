export { buildArchivePdf, isPdfA, type ArchiveAttachment } from './archive.ts';
export { renderMinutesDocx } from './docx.ts';
export { renderMinutesPdf } from './pdf.ts';
export { closeRenderPool, renderDocument } from './pool.ts';
