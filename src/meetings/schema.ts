import { z } from 'zod';
import { freeText, int4, isoDate, queryInt } from '../platform/schema-helpers.ts';
import { actionSchema } from '../actions/schema.ts';
import { agendaItemPermissionsSchema, meetingPermissionsSchema } from '../policy/schema.ts';
import { deliverySchema, mailKindSchema } from '../outbox/schema.ts';
import { strainLevelSchema } from '../rounds/schema.ts';
import { localeSchema, type Locale } from '../auth/schema.ts';

const localDate = isoDate.describe('YYYY-MM-DD');
const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' })
  .describe('HH:MM');

export const itemKindSchema = z
  .enum(['beslut', 'information', 'rapport', 'ovrigt'])
  .describe('beslut / information / rapport / övrigt')
  .meta({ id: 'ItemKind' });
export const chairRoleSchema = z
  .enum(['ordforande', 'motesledare', 'sammankallande'])
  .describe('ordförande / mötesledare / sammankallande');
export const meetingStatusSchema = z
  .enum(['planned', 'held', 'in_review', 'approved', 'published', 'imported', 'cancelled'])
  .describe(
    'planned → held → in_review (sent for justering) → approved (justerad) → published; imported from old minutes; a planned meeting may be cancelled',
  )
  .meta({ id: 'MeetingStatus' });
export const itemRoleSchema = z
  .enum([
    'opening',
    'agenda',
    'adjusters',
    'previous_minutes',
    'action_follow_up',
    'situation',
    'other_questions',
    'closing',
  ])
  .describe('A standard item of the template; the app fills in the situation and the uppdrag follow-up')
  .meta({ id: 'ItemRole' });
export type ItemRole = z.infer<typeof itemRoleSchema>;
export const attendanceStatusSchema = z
  .enum(['invited', 'present', 'absent', 'substitute'])
  .describe(
    'substitute: either this person is a substitute (substituteFor names whom they replace), or this invited person was replaced by a substitute (substituteName names who sat in)',
  );
export const participantCategorySchema = z
  .enum(['ledamot', 'ersattare', 'tjansteperson'])
  .describe('ledamot / ersättare / tjänsteperson: the minutes list them apart')
  .meta({ id: 'ParticipantCategory' });
const personRef = z.object({ userId: z.uuid().nullable(), name: z.string() });
const personInput = z.object({ userId: z.uuid().nullish(), name: freeText({ max: 200 }).nullish() });

export const meetingSummarySchema = z
  .object({
    id: z.uuid(),
    forumId: z.uuid(),
    forumName: z.string(),
    title: z.string(),
    documentType: z.enum(['minnesanteckningar', 'protokoll']),
    meetingDate: localDate,
    startTime: z.string().nullable(),
    endTime: z.string().nullable(),
    location: z.string(),
    diaryNumber: z.string().nullable(),
    status: meetingStatusSchema,
    minutesVersion: z.number().int(),
    roundId: z.uuid().nullable(),
  })
  .meta({ id: 'MeetingSummary' });
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const agendaItemSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    number: z
      .string()
      .describe(
        'As printed: "§ 1", "§ 2" … in a protokoll (continuing over the year if the forum says so), "1", "2" … in minnesanteckningar, or as in imported minutes ("§ 44" → "44")',
      ),
    kind: itemKindSchema.nullable(),
    role: z
      .string()
      .nullable()
      .describe(
        'Standard item from the template: opening, agenda, adjusters, previous_minutes, action_follow_up, situation, other_questions, closing',
      ),
    title: z.string(),
    presenters: z.array(z.string()),
    notes: z.string(),
    decisions: z.array(z.object({ id: z.uuid(), text: z.string() })),
    actions: z.array(actionSchema),
    attachments: z.array(z.object({ id: z.uuid(), number: z.number().int(), title: z.string() })),
    revision: z.number().int(),
    updatedAt: z.string(),
    updatedByName: z.string().nullable(),
    permissions: agendaItemPermissionsSchema,
  })
  .meta({ id: 'AgendaItem' });
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const minutesVersionSchema = z
  .object({
    version: z.number().int().describe('1 for the first justerade version; corrections count up'),
    approvedAt: z.string().describe('When the last adjuster approved it'),
    publishedAt: z.string().nullable(),
    checksum: z
      .string()
      .nullable()
      .describe('SHA-256 (hex) of the canonical JSON (RFC 8785) of the frozen snapshot, printed in its documents'),
  })
  .meta({ id: 'MinutesVersion' });
