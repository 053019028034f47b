import type { Option } from '../components/ui/options.ts';

/** Select options from named entities, sorted by name in Swedish order (å, ä, ö last). */
/** People as options named with their organisation, so two with the same name can be told apart. */
export function toPeopleOptions(people: readonly { id: string; name: string; organizationName: string }[]): Option[] {
  return toOptions(people.map((person) => ({ id: person.id, name: `${person.name} (${person.organizationName})` })));
}

export function toOptions(entities: readonly { id: string; name: string }[]): Option[] {
  return entities
    .map((entity) => ({ value: entity.id, label: entity.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}
