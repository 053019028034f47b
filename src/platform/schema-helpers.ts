import { z } from 'zod';
import { findPersonalIdentityNumber } from './personal-number.ts';

/** The zod issue param that marks a personnummer; the HTTP layer answers it with 422. */
export const PERSONAL_NUMBER_ISSUE = 'personal_identity_number';

/**
 * Every free-text field goes through this, so a personnummer can never be stored anywhere.
 * Browser-safe: the web app reuses the same schemas for its forms.
 */
export function freeText(options: { min?: number; max?: number } = {}) {
  const { min = 0, max = 20_000 } = options;
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .superRefine((value, ctx) => {
      if (findPersonalIdentityNumber(value)) {
        ctx.addIssue({
          code: 'custom',
          message: 'Contains a Swedish personal identity number',
          params: { reason: PERSONAL_NUMBER_ISSUE },
        });
      }
    });
}

export const uuid = z.uuid();
export const idParams = z.object({ id: z.uuid().describe('Identifier') });
export const isoTimestamp = z.iso.datetime({ offset: true });
