import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinutesParseError } from '../errors.ts';
import { parseMinutesFile } from '../parse-file.ts';
import { loadSamples } from '../test-support.ts';
import { CONFIDENCE_FIELDS, type MinutesParseResult, SCHEMA_KEYS } from '../types.ts';
import { parseMinutesText } from './index.ts';

const nullableString = (v: unknown) => v === null || typeof v === 'string';
const isoOrNull = (v: unknown) => v === null || (typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v));
const timeOrNull = (v: unknown) => v === null || (typeof v === 'string' && /^\d\d:\d\d$/.test(v));

function expectSchemaValid(m: MinutesParseResult): void {
  expect(Object.keys(m)).toEqual([...SCHEMA_KEYS, 'confidence']);
  expect(Object.keys(m.confidence)).toEqual([...CONFIDENCE_FIELDS]);
  expect(typeof m.title).toBe('string');
  expect(isoOrNull(m.date) && timeOrNull(m.startTime) && timeOrNull(m.endTime)).toBe(true);
  for (const key of ['body', 'location', 'diaryNumber', 'chair', 'secretary', 'adjuster'] as const)
    expect(nullableString(m[key])).toBe(true);
  for (const a of m.attendees)
    expect(typeof a.name === 'string' && nullableString(a.organization) && nullableString(a.role)).toBe(true);
  for (const item of m.items) {
    expect(nullableString(item.number) && typeof item.title === 'string' && typeof item.notes === 'string').toBe(true);
    expect([null, 'beslut', 'information', 'rapport', 'ovrigt']).toContain(item.kind);
    expect(
      item.decisions.every((d) => typeof d === 'string') && item.presenters.every((p) => typeof p === 'string'),
    ).toBe(true);
    for (const action of item.actions)
      expect(typeof action.task === 'string' && nullableString(action.owner) && isoOrNull(action.due)).toBe(true);
  }
  for (const r of m.statusReports) expect(typeof r.organization === 'string' && nullableString(r.current)).toBe(true);
  expect(m.followUpMeetings.every(isoOrNull)).toBe(true);
}

/** Either a schema-valid result or a MinutesParseError. (Speed is measured by `npm run bench -- minutes`.) */
function checkText(text: string): void {
  try {
    expectSchemaValid(parseMinutesText(text));
  } catch (error) {
    if (!(error instanceof MinutesParseError)) throw error;
  }
}

/** The faster of two parses, in milliseconds. */
/** The fastest of `runs` parses: the least disturbed by a busy machine. */
function parseTime(text: string, runs: number): number {
  return Math.min(
    ...Array.from({ length: runs }, () => {
      const start = performance.now();
      checkText(text);
      return performance.now() - start;
    }),
  );
}

const samples = loadSamples().map((s) => s.text);
const swedishLines = fc.constantFrom(
  'Närvarande: Anna Berg, Bo Ek',
  '§ 12 Val av justerare',
  'Nämnden beslutade',
  'att godkänna dagordningen.',
  '\tVerksamhet',
  '\tNuläge',
  '\t-',
  'Datum: 2021-03-04',
  'Tid: kl 9-11.30',
  'Plats: Teams',
  '1. Mötets öppnande',
  'Ordförande',
  'Justerare: Carl Dahl',
  'Kommunen återkommer på nästa möte den 8 maj.',
  '',
  '\t',
  'Rapport',
  '§',
);

const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete'), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate'), at: fc.nat() }),
  fc.record({ op: fc.constant('swap'), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('tab'), at: fc.nat() }),
  fc.record({ op: fc.constant('truncate'), at: fc.nat() }),
  fc.record({ op: fc.constant('insert'), at: fc.nat(), line: swedishLines }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const at = lines.length === 0 ? 0 : m.at % lines.length;
    if (m.op === 'delete') lines.splice(at, 1);
    else if (m.op === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
    else if (m.op === 'swap' && 'to' in m)
      [lines[at], lines[m.to % lines.length]] = [lines[m.to % lines.length] ?? '', lines[at] ?? ''];
    else if (m.op === 'tab') lines[at] = `\t${lines[at] ?? ''}`;
    else if (m.op === 'truncate') lines = lines.slice(0, at);
    else if (m.op === 'insert' && 'line' in m) lines.splice(at, 0, m.line);
  }
  return lines.join('\n');
}

describe('robustness properties', () => {
  it('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), checkText), { numRuns: 300 });
  });

  it('random Swedish-looking line soup', () => {
    fc.assert(
      fc.property(fc.array(swedishLines, { maxLength: 80 }), (lines) => checkText(lines.join('\n'))),
      { numRuns: 300 },
    );
  });

  it('random bytes through the file entry point', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        try {
          expectSchemaValid(await parseMinutesFile(Buffer.from(bytes)));
        } catch (error) {
          if (!(error instanceof MinutesParseError)) throw error;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('mutated samples', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(mutation, { maxLength: 12 }), (text, mutations) =>
        checkText(mutate(text, mutations)),
      ),
      { numRuns: 300 },
    );
  });

  // Not a timed test: ten times the text may take about ten times as long (a parser that
  // backtracks or rescans grows with the square, a hundred times), measured back to back so a
  // loaded machine slows both alike. The bound leaves room for noise (a ratio of 37 was seen at
  // load 10 with the fastest of two runs) and still fails a quadratic parser. The absolute
  // figures are in `npm run bench -- minutes`.
  it('parses adversarial text up to 5 MB in time that grows linearly with its length', () => {
    const line = '1. Anna Berg beslutade att ska kommer att återkommer (Bo Ek, SKR) § 12 kl 9-10 2021-03-04 ';
    const runOn = (bytes: number) =>
      'Minnesanteckningar\nmöte och beslut\n' + line.repeat(Math.floor((bytes - 100) / line.length));
    const lists = (bytes: number) =>
      'Minnesanteckningar möte\n' + 'Närvarande: Anna Berg, Bo Ek\n\t-\n'.repeat(130_000).slice(0, bytes - 100);
    for (const make of [runOn, lists]) {
      const small = parseTime(make(512 * 1024), 5);
      const large = parseTime(make(5 * 1024 * 1024), 2);
      expect(large / Math.max(small, 1)).toBeLessThan(50);
    }
  });
});
