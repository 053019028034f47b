import { flattenedHeading } from './items.ts';

const MARKER = /(?<=[\s.:])(\d{1,2})[.)] (?=\p{Lu})/gu;
const HEAD_LABEL =
  /(?<=\s)(?=(?:Närvarande|Deltagare|Datum|Tid|Plats|Frånvarande|Förhinder|Ordförande|Sekreterare|Justerare)(?: \p{Ll}+){0,2}:)/gu;

/** Standard agenda headings, cut also where too few words follow for the general rule. */
const STANDARD_HEADING =
  /^(övriga frågor|övrigt|mötets (?:öppnande|avslutande)|inledning|avslutning|nästa möte|föregående (?:protokoll|minnesanteckningar|anteckningar)) (?=\p{Lu})/iu;

/**
 * A document whose text came out as one long line (a PDF without line breaks, a web page copied as
 * one paragraph): when that line holds most of the text and an agenda numbered 1, 2, 3 … in order, it
 * is broken before each number, each point's heading is cut from its text ("2. Lägesrapport från
 * delprojekten Susanne Ahl rapporterade …"), and the head is broken before its labels ("Närvarande:").
 * Words are only moved to new lines, never changed, so the nothing-lost check still holds.
 */
export function splitFlattenedText(text: string): string {
  if (text.length > 1_000_000) return text;
  const lines = text.split('\n');
  const total = lines.reduce((n, l) => n + l.trim().length, 0);
  return lines
    .map((line) => (line.length >= 300 && line.trim().length * 10 >= total * 6 ? splitLine(line) : line))
    .join('\n');
}

function splitLine(line: string): string {
  const chain: RegExpExecArray[] = [];
  for (const m of line.matchAll(MARKER)) if (Number(m[1]) === chain.length + 1) chain.push(m);
  if (chain.length < 3) return line;
  const out: string[] = [line.slice(0, chain[0]!.index).trim().replace(HEAD_LABEL, '\n').replace(/ \n/g, '\n')];
  chain.forEach((m, k) => {
    const segment = line.slice(m.index, chain[k + 1]?.index ?? line.length).trim();
    const rest = segment.slice(m[0].length);
    const heading = STANDARD_HEADING.exec(rest)?.[1] ?? flattenedHeading(rest);
    out.push(heading ? `${m[0]}${heading}\n${rest.slice(heading.length).trim()}` : segment);
  });
  return out.join('\n');
}
