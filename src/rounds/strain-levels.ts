/**
 * From normalläge to kritiskt: the order every table and chart shows them in. Without zod, so the
 * report form and the start page can use it without loading zod.
 */
export const strainLevels = ['normal', 'strained', 'very_strained', 'critical'] as const;
export type StrainLevel = (typeof strainLevels)[number];