export type MinutesVersion = z.infer<typeof minutesVersionSchema>;

export const minutesVersionDetailSchema = minutesVersionSchema
  .extend({
    snapshot: z
      .looseObject({ format: z.number().int(), version: z.number().int(), approvedAt: z.string() })
      .describe(
        'The frozen snapshot: `content` (the meeting as justerad) and `roundOverview` (the lägesbild as it stood); its canonical JSON hashes to `checksum`',
      ),
  })
  .meta({ id: 'MinutesVersionDetail' });

export const meetingSchema = meetingSummarySchema
  .extend({
    chairRole: chairRoleSchema,
    chair: personRef.nullable(),
    secretary: personRef.nullable(),
    adjusters: z.array(personRef.extend({ position: z.number().int(), approvedAt: z.string().nullable() })),
    attendees: z.array(
      z.object({
        id: z.uuid(),
        organizationId: z.uuid().nullable(),
        organizationName: z.string().nullable(),
        userId: z.uuid().nullable(),
        name: z.string(),
        title: z.string().nullable(),
        status: attendanceStatusSchema,
        substituteFor: z.string().nullable(),
        substituteName: z.string().nullable().describe('Who sat in for this invited person'),
        category: participantCategorySchema.nullable(),
      }),
    ),
    items: z.array(agendaItemSchema),
    followUps: z.array(actionSchema).describe('Open uppdrag from earlier meetings, for "Uppföljning av uppdrag"'),
    situation: z
      .object({
        roundId: z.uuid(),
        roundTitle: z.string(),
        summary: z.string(),
        rows: z.array(
          z.object({
            organization: z.string(),
            status: z.string(),
            strainLevel: strainLevelSchema.nullable(),
            current: z.string().nullable(),
            challenges: z.string().nullable(),
            input: z.string().nullable(),
          }),
        ),
      })
      .nullable()
      .describe("The round's lägesbild, taken from the filed reports"),
    attachments: z.array(
      z.object({
        id: z.uuid(),
        number: z.number().int(),
        title: z.string(),
        filename: z.string(),
        contentType: z.string(),
        size: z.number().int(),
        sha256: z.string().describe('SHA-256 of the file, hex'),
        agendaItemId: z.uuid().nullable(),
        isSource: z.boolean(),
      }),
    ),
    comments: z.array(
      z.object({
        id: z.uuid(),
        agendaItemId: z.uuid().nullable(),
        userName: z.string(),
        text: z.string(),
        createdAt: z.string(),
      }),
    ),
    withdrawal: z
      .object({ reason: z.string(), at: z.string(), byName: z.string() })
      .nullable()
      .describe('Why the minutes were last pulled back from justering, while they are being reworked'),
    imported: z
      .object({
        filename: z.string().describe('The file the minutes were imported from'),
        at: z.string(),
        byName: z.string().describe('Who imported them'),
      })
      .nullable()
      .describe('Set for minutes imported from a file (status imported): they never had a kallelse in this app'),
    frozen: minutesVersionSchema
      .nullable()
      .describe(
        'Set when the minutes are justerade: everything above except status, comments and permissions is this frozen version, not live data',
      ),
    versions: z.array(minutesVersionSchema).describe('Justerade versions, oldest first; each stays downloadable'),
    invitation: z
      .object({
        sentAt: z.string().describe('When the kallelse (or its last update) was sent'),
        sequence: z.number().int().describe('The calendar SEQUENCE of the last invitation sent; 0 for the first'),
        isOutdated: z
          .boolean()
          .describe('Time, place or agenda changed since: the kallelse should be sent again as an update'),
      })
      .nullable()
      .describe('Null until the kallelse is sent'),
    permissions: meetingPermissionsSchema,
  })
  .meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingCreateSchema = z
  .object({
    title: freeText({ min: 2, max: 300 }),
    documentType: z.enum(['minnesanteckningar', 'protokoll']).default('minnesanteckningar'),
    meetingDate: localDate,
    startTime: localTime.nullish(),
    endTime: localTime.nullish(),
    location: freeText({ max: 500 }).default('').describe('Place or Teams link'),
    diaryNumber: freeText({ max: 50 }).nullish().describe('Typed Dnr, e.g. "RD21/01391"'),
    assignDiaryNumber: z
      .boolean()
      .optional()
      .describe(
        "Assign the next Dnr from the forum's series (prefix + year + running number). Left out: assigned when the forum has a series and no Dnr is typed",
      ),
    chairRole: chairRoleSchema.default('ordforande'),
    chair: personInput.nullish(),
    secretary: personInput.nullish(),
    adjusters: z.array(personInput).max(5).default([]),
    roundId: z.uuid().nullish().describe('The round whose lägesbild the meeting discusses'),
    useTemplate: z.boolean().default(true).describe("Start the agenda from the forum's standard items"),
  })
  .meta({ id: 'MeetingCreate' });
