import { z } from 'zod';
import { isoDate, queryInt } from '../platform/schema-helpers.ts';

const localDate = isoDate.describe('YYYY-MM-DD');

export const searchKinds = ['report', 'summary', 'agendaItem', 'decision', 'action', 'importedMinutes'] as const;
export const searchKindSchema = z
  .enum(searchKinds)
  .describe(
    'report: a submitted lägesrapport (nuläge, utmaningar, medskick); summary: a round’s summering; agendaItem, decision, action: an item (title and notes), a decision or an uppdrag of a meeting held here; importedMinutes: any of those from imported old minutes',
  )
  .meta({ id: 'SearchKind' });
export type SearchKind = z.infer<typeof searchKindSchema>;

export const searchPartSchema = z
  .enum(['report', 'summary', 'agendaItem', 'decision', 'action'])
  .describe('What the hit is, also within imported minutes')
  .meta({ id: 'SearchPart' });

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_PAGE_MAX = 50;

export const searchQuerySchema = z
  .object({
    q: z
      .string()
      .trim()
      .min(1, { message: 'validation.search_empty' })
      .max(SEARCH_QUERY_MAX, { message: 'validation.search_length' })
      .describe(
        'Words to find, with Swedish stemming ("smittspårning" finds "smittspårningen"). "Quoted words" find a phrase, OR either word, -word excludes it',
      ),
    forumId: z.uuid().optional().describe('Only this forum'),
    organizationId: z
      .uuid()
      .optional()
      .describe('Only records of this organisation: its reports and the uppdrag it owns'),
    kind: searchKindSchema.optional(),
    from: localDate.optional().describe('On or after this day (the round’s first day, or the meeting day)'),
    to: localDate.optional().describe('On or before this day'),
    limit: queryInt.min(1).max(SEARCH_PAGE_MAX).default(20),
    offset: queryInt.min(0).max(10_000).default(0),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'validation.period_order' });
export type SearchQuery = z.infer<typeof searchQuerySchema>;

const highlightedSchema = z
  .array(z.object({ text: z.string(), match: z.boolean().describe('A word the search matched') }))
  .describe('The text in pieces, matched words apart, so a client highlights them without parsing markup')
  .meta({ id: 'HighlightedText' });
export type Highlighted = z.infer<typeof highlightedSchema>;

export const searchHitSchema = z
  .object({
    kind: searchKindSchema,
    part: searchPartSchema,
    id: z.uuid().describe('The report, round, agenda item, decision or uppdrag'),
    title: highlightedSchema.describe(
      'The organisation (report), the round (summary), the item (agenda item, decision) or the owner (uppdrag)',
    ),
    snippet: highlightedSchema.describe('Where the words were found, shortened around them'),
    date: localDate.describe('The round’s first day, or the meeting day'),
    forumId: z.uuid(),
    forumName: z.string(),
    organizationId: z.uuid().nullable(),
    organizationName: z.string().nullable(),
    roundId: z.uuid().nullable(),
    roundTitle: z.string().nullable(),
    meetingId: z.uuid().nullable(),
    meetingTitle: z.string().nullable(),
    agendaItemId: z.uuid().nullable(),
    itemNumber: z.string().nullable().describe('The item’s number as the minutes give it (§ 3, 4.2)'),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchPageSchema = z
  .object({
    total: z
      .number()
      .int()
      .describe('Every hit the caller may read, counted up to 1,000 (isTotalCapped says there are more)'),
    isTotalCapped: z
      .boolean()
      .describe(
        'More than `total` hits: only the newest 1,000 of each kind are ranked; narrow the search to reach the others',
      ),
    items: z
      .array(searchHitSchema)
      .describe('Most relevant first, then the newest (of a common word: among its newest 1,000 hits of each kind)'),
  })
  .meta({ id: 'SearchPage' });
export type SearchPage = z.infer<typeof searchPageSchema>;
