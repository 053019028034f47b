// Line layout for the PDF: pdfkit wraps text in one font at a time, but a line of the minutes may
// mix Swedish, Arabic and emoji, each set in its own embedded face. This module breaks styled text
// into lines (Unicode line breaking, UAX #14), measures every piece in the face that sets it, and
// orders the pieces of a line for display, right-to-left scripts word by word.
import LineBreaker from 'linebreak';
import { splitByFace, type FontFace, type FontStyle } from './fonts.ts';

export interface StyledRun {
  text: string;
  style: FontStyle;
}

export interface Fragment {
  text: string;
  face: FontFace;
  size: number;
  width: number;
  /** OpenType features to switch off when shaping, the same when measuring and drawing. */
  features?: Record<string, boolean>;
}

interface Segment {
  fragments: Fragment[];
  width: number;
  /** Width of the spaces that end the segment: they do not count where a line ends. */
  trailingWidth: number;
  direction: Direction;
}

type Direction = 'ltr' | 'rtl' | 'neutral';

export interface Line {
  /** In display order, left to right. */
  fragments: Fragment[];
  width: number;
  rtl: boolean;
}

const RTL_CHAR = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;

const ARABIC = /\p{Script=Arabic}/u;

/**
 * Arabic is set without the required lam-alef ligature: poppler, which archives and search
 * indexes commonly use, reverses the letters of a multi-letter glyph in right-to-left text, so
 * "لاختبار" would come back as "الختبار". Separate lam and alef keep every word extractable.
 */
export function shapingFeatures(text: string): Record<string, boolean> | undefined {
  // A fresh object each time: fontkit fills in the features it was given.
  return ARABIC.test(text) ? { rlig: false, liga: false } : undefined;
}

const widths = new WeakMap<FontFace, Map<string, number>>();

/** Advance width in points; words repeat, so each face remembers its measurements. */
function measure(face: FontFace, text: string, size: number): number {
  let cache = widths.get(face);
  if (!cache) widths.set(face, (cache = new Map()));
  let units = cache.get(text);
  if (units === undefined) {
    units = face.font.layout(text, shapingFeatures(text) as never).advanceWidth / face.font.unitsPerEm;
    cache.set(text, units);
  }
  return units * size;
}

function fragmentsOf(text: string, style: FontStyle, size: number): Fragment[] {
  return splitByFace(text, style).map((run) => ({
    text: run.text,
    face: run.face,
    size,
    width: measure(run.face, run.text, size),
    features: shapingFeatures(run.text),
  }));
}

function directionOf(text: string): Direction {
  if (RTL_CHAR.test(text)) return 'rtl';
  return LETTER.test(text) ? 'ltr' : 'neutral';
}

function segment(pieces: StyledRun[], size: number): Segment {
  const fragments: Fragment[] = [];
  let trailingWidth = 0;
  const text = pieces.map((piece) => piece.text).join('');
  pieces.forEach((piece, index) => {
    const isLast = index === pieces.length - 1;
    const content = isLast ? piece.text.trimEnd() : piece.text;
    fragments.push(...fragmentsOf(content, piece.style, size));
    const trailing = piece.text.slice(content.length);
    if (trailing) {
      const spaces = fragmentsOf(trailing, piece.style, size);
      trailingWidth = spaces.reduce((sum, fragment) => sum + fragment.width, 0);
      fragments.push(...spaces);
    }
  });
  const width = fragments.reduce((sum, fragment) => sum + fragment.width, 0);
  return { fragments, width, trailingWidth, direction: directionOf(text) };
}

/** Cuts a segment wider than the line (a long URL, a checksum) between grapheme clusters. */
function splitWide(pieces: StyledRun[], size: number, maxWidth: number): Segment[] {
  const graphemes = new Intl.Segmenter('sv', { granularity: 'grapheme' });
  const parts: Segment[] = [];
  let current: StyledRun[] = [];
  let currentWidth = 0;
  for (const piece of pieces) {
    for (const { segment: cluster } of graphemes.segment(piece.text)) {
      const clusterWidth = fragmentsOf(cluster, piece.style, size).reduce((sum, f) => sum + f.width, 0);
      if (current.length > 0 && currentWidth + clusterWidth > maxWidth) {
        parts.push(segment(current, size));
        current = [];
        currentWidth = 0;
      }
      const last = current.at(-1);
      if (last?.style === piece.style) last.text += cluster;
      else current.push({ text: cluster, style: piece.style });
      currentWidth += clusterWidth;
    }
  }
  if (current.length > 0) parts.push(segment(current, size));
  return parts;
}

const EMOJI_PART = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)$/u;

/**
 * UAX #14 allows a break between any two emoji; a run of emoji is kept on one line like a word,
 * so "😀👍" reads as one token on paper and in the extracted text.
 */
