/** Whether a rendered minutes or archive PDF identifies itself as PDF/A (its XMP pdfaid part). */
export function isPdfA(pdf: Buffer): boolean {
  return /<pdfaid:part>\s*[123]\s*<\/pdfaid:part>|pdfaid:part\s*=\s*["'][123]["']/.test(pdf.toString('latin1'));
}
