import { PDFDocument } from 'pdf-lib';
import { renderMinutesDocx } from './docx.ts';
import { buildLargeMinutes } from './fixtures.ts';
import type { MinutesDocument } from './model.ts';
import { renderMinutesPdf } from './pdf.ts';

const TARGET_MS = 500;
const MB = 1024 * 1024;

export interface RenderFigures {
  medianMs: number;
  maxMs: number;
  bytes: number;
  /** Highest RSS and heap seen right after a render, above the level before the measured runs. */
  peakRssDeltaMb: number;
  peakHeapUsedDeltaMb: number;
}

export interface MinutesDocumentsBench {
  shape: { items: number; attendees: number; actions: number; pdfPages: number };
  runs: { warmup: number; measured: number };
  docx: RenderFigures;
  pdf: RenderFigures;
  baseline: { jsonStringifyMedianMs: number; emptyDocxMedianMs: number; emptyPdfMedianMs: number };
  /** How many times slower the large meeting is than an empty document in the same format. */
  ratioToEmpty: { docx: number; pdf: number };
  targetMs: number;
  isWithinTarget: boolean;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

async function measure(
  render: () => Promise<{ length: number }> | { length: number },
  runs: { warmup: number; measured: number },
): Promise<RenderFigures> {
  for (let i = 0; i < runs.warmup; i++) await render();
  const before = process.memoryUsage();
  const peak = { rss: before.rss, heapUsed: before.heapUsed };
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs.measured; i++) {
    const start = performance.now();
    bytes = (await render()).length;
    times.push(performance.now() - start);
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
  }
  return {
    medianMs: round(median(times)),
    maxMs: round(Math.max(...times)),
    bytes,
    peakRssDeltaMb: round((peak.rss - before.rss) / MB, 1),
    peakHeapUsedDeltaMb: round((peak.heapUsed - before.heapUsed) / MB, 1),
  };
}

function emptyMinutes(doc: MinutesDocument): MinutesDocument {
  return { ...doc, attendance: [], items: [], attachments: [], adjusters: [] };
}

/** Warm render times for a long meeting (30 items, 40 attendees, 20 uppdrag) against empty documents. */
export async function benchMinutesDocuments(runs = { warmup: 3, measured: 20 }): Promise<MinutesDocumentsBench> {
  const shape = { items: 30, attendees: 40, actions: 20 };
  const doc = buildLargeMinutes(shape);
  const empty = emptyMinutes(doc);

  const docx = await measure(() => renderMinutesDocx(doc), runs);
  const pdf = await measure(() => renderMinutesPdf(doc), runs);
  const baseline = {
    jsonStringifyMedianMs: (await measure(() => JSON.stringify(doc), runs)).medianMs,
    emptyDocxMedianMs: (await measure(() => renderMinutesDocx(empty), runs)).medianMs,
    emptyPdfMedianMs: (await measure(() => renderMinutesPdf(empty), runs)).medianMs,
  };
  const pdfPages = (await PDFDocument.load(await renderMinutesPdf(doc))).getPageCount();

  return {
    shape: { ...shape, pdfPages },
    runs,
    docx,
    pdf,
    baseline,
    ratioToEmpty: {
      docx: round(docx.medianMs / baseline.emptyDocxMedianMs, 1),
      pdf: round(pdf.medianMs / baseline.emptyPdfMedianMs, 1),
    },
    targetMs: TARGET_MS,
    isWithinTarget: docx.medianMs <= TARGET_MS && pdf.medianMs <= TARGET_MS,
  };
}
