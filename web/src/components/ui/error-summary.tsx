import { Stack, Text, Title } from '@mantine/core';
import { useId, useLayoutEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/form-errors.ts';

interface ErrorSummaryProps {
  /** The form whose fields the errors belong to; a field is found by its name or data-field. */
  formRef: RefObject<HTMLElement | null>;
  errors: FieldErrors;
  /** A problem with the form as a whole, listed first and not linked. */
  formError?: string;
}

interface Problem {
  field: string;
  /** Empty when the field is not on the form: the message is then shown without a link. */
  label: string;
  message: string;
  element: HTMLElement | null;
}

/** Whether the element's description (aria-describedby) includes the message, as Mantine's inputs show their error. */
function isDescribedBy(element: Element, message: string): boolean {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.some((id) => document.getElementById(id)?.textContent?.trim() === message.trim());
}

/**
 * The field of the form that shows the error: an input by name, a group (data-field) and its first
 * input, or else the invalid input described by the message itself.
 */
function findField(
  form: HTMLElement | null,
  field: string,
  message: string,
  taken: Set<HTMLElement>,
): HTMLElement | null {
  if (!form) return null;
  const escaped = CSS.escape(field);
  const byName = form.querySelector<HTMLElement>(`[name="${escaped}"]:not([type="hidden"])`);
  if (byName) return byName;
  const group = form.querySelector<HTMLElement>(`[data-field="${escaped}"]`);
  if (group) return group.querySelector<HTMLElement>('input, textarea, select, button') ?? group;
  const invalid = [...form.querySelectorAll<HTMLElement>('[aria-invalid="true"]')];
  return invalid.find((element) => !taken.has(element) && isDescribedBy(element, message)) ?? null;
}

/** What the user sees as the field's name: data-error-label, the legend of its group, or its label. */
function labelOf(element: HTMLElement): string {
  const explicit = element.closest('[data-error-label]')?.getAttribute('data-error-label');
  if (explicit) return explicit;
  const group = element.closest('[data-field]')?.querySelector('legend')?.textContent;
  const label = (element as HTMLInputElement).labels?.[0]?.textContent;
  const legend = element.closest('fieldset')?.querySelector('legend')?.textContent;
  return (group || label || legend || element.getAttribute('aria-label') || '').replace(/\s*\*\s*$/, '').trim();
}

/**
 * The problems of a form, at its top, each a link that moves focus to the field (the GOV.UK and
 * Designsystemet error summary). data-form-error makes a failed submit move focus here.
 */
export function ErrorSummary({ formRef, errors, formError }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [problems, setProblems] = useState<Problem[]>([]);

  // The labels are read from the rendered fields, so every form gets its summary without a list of
  // its own; like a measurement, that needs the DOM, hence state set from a layout effect.
  useLayoutEffect(() => {
    const form = formRef.current;
    const found: Problem[] = [];
    const taken = new Set<HTMLElement>();
    for (const [field, message] of Object.entries(errors)) {
      if (!message) continue;
      const element = findField(form, field, message, taken);
      if (element) taken.add(element);
      found.push({ field, label: element ? labelOf(element) : '', message, element });
    }
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read from the DOM, see above
    setProblems(found);
  }, [errors, formRef]);

  // Rendered from the first commit with errors, so a failed submit can move focus here at once.
  if (!formError && !Object.values(errors).some(Boolean)) return null;

  const focusField = (element: HTMLElement) => {
    element.focus();
    element.scrollIntoView({ block: 'center' });
  };

  return (
    <div className="error-summary" role="alert" tabIndex={-1} data-form-error aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={titleId}>
          {t('forms.errorSummary.title')}
        </Title>
        {formError && <Text size="sm">{formError}</Text>}
        {problems.length > 0 && (
          <ul className="error-summary-list">
            {problems.map(({ field, label, message, element }) => (
              <li key={field}>
                {element ? (
                  <a
                    href={element.id ? `#${element.id}` : `#${field}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(element);
                    }}
                  >
                    {label ? t('forms.errorSummary.item', { label, message }) : message}
                  </a>
                ) : (
                  message
                )}
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </div>
  );
}