export type MeetingCreate = z.input<typeof meetingCreateSchema>;

export const meetingUpdateSchema = z
  .object({
    title: freeText({ min: 2, max: 300 }),
    documentType: z.enum(['minnesanteckningar', 'protokoll']),
    meetingDate: localDate,
    startTime: localTime.nullable(),
    endTime: localTime.nullable(),
    location: freeText({ max: 500 }),
    diaryNumber: freeText({ max: 50 }).nullable(),
    chairRole: chairRoleSchema,
    chair: personInput.nullable(),
    secretary: personInput.nullable(),
    adjusters: z.array(personInput).max(5),
    roundId: z.uuid().nullable(),
  })
  .partial()
  .meta({ id: 'MeetingUpdate' });
export type MeetingUpdate = z.infer<typeof meetingUpdateSchema>;

export const itemCreateSchema = z
  .object({
    title: freeText({ min: 1, max: 500 }),
    kind: itemKindSchema.nullish(),
    presenters: z
      .array(freeText({ min: 1, max: 200 }))
      .max(20)
      .default([]),
    position: int4
      .min(0)
      .optional()
      .describe('Where to insert; default last before "Övriga frågor"/"Mötets avslutande"'),
  })
  .meta({ id: 'AgendaItemCreate' });

export const itemUpdateSchema = z
  .object({
    revision: int4.min(1).describe('The revision you edited; a mismatch answers 409'),
    title: freeText({ min: 1, max: 500 }).optional(),
    kind: itemKindSchema.nullable().optional(),
    presenters: z
      .array(freeText({ min: 1, max: 200 }))
      .max(20)
      .optional(),
    notes: freeText({ max: 50_000 }).optional(),
    decisions: z
      .array(freeText({ min: 3, max: 5000 }))
      .max(50)
      .optional()
      .describe('The "att …" clauses, replacing the item\'s decisions'),
  })
  .meta({ id: 'AgendaItemUpdate' });

export const itemOrderSchema = z.object({ itemIds: z.array(z.uuid()).max(200) }).meta({ id: 'AgendaOrder' });

export const attendeesSchema = z
  .object({
    attendees: z
      .array(
        z
          .object({
            organizationId: z.uuid().nullish(),
            userId: z.uuid().nullish(),
            name: freeText({ min: 2, max: 200 }),
            title: freeText({ max: 200 }).nullish(),
            status: attendanceStatusSchema,
            substituteFor: freeText({ max: 200 }).nullish().describe('Whom this person, a substitute, replaces'),
            substituteName: freeText({ max: 200 })
              .nullish()
              .describe('The substitute who sat in for this invited person (status substitute)'),
            category: participantCategorySchema.nullish(),
          })
          // A row is either the invited person replaced (substituteName) or the substitute (substituteFor):
          // with both, one of the names would have nowhere to be printed.
          .refine((a) => !(a.substituteName && a.substituteFor), {
            path: ['substituteFor'],
            message: 'validation.substitute_pair',
          }),
      )
      .max(500),
  })
  .meta({ id: 'Attendance' });

export const decisionSearchSchema = z.object({
  q: z.string().trim().max(200).optional(),
  forumId: z.uuid().optional(),
  from: localDate.optional(),
  to: localDate.optional(),
  limit: queryInt.min(1).max(200).default(50),
  offset: queryInt.min(0).default(0),
});

export const decisionEntrySchema = z
  .object({
    id: z.uuid(),
    text: z.string(),
    forumId: z.uuid(),
    forumName: z.string(),
    meetingId: z.uuid(),
    meetingTitle: z.string(),
    meetingDate: localDate,
    diaryNumber: z.string().nullable(),
    itemNumber: z.string(),
    itemTitle: z.string(),
    status: meetingStatusSchema,
  })
  .meta({ id: 'DecisionEntry' });

