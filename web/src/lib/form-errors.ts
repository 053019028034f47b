import type { z } from 'zod';
import type { Problem } from './api-client.ts';

export type FieldErrors = Partial<Record<string, string>>;

/** 'body.name' → 'name', 'body.forumRoles.0.role' → 'forumRoles': the form field that shows it. */
export function fieldName(path: string): string {
  const [first = '', second = ''] = path.split('.');
  return first === 'body' ? second : first;
}

export function fieldErrorsFromProblem(problem: Problem): FieldErrors {
  const errors: FieldErrors = {};
  for (const entry of problem.errors ?? []) {
    const field = fieldName(entry.path);
    if (field) errors[field] ??= entry.message;
  }
  return errors;
}

export function fieldErrorsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  localize: (issue: z.core.$ZodIssue) => string,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= localize(issue);
  }
  return errors;
}