function isInsideEmojiRun(text: string, position: number): boolean {
  const previous = [...text.slice(Math.max(0, position - 2), position)].at(-1) ?? '';
  const next = String.fromCodePoint(text.codePointAt(position) ?? 0);
  return EMOJI_PART.test(previous) && EMOJI_PART.test(next);
}

/** The text between two line-break opportunities, as styled pieces, and whether a line must end after it. */
function* breakOpportunities(runs: StyledRun[]): Generator<{ pieces: StyledRun[]; required: boolean }> {
  const text = runs.map((run) => run.text).join('');
  const styleAt: FontStyle[] = runs.flatMap((run) => Array.from({ length: run.text.length }, () => run.style));
  const breaker = new LineBreaker(text);
  let start = 0;
  for (let brk = breaker.nextBreak(); brk; brk = breaker.nextBreak()) {
    if (!brk.required && isInsideEmojiRun(text, brk.position)) continue;
    // The line feed itself is not printed.
    const slice = text.slice(start, brk.position).replace(/\r?\n$/, '');
    const pieces: StyledRun[] = [];
    for (let index = 0; index < slice.length; index++) {
      const style = styleAt[start + index]!;
      const last = pieces.at(-1);
      if (last?.style === style) last.text += slice[index];
      else pieces.push({ text: slice[index]!, style });
    }
    yield { pieces, required: brk.required };
    start = brk.position;
  }
}

/** Breaks styled text into lines no wider than maxWidth. An empty text is one empty line. */
export function layoutLines(runs: StyledRun[], size: number, maxWidth: number): Line[] {
  const lines: Segment[][] = [[]];
  let lineWidth = 0;
  const newLine = () => {
    lines.push([]);
    lineWidth = 0;
  };
  for (const { pieces, required } of breakOpportunities(runs)) {
    if (pieces.length > 0) {
      const whole = segment(pieces, size);
      const parts = whole.width - whole.trailingWidth > maxWidth ? splitWide(pieces, size, maxWidth) : [whole];
      for (const part of parts) {
        const current = lines.at(-1)!;
        if (current.length > 0 && lineWidth + part.width - part.trailingWidth > maxWidth) newLine();
        lines.at(-1)!.push(part);
        lineWidth += part.width;
      }
    }
    if (required) newLine();
  }
  const paragraphRtl = isRtlParagraph(runs);
  return lines.map((segments) => toDisplayLine(segments, paragraphRtl));
}

/** The first strong character decides a paragraph's direction (Unicode bidi rule P2). */
function isRtlParagraph(runs: StyledRun[]): boolean {
  for (const char of runs.map((run) => run.text).join('')) {
    const direction = directionOf(char);
    if (direction !== 'neutral') return direction === 'rtl';
  }
  return false;
}

/**
 * Words A B C written right to left show as C B A; the space after each word goes between it and
 * the word shown to its left, and the space after the last word stays after the run.
 */
function rightToLeft(segments: Segment[]): Fragment[] {
  const parts = segments.map((seg) => {
    const spaces = seg.trailingWidth > 0 ? seg.fragments.filter((f) => f.text.trim() === '') : [];
    return { content: seg.fragments.filter((f) => !spaces.includes(f)).reverse(), spaces };
  });
  const shown: Fragment[] = [];
  for (let index = parts.length - 1; index >= 0; index--) {
    shown.push(...parts[index]!.content);
    if (index > 0) shown.push(...parts[index - 1]!.spaces);
  }
  shown.push(...(parts.at(-1)?.spaces ?? []));
  return shown;
}

/**
 * A small part of the Unicode bidi algorithm, enough for words: neutral words (numbers, dashes)
 * take the direction around them, runs of right-to-left words are reversed, and a right-to-left
 * paragraph reverses the order of its runs. The shaper lays out the letters inside each word.
 */
function toDisplayLine(segments: Segment[], paragraphRtl: boolean): Line {
  const base: Direction = paragraphRtl ? 'rtl' : 'ltr';
  const resolved = segments.map((seg, index) => {
    if (seg.direction !== 'neutral') return seg.direction;
    const before = segments
      .slice(0, index)
      .reverse()
      .find((s) => s.direction !== 'neutral')?.direction;
    const after = segments.slice(index + 1).find((s) => s.direction !== 'neutral')?.direction;
    return before && before === after ? before : base;
  });
  const runs: { direction: Direction; segments: Segment[] }[] = [];
  segments.forEach((seg, index) => {
    const direction = resolved[index]!;
    const last = runs.at(-1);
    if (last?.direction === direction) last.segments.push(seg);
    else runs.push({ direction, segments: [seg] });
  });
  const ordered = paragraphRtl ? runs.reverse() : runs;
  const fragments = ordered.flatMap((run) =>
    run.direction === 'rtl' ? rightToLeft(run.segments) : run.segments.flatMap((seg) => seg.fragments),
  );
  const last = segments.at(-1);
  const width = segments.reduce((sum, seg) => sum + seg.width, 0) - (last?.trailingWidth ?? 0);
  return { fragments, width, rtl: paragraphRtl };
}
