import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { en as zodEn, sv as zodSv } from 'zod/locales';
import { PERSONAL_NUMBER_ISSUE } from '@server/platform/schema-helpers.ts';
import { ApiError } from './api-client.ts';
import { fieldErrorsFromIssues, fieldErrorsFromProblem, type FieldErrors } from './form-errors.ts';
import { currentLocale, isTranslationKey } from './i18n.ts';

const zodLocales = { sv: zodSv().localeError, en: zodEn().localeError };

function hasPersonalNumberReason(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && issue.params?.reason === PERSONAL_NUMBER_ISSUE;
}

/**
 * Client- and server-side errors of one form: validates with the server's own zod schema, shows
 * problem+json answers, and moves focus to the first invalid field (or the form's error) after a
 * failed submit so keyboard and screen-reader users land on what needs fixing.
 */
export function useFormErrors() {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [failedAttempts, setFailedAttempts] = useState(0);

  useEffect(() => {
    if (failedAttempts === 0) return;
    // The error summary first (it lists and links every problem), else the first invalid field.
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[data-form-error]') ??
      form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, [failedAttempts]);

  const localizeIssue = useCallback(
    (issue: z.core.$ZodIssue): string => {
      if (hasPersonalNumberReason(issue)) return t('validation.personal_identity_number');
      if (isTranslationKey(issue.message)) return t(issue.message);
      // An empty required field fails as too short or as a malformed id; either way it is missing.
      if (issue.input === '') return t('validation.required');
      return issue.message;
    },
    [t],
  );

  const validate = useCallback(
    <S extends z.ZodType>(schema: S, values: unknown): z.output<S> | undefined => {
      const result = schema.safeParse(values, { error: zodLocales[currentLocale()], reportInput: true });
      if (result.success) {
        setFieldErrors({});
        setFormError(undefined);
        return result.data;
      }
      setFieldErrors(fieldErrorsFromIssues(result.error.issues, localizeIssue));
      setFormError(undefined);
      setFailedAttempts((n) => n + 1);
      return undefined;
    },
    [localizeIssue],
  );

  const showError = useCallback(
    (error: unknown) => {
      const apiError = error instanceof ApiError ? error : undefined;
      const errors = apiError ? fieldErrorsFromProblem(apiError.problem) : {};
      setFieldErrors(errors);
      // The error summary lists the fields' messages; the problem's detail would repeat them.
      setFormError(Object.keys(errors).length > 0 ? undefined : (apiError?.problem.detail ?? t('errors.unexpected')));
      setFailedAttempts((n) => n + 1);
    },
    [t],
  );

  /** Field errors the form found itself (e.g. a number it cannot read), shown like the schema's. */
  const fail = useCallback((errors: FieldErrors) => {
    setFieldErrors(errors);
    setFormError(undefined);
    setFailedAttempts((n) => n + 1);
  }, []);

  const clear = useCallback(() => {
    setFieldErrors({});
    setFormError(undefined);
  }, []);

  return { formRef, fieldErrors, formError, validate, showError, fail, clear };
}
