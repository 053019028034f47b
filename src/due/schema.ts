import { z } from 'zod';
import { actionSchema } from '../actions/schema.ts';
import { meetingSummarySchema } from '../meetings/schema.ts';
import { myReportingSchema } from '../reports/schema.ts';
import { roundSchema } from '../rounds/schema.ts';

/** Everything the start page shows, so it loads in one request. */
export const myDueSchema = z
  .object({
    reports: myReportingSchema.describe(
      "Open rounds where the user's organisation reports: deadline and how far its report has got",
    ),
    toApprove: z.array(meetingSummarySchema).describe('Minutes out for justering that the user has still to justera'),
    actions: z
      .array(actionSchema)
      .describe('Open uppdrag of the user or their organisation: overdue first, then by due date'),
    coordinator: z
      .object({
        rounds: z
          .array(roundSchema)
          .describe('Open rounds of the forums the user coordinates where some member has not yet reported'),
        inProgress: z
          .array(meetingSummarySchema)
          .describe('Minutes the user writes that are held, out for justering or justerade but not published'),
        upcoming: z.array(meetingSummarySchema).describe('The next planned meeting of each forum'),
      })
      .nullable()
      .describe('Null unless the user coordinates a forum or writes minutes'),
  })
  .meta({ id: 'MyDue' });
export type MyDue = z.infer<typeof myDueSchema>;
