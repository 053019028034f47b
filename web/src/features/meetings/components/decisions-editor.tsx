import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface DecisionsEditorProps {
  heading: string;
  itemNumber: string;
  decisions: string[];
  onChange: (decisions: string[]) => void;
  error?: string;
}

/** The "att …" clauses under "<Forum> beslutade": one field per clause, added and removed one by one. */
export function DecisionsEditor({ heading, itemNumber, decisions, onChange, error }: DecisionsEditorProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusIndex, setFocusIndex] = useState<number>();

  useEffect(() => {
    if (focusIndex === undefined) return;
    const fields = listRef.current?.querySelectorAll<HTMLTextAreaElement>('textarea');
    const field = fields?.[Math.min(focusIndex, (fields?.length ?? 1) - 1)];
    if (field) {
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
    } else addRef.current?.focus();
  }, [focusIndex]);

  const set = (index: number, text: string) =>
    onChange(decisions.map((existing, i) => (i === index ? text : existing)));
  const remove = (index: number) => {
    onChange(decisions.filter((_, i) => i !== index));
    setFocusIndex(decisions.length > 1 ? Math.max(0, index - 1) : -1);
  };
  const add = () => {
    onChange([...decisions, 'att ']);
    setFocusIndex(decisions.length);
  };

  return (
    <fieldset className="plain-fieldset decisions-fieldset" aria-labelledby={legendId}>
      <legend className="field-legend" id={legendId}>
        {heading}
      </legend>
      <Stack gap="xs" ref={listRef}>
        {decisions.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('meetings.item.noDecisions')}
          </Text>
        )}
        {decisions.map((decision, index) => (
          <Group key={index} align="flex-end" gap="sm" wrap="nowrap">
            <Textarea
              label={t('meetings.item.decisions.clause', { number: index + 1 })}
              description={index === 0 ? t('meetings.item.decisions.clauseDescription') : undefined}
              autosize
              minRows={1}
              value={decision}
              onChange={(event) => set(index, event.currentTarget.value)}
              style={{ flex: 1 }}
              data-item={itemNumber}
            />
            <Button
              size="xs"
              variant="default"
              onClick={() => remove(index)}
              aria-label={t('meetings.item.decisions.remove', { number: index + 1 })}
            >
              {t('common.remove')}
            </Button>
          </Group>
        ))}
        {error && (
          <Text c="red.9" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group>
          <Button ref={addRef} size="xs" variant="default" onClick={add}>
            {t('meetings.item.decisions.add')}
          </Button>
        </Group>
      </Stack>
    </fieldset>
  );
}

/** Clauses worth saving: written beyond a bare "att". */
export function decisionsToSave(decisions: string[]): string[] {
  return decisions
    .map((decision) => decision.trim())
    .filter((decision) => decision.length > 0 && !/^att\s*…?$/i.test(decision));
}
