import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsFromIssues, fieldErrorsFromProblem, fieldName } from './form-errors.ts';

describe('fieldName', () => {
  it('strips the request part and keeps the top-level field', () => {
    expect(fieldName('body.name')).toBe('name');
    expect(fieldName('body.forumRoles.0.role')).toBe('forumRoles');
    expect(fieldName('email')).toBe('email');
  });
});

describe('fieldErrorsFromProblem', () => {
  it('keeps the first message for each field', () => {
    const errors = fieldErrorsFromProblem({
      type: 'urn:samverkan:problem:validation.invalid',
      title: 'Ogiltig begäran',
      status: 400,
      detail: 'Ogiltiga uppgifter.',
      instance: '/api/organizations',
      code: 'validation.invalid',
      errors: [
        { path: 'body.name', message: 'För kort' },
        { path: 'body.name', message: 'Annat' },
        { path: 'body.municipalityCode', message: 'Fyra siffror' },
      ],
    });
    expect(errors).toEqual({ name: 'För kort', municipalityCode: 'Fyra siffror' });
  });

  it('gives no field errors when the problem has none', () => {
    expect(
      fieldErrorsFromProblem({ type: '', title: '', status: 401, detail: 'Fel', instance: '', code: 'auth.invalid' }),
    ).toEqual({});
  });
});

describe('fieldErrorsFromIssues', () => {
  it('maps each failing field to its localised first issue', () => {
    const result = z.object({ name: z.string().min(2), age: z.number() }).safeParse({ name: '', age: 'x' });
    expect(result.success).toBe(false);
    const errors = fieldErrorsFromIssues(result.error!.issues, (issue) => `fel: ${issue.code}`);
    expect(errors).toEqual({ name: 'fel: too_small', age: 'fel: invalid_type' });
  });
});
