import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSamples, scorerPath, goldDir } from '../test-support.ts';
import { type ParsedMinutes, SCHEMA_KEYS } from '../types.ts';
import { parseMinutesText } from './index.ts';

const samples = loadSamples();
describe('reference samples', () => {
  for (const { name, text, gold } of samples) {
    describe(name, () => {
      const parsed = parseMinutesText(text);

      it('emits the 14 schema keys in order, then the document notes and the confidence', () => {
        expect(Object.keys(parsed)).toEqual([...SCHEMA_KEYS, 'notes', 'confidence']);
      });

      it('matches the gold metadata', () => {
        for (const key of [
          'date',
          'startTime',
          'endTime',
          'location',
          'diaryNumber',
          'chair',
          'secretary',
          'adjuster',
        ] as const) {
          expect(parsed[key], key).toEqual(gold[key]);
        }
      });

      it('matches the gold attendees, items and decisions', () => {
        expect(new Set(parsed.attendees.map((a) => a.name))).toEqual(new Set(gold.attendees.map((a) => a.name)));
        expect(parsed.items.map((i) => [i.number, i.title, i.kind])).toEqual(
          gold.items.map((i) => [i.number, i.title, i.kind]),
        );
        expect(parsed.items.map((i) => i.decisions)).toEqual(gold.items.map((i) => i.decisions));
      });

      it('matches the gold actions, status reports and follow-up meetings', () => {
        const actions = (m: ParsedMinutes) => m.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task, a.due]));
        expect(actions(parsed)).toEqual(actions(gold));
        expect(parsed.statusReports).toEqual(gold.statusReports);
        expect(parsed.followUpMeetings).toEqual(gold.followUpMeetings);
      });
    });
  }

  it('scores at least 0.90 overall and 0.80 per field with the shared scorer', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'minutes-score-'));
    try {
      for (const { name, text } of samples)
        writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(parseMinutesText(text)));
      const report = execFileSync(process.execPath, [scorerPath, dir, goldDir], { encoding: 'utf8' });
      const overall = Number(/^overall (\S+)/m.exec(report)?.[1]);
      const means = /^field means: (.*)$/m.exec(report)?.[1] ?? '';
      expect(overall).toBeGreaterThanOrEqual(0.9);
      for (const [, field, value] of means.matchAll(/(\w+)=(\S+)/g)) {
        if (value !== '-') expect(Number(value), field).toBeGreaterThanOrEqual(0.8);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
