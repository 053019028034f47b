// What the request thread uses. The renderers (pdfkit, pdf-lib, fontkit, docx: tens of MB) load
// in the worker threads only (render-thread.ts), so nothing here may import them.
export type { ArchiveAttachment } from './archive.ts';
export { isPdfA } from './pdfa.ts';
export { closeRenderPool, renderDocument, renderOverviewPdf } from './pool.ts';
export { toOverviewDocument, toSituation } from './situation.ts';
