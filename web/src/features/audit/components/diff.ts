export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

// Bookkeeping, and ids whose names are logged beside them (parentId next to parentName).
const IGNORED_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'parentId', 'organizationId', 'ownerOrganizationId']);

/** The top-level fields that differ between before and after, in the order they first appear. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const previous = asRecord(before);
  const next = asRecord(after);
  const fields = [...new Set([...Object.keys(previous), ...Object.keys(next)])];
  return fields
    .filter((field) => !IGNORED_FIELDS.has(field))
    .filter((field) => JSON.stringify(previous[field]) !== JSON.stringify(next[field]))
    .map((field) => ({ field, before: previous[field], after: next[field] }));
}

/** Lists in the log hold names ("Falu kommun") or named objects (a member, a forum role). */
function itemName(item: unknown): string | undefined {
  if (typeof item === 'string') return item;
  const record = asRecord(item);
  const name = record.name ?? record.forumName;
  return typeof name === 'string' ? name : undefined;
}

/** A short readable form of a JSON value for the diff table; undefined when there is none. */
export function displayValue(value: unknown, words: { yes: string; no: string }): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.map((item) => itemName(item) ?? JSON.stringify(item)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value, null, 1).replace(/\s*\n\s*/g, ' ');
  return String(value);
}
