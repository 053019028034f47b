import type { Option } from '../components/ui/options.ts';

/** Select options from named entities, sorted by name in Swedish order (å, ä, ö last). */
export function toOptions(entities: readonly { id: string; name: string }[]): Option[] {
  return entities
    .map((entity) => ({ value: entity.id, label: entity.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}
