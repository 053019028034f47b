export { buildArchivePdf, type PdfAttachment } from './archive.ts';
export { renderMinutesDocx } from './docx.ts';
export { renderMinutesPdf } from './pdf.ts';
