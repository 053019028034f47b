import { z } from 'zod';
import { freeText, isoDate } from '../platform/schema-helpers.ts';

const name = freeText({ min: 1, max: 300 });

/** Parsed minutes as the importer understood them, and as a person may correct them before saving. */
export const parsedMinutesSchema = z
  .object({
    title: freeText({ max: 500 }),
    body: freeText({ max: 300 }).nullable(),
    date: isoDate.nullable().describe('The meeting date; required to save'),
    startTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .nullable(),
    endTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .nullable(),
    location: freeText({ max: 500 }).nullable(),
    diaryNumber: freeText({ max: 50 }).nullable(),
    chair: name.nullable(),
    secretary: name.nullable(),
    adjuster: name.nullable(),
    attendees: z
      .array(
        z.object({ name, organization: freeText({ max: 300 }).nullable(), role: freeText({ max: 300 }).nullable() }),
      )
      .max(500),
    items: z
      .array(
        z.object({
          number: freeText({ max: 20 }).nullable(),
          title: freeText({ min: 1, max: 2000 }),
          kind: z.enum(['beslut', 'information', 'rapport', 'ovrigt']).nullable(),
          presenters: z.array(name).max(50),
          decisions: z.array(freeText({ min: 1, max: 5000 })).max(100),
          actions: z
            .array(z.object({ owner: name.nullable(), task: freeText({ min: 1, max: 5000 }), due: isoDate.nullable() }))
            .max(100),
          notes: freeText({ max: 50_000 })
            .default('')
            .describe('Text of the item not read as a decision or a heading; nothing of the file is dropped'),
        }),
      )
      .max(500),
    statusReports: z
      .array(
        z.object({
          organization: name,
          current: freeText({ max: 20_000 }).nullable(),
          challenge: freeText({ max: 20_000 }).nullable(),
          input: freeText({ max: 20_000 }).nullable(),
        }),
      )
      .max(500),
    followUpMeetings: z.array(isoDate).max(50),
    notes: freeText({ max: 200_000 })
      .default('')
      .describe(
        'Text of the file that belongs to no item (a protocol cut before its first paragraph); saved with the meeting',
      ),
  })
  .meta({ id: 'ParsedMinutes' });
export type ParsedMinutesInput = z.infer<typeof parsedMinutesSchema>;

const fieldConfidenceSchema = z.object({
  score: z.number().min(0).max(1).describe('0 = not found or a wild guess, 1 = read from an explicit label'),
  guessed: z.boolean().describe('Inferred rather than read from a label: the preview marks it for checking'),
});

/** One entry per `CONFIDENCE_FIELDS` of types.ts (this file is shared with the browser, so it is spelled out). */
export const parseConfidenceSchema = z
  .object({
    title: fieldConfidenceSchema,
    date: fieldConfidenceSchema,
    startTime: fieldConfidenceSchema,
    endTime: fieldConfidenceSchema,
    location: fieldConfidenceSchema,
    diaryNumber: fieldConfidenceSchema,
    chair: fieldConfidenceSchema,
    secretary: fieldConfidenceSchema,
    adjuster: fieldConfidenceSchema,
    attendees: fieldConfidenceSchema,
    items: fieldConfidenceSchema,
    statusReports: fieldConfidenceSchema,
  })
  .meta({ id: 'MinutesParseConfidence' });

export const importPreviewSchema = z
  .object({
    filename: z.string(),
    sourceHash: z.string().describe('SHA-256 of the file; the same file is never imported twice into a forum'),
    alreadyImportedMeetingId: z.uuid().nullable(),
    sameDateMeetings: z
      .array(z.object({ id: z.uuid(), title: z.string(), status: z.string() }))
      .describe(
        'Meetings the forum already has on the date read (cancelled ones aside); importing needs allowSameDate then',
      ),
    minutes: parsedMinutesSchema,
    confidence: parseConfidenceSchema.describe("How sure the parser is of each field of 'minutes'"),
  })
  .meta({ id: 'MinutesImportPreview' });

export const importResultSchema = z
  .object({ meetingId: z.uuid(), created: z.boolean().describe('false when this file was imported before') })
  .meta({ id: 'MinutesImportResult' });
