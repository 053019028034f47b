import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { DataTable, type Column } from './data-table.tsx';
import type { Option } from './options.ts';

export interface SelectionListLabels {
  title: string;
  description?: string;
  caption: string;
  position?: string;
  name: string;
  actions: string;
  empty: string;
  removeText: string;
  remove: (name: string) => string;
  moveUp?: (name: string) => string;
  moveDown?: (name: string) => string;
  add: string;
  addPlaceholder: string;
  addSubmit: string;
}

interface SelectionListEditorProps {
  /** The chosen entries; ordered when move labels are given. */
  selected: Option[];
  available: Option[];
  onChange: (ids: string[]) => void;
  labels: SelectionListLabels;
  error?: string;
}

type Move = { id: string; direction: 'up' | 'down' };

interface MoveButtonProps {
  rowId: string;
  direction: Move['direction'];
  label: string;
  disabled: boolean;
  onClick: () => void;
}

function MoveButton({ rowId, direction, label, disabled, onClick }: MoveButtonProps) {
  return (
    <Button
      size="xs"
      variant="default"
      data-row={rowId}
      data-move={direction}
      disabled={disabled}
      onClick={onClick}
      aria-label={label}
    >
      <span aria-hidden>{direction === 'up' ? '↑' : '↓'}</span>
    </Button>
  );
}

/**
 * A list of chosen entries (forum members, coordinators) with add, remove and, optionally, move
 * up/down. Focus follows a moved row and returns to the picker after a removal, so keyboard users
 * keep their place.
 */
export function SelectionListEditor({ selected, available, onChange, labels, error }: SelectionListEditorProps) {
  const headingId = useId();
  const pickerRef = useRef<HTMLSelectElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const [candidate, setCandidate] = useState('');
  const [lastMove, setLastMove] = useState<Move>();
  const ids = selected.map((entry) => entry.value);
  const isOrdered = Boolean(labels.moveUp && labels.moveDown);
  const choices = available.filter((option) => !ids.includes(option.value));

  useEffect(() => {
    if (!lastMove) return;
    const buttons = tableRef.current?.querySelectorAll<HTMLButtonElement>(`[data-row="${lastMove.id}"]`);
    const preferred = [...(buttons ?? [])].find(
      (button) => button.dataset.move === lastMove.direction && !button.disabled,
    );
    (preferred ?? [...(buttons ?? [])].find((button) => button.dataset.move && !button.disabled))?.focus();
  }, [lastMove]);

  const move = (id: string, direction: Move['direction']) => {
    const from = ids.indexOf(id);
    const to = direction === 'up' ? from - 1 : from + 1;
    const next = [...ids];
    [next[from], next[to]] = [next[to]!, next[from]!];
    onChange(next);
    setLastMove({ id, direction });
  };

  const remove = (id: string) => {
    onChange(ids.filter((existing) => existing !== id));
    pickerRef.current?.focus();
  };

  const add = () => {
    if (!candidate) return;
    onChange([...ids, candidate]);
    setCandidate('');
  };

  const columns: Column<Option>[] = [
    ...(isOrdered && labels.position
      ? [{ key: 'position', header: labels.position, render: (entry: Option) => ids.indexOf(entry.value) + 1 }]
      : []),
    { key: 'name', header: labels.name, render: (entry) => entry.label, isRowHeader: true },
    {
      key: 'actions',
      header: labels.actions,
      render: (entry) => {
        const index = ids.indexOf(entry.value);
        return (
          <Group gap="xs" wrap="nowrap">
            {labels.moveUp && (
              <MoveButton
                rowId={entry.value}
                direction="up"
                label={labels.moveUp(entry.label)}
                disabled={index === 0}
                onClick={() => move(entry.value, 'up')}
              />
            )}
            {labels.moveDown && (
              <MoveButton
                rowId={entry.value}
                direction="down"
                label={labels.moveDown(entry.label)}
                disabled={index === ids.length - 1}
                onClick={() => move(entry.value, 'down')}
              />
            )}
            <Button
              size="xs"
              variant="default"
              onClick={() => remove(entry.value)}
              aria-label={labels.remove(entry.label)}
            >
              {labels.removeText}
            </Button>
          </Group>
        );
      },
    },
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {labels.title}
      </Title>
      {labels.description && <Text c="dimmed">{labels.description}</Text>}
      <div ref={tableRef}>
        <DataTable
          caption={labels.caption}
          columns={columns}
          rows={selected}
          rowKey={(entry) => entry.value}
          emptyText={labels.empty}
        />
      </div>
      {error && (
        <Text c="red.8" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Group align="flex-end" gap="sm">
        <NativeSelect
          ref={pickerRef}
          label={labels.add}
          data={[{ value: '', label: labels.addPlaceholder }, ...choices]}
          value={candidate}
          onChange={(event) => setCandidate(event.currentTarget.value)}
          w={320}
        />
        <Button variant="default" onClick={add} disabled={!candidate}>
          {labels.addSubmit}
        </Button>
      </Group>
    </Stack>
  );
}