export const decisionPageSchema = z
  .object({ items: z.array(decisionEntrySchema), total: z.number().int().describe('Matches across all pages') })
  .meta({ id: 'DecisionPage' });

export const commentCreateSchema = z
  .object({ agendaItemId: z.uuid().nullable(), text: freeText({ min: 1, max: 5000 }) })
  .meta({ id: 'MinutesComment' });

const templateItemSchema = z.object({
  title: freeText({ min: 1, max: 300 }),
  kind: itemKindSchema.nullable(),
  role: itemRoleSchema.nullable(),
});
export type AgendaTemplateItem = z.infer<typeof templateItemSchema>;

const standardAgendas: Record<Locale, readonly AgendaTemplateItem[]> = {
  sv: [
    { title: 'Mötets öppnande', kind: null, role: 'opening' },
    { title: 'Godkännande av dagordning', kind: 'beslut', role: 'agenda' },
    { title: 'Val av justerare', kind: 'beslut', role: 'adjusters' },
    { title: 'Föregående minnesanteckningar', kind: 'information', role: 'previous_minutes' },
    { title: 'Uppföljning av uppdrag', kind: 'rapport', role: 'action_follow_up' },
    { title: 'Lägesbild', kind: 'rapport', role: 'situation' },
    { title: 'Övriga frågor', kind: 'ovrigt', role: 'other_questions' },
    { title: 'Mötets avslutande', kind: null, role: 'closing' },
  ],
  en: [
    { title: 'Opening of the meeting', kind: null, role: 'opening' },
    { title: 'Approval of the agenda', kind: 'beslut', role: 'agenda' },
    { title: 'Election of adjusters', kind: 'beslut', role: 'adjusters' },
    { title: 'Previous minutes', kind: 'information', role: 'previous_minutes' },
    { title: 'Follow-up of actions', kind: 'rapport', role: 'action_follow_up' },
    { title: 'Situation overview', kind: 'rapport', role: 'situation' },
    { title: 'Any other business', kind: 'ovrigt', role: 'other_questions' },
    { title: 'Closing of the meeting', kind: null, role: 'closing' },
  ],
};

/** The agenda a meeting starts from when its forum has no template of its own, in the forum's language. */
export function standardAgenda(language: Locale): readonly AgendaTemplateItem[] {
  return standardAgendas[language];
}

export const meetingSettingsSchema = z
  .object({
    diaryPrefix: z
      .string()
      .regex(/^[A-ZÅÄÖ]{1,8}$/)
      .nullable()
      .describe('Dnr series prefix, e.g. "RD" gives RD21/00001'),
    language: localeSchema
      .default('sv')
      .describe("The forum's working language: the standard agenda's titles are offered in it"),
    agendaTemplate: z
      .array(templateItemSchema)
      .max(50)
      .nullable()
      .describe("The forum's own agenda template; null means the standard agenda"),
    continuousSectionNumbering: z
      .boolean()
      .default(false)
      .describe("Number a protokoll's § on from the forum's earlier protokoll of the year, as nämnder do"),
  })
  .meta({ id: 'MeetingSettings' });

export const withdrawSchema = z
  .object({
    reason: freeText({ min: 3, max: 2000 }).describe('Why the minutes are pulled back; the adjusters see it'),
  })
  .meta({ id: 'MinutesWithdrawal' });

export const myMeetingsSchema = z
  .object({
    toApprove: z.array(meetingSummarySchema).describe('Minutes out for justering that the user has still to justera'),
    inProgress: z
      .array(meetingSummarySchema)
      .describe(
        'Minutes the user writes (coordinator or secretary) that are held, out for justering or justerade but not published',
      ),
    upcoming: z
      .array(meetingSummarySchema)
      .describe('The next planned meeting of each forum the user coordinates or is secretary in'),
  })
  .meta({ id: 'MyMeetings' });
export type MyMeetings = z.infer<typeof myMeetingsSchema>;

export const meetingIdParams = z.object({ meetingId: z.uuid() });

export const meetingMailSchema = z
  .object({
    id: z.uuid(),
    kind: mailKindSchema,
    toEmail: z.string(),
    toName: z.string(),
    subject: z.string(),
    calendarMethod: z.enum(['REQUEST', 'CANCEL']).nullable().describe('The calendar part: invitation or cancellation'),
    createdAt: z.string(),
  })
  .extend(deliverySchema.shape)
  .meta({ id: 'MeetingMail' });
export type MeetingMail = z.infer<typeof meetingMailSchema>;
