// An audit entry as a person reads it: the action and entity in words, names instead of ids, and
// each changed field as "Läge: Ansträngt → Kritiskt". The list and the CSV export both use this.
import {
  actionStatusLabels,
  attendanceStatusLabels,
  chairRoleLabels,
  documentTypeLabels,
  higherIsLabels,
  indicatorKindLabels,
  itemKindLabels,
  labelOf,
  languageLabels,
  mailStatusLabels,
  meetingStatusLabels,
  organizationKindLabels,
  roleLabels,
  roundStatusLabels,
  strainLevelLabels,
  weekdayLabels,
  yesNoLabels,
  type Labels,
  type Locale,
} from '../platform/labels.ts';
import { instantToStockholm } from '../platform/time.ts';
import {
  auditActionLabels,
  auditEntityTypeLabels,
  auditFieldLabels,
  correctionActions,
  type AuditAction,
} from './labels.ts';

export interface AuditRow {
  action: string;
  entityType: string;
  entityId: string;
  entityLabel: string | null;
  forumId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface AuditDescription {
  actionLabel: string;
  entityTypeLabel: string;
  entityName: string;
  forumName: string | null;
  onBehalfOf: string | null;
  isCorrection: boolean;
  changes: AuditChange[];
}

/** Names by id: organisations, users, forums, indicators, rounds, meetings, agenda items, uppdrag. */
export type Names = ReadonlyMap<string, string>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

// Bookkeeping, checksums, and ids whose names the snapshot logs beside them (ownerOrganizationName).
const HIDDEN_FIELDS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'permissions',
  'revision',
  'counts',
  'hash',
  'sha256',
  'sourceHash',
  'attachmentId',
  'forumId',
  'forumName',
  'parentId',
  'organizationId',
  'ownerOrganizationId',
  'ownerUserId',
  'ownerOrganizationName',
  'meetingTitle',
  'lastUpdate',
  'isOverdue',
  'summaryUpdatedAt',
  'summaryUpdatedByName',
  'chairUserId',
  'secretaryUserId',
]);

/** Snapshots that are a bare list rather than an object, by the action that logs them. */
const LIST_FIELDS: Partial<Record<AuditAction, string>> = {
  reorder_items: 'order',
  update_attendance: 'attendees',
};

const fieldLabelTable: Record<string, Labels> = {
  ...auditFieldLabels,
  order: auditFieldLabels.order,
  role: { sv: 'Roll', en: 'Role' },
  capacity: { sv: 'Kapacitet', en: 'Capacity' },
  value: { sv: 'Värde', en: 'Value' },
  userId: { sv: 'Användare', en: 'User' },
  substituteFor: { sv: 'Ersätter', en: 'Substitutes for' },
  category: { sv: 'Deltar som', en: 'Attends as' },
};

const invitationChangeLabels = {
  new: { sv: 'Ny kallelse', en: 'New invitation' },
  update: { sv: 'Uppdaterad kallelse', en: 'Updated invitation' },
} as const satisfies Record<string, Labels>;

const words = {
  removed: { sv: '(borttagen)', en: '(removed)' },
  ofCapacity: { sv: 'av', en: 'of' },
  onBehalf: { sv: 'för', en: 'for' },
} as const satisfies Record<string, Labels>;

function valueTable(entityType: string, field: string): Record<string, Labels> | undefined {
  switch (field) {
    case 'strainLevel':
      return strainLevelLabels;
    case 'change':
      return invitationChangeLabels;
    case 'documentType':
      return documentTypeLabels;
    case 'chairRole':
      return chairRoleLabels;
    case 'higherIs':
      return higherIsLabels;
    case 'locale':
      return languageLabels;
    case 'role':
      return roleLabels;
    case 'weekday':
      return weekdayLabels;
    case 'organizationKinds':
      return organizationKindLabels;
    case 'status':
      if (entityType === 'action') return actionStatusLabels;
      if (entityType === 'meeting') return meetingStatusLabels;
      if (entityType === 'round') return roundStatusLabels;
      if (entityType === 'mail') return mailStatusLabels;
      return undefined;
    case 'kind':
      if (entityType === 'organization') return organizationKindLabels;
      if (entityType === 'indicator') return indicatorKindLabels;
      return itemKindLabels;
    default:
      return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

interface Context {
  entityType: string;
  names: Names;
  locale: Locale;
}

export function fieldLabel(field: string, locale: Locale): string {
  return Object.hasOwn(fieldLabelTable, field) ? fieldLabelTable[field]![locale] : field;
}

/** A logged value as words; null when there is nothing to show. */
export function displayValue(field: string, value: unknown, ctx: Context): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return yesNoLabels[`${value}`][ctx.locale];
  if (typeof value === 'number') {
    const table = valueTable(ctx.entityType, field);
    if (table) return labelOf(table, String(value), ctx.locale);
    return new Intl.NumberFormat(ctx.locale === 'sv' ? 'sv-SE' : 'en-GB').format(value);
  }
  if (typeof value === 'string') return displayText(field, value, ctx);
  if (Array.isArray(value)) {
    const items = value.map((item) => displayValue(field, item, ctx)).filter((item) => item !== null);
    return items.length > 0 ? items.join(', ') : null;
  }
  const record = asRecord(value)!;
  if (field === 'values') return displayFigures(record, ctx);
  return displayObject(field, record, ctx);
}

function displayText(field: string, value: string, ctx: Context): string {
  if (isUuid(value)) return ctx.names.get(value) ?? words.removed[ctx.locale];
  if (INSTANT.test(value)) {
    const { date, time } = instantToStockholm(new Date(value));
    return `${date} ${time}`;
  }
  const table = valueTable(ctx.entityType, field);
  return table ? labelOf(table, value, ctx.locale) : value;
}

/** A report's figures, keyed by indicator: "Lediga platser: 12; Beläggning: 45 av 50". */
function displayFigures(figures: Record<string, unknown>, ctx: Context): string | null {
  const parts = Object.entries(figures).flatMap(([indicatorId, stored]) => {
    const figure = asRecord(stored);
    const value = figure ? figure.value : stored;
    if (value === null || value === undefined) return [];
    const name = ctx.names.get(indicatorId) ?? words.removed[ctx.locale];
    const capacity = figure?.capacity;
    const number = displayValue('value', value, ctx);
    const text =
      capacity === null || capacity === undefined
        ? number
        : `${number} ${words.ofCapacity[ctx.locale]} ${displayValue('capacity', capacity, ctx)}`;
    return [`${name}: ${text}`];
  });
  return parts.length > 0 ? parts.join('; ') : null;
}

/**
 * A nested object by its name where it has one (a member, a person, an attendee, an agenda
 * template item), and otherwise as "Field: value" pairs.
 */
function displayObject(field: string, record: Record<string, unknown>, ctx: Context): string | null {
  const name = record.name ?? record.forumName ?? record.title;
  if (typeof name === 'string') {
    const qualifier =
      field === 'forumRoles' && typeof record.role === 'string'
        ? labelOf(roleLabels, record.role, ctx.locale)
        : field === 'attendees' && typeof record.status === 'string'
          ? labelOf(attendanceStatusLabels, record.status, ctx.locale)
          : null;
    return qualifier ? `${name} (${qualifier})` : name;
  }
  const parts = Object.entries(record)
    .filter(([field]) => !HIDDEN_FIELDS.has(field))
    .map(([field, value]) => [field, displayValue(field, value, ctx)] as const)
    .filter(([, text]) => text !== null)
    .map(([field, text]) => `${fieldLabel(field, ctx.locale)}: ${text}`);
  return parts.length > 0 ? parts.join('; ') : null;
}

function snapshotFields(action: string, snapshot: unknown): Record<string, unknown> {
  if (Array.isArray(snapshot)) return { [LIST_FIELDS[action as AuditAction] ?? 'value']: snapshot };
  return asRecord(snapshot) ?? {};
}

/** The fields that differ between before and after, in words, in the order they first appear. */
export function describeChanges(row: AuditRow, names: Names, locale: Locale): AuditChange[] {
  const ctx: Context = { entityType: row.entityType, names, locale };
  const before = snapshotFields(row.action, row.before);
  const after = snapshotFields(row.action, row.after);
  // An update may log only the fields it was sent: a field it left out did not change.
  const isPartial = row.before !== null && row.after !== null && !Array.isArray(row.after);
  const keys = isPartial ? Object.keys(after) : [...Object.keys(before), ...Object.keys(after)];
  const fields = [...new Set(keys)].filter((field) => !HIDDEN_FIELDS.has(field));
  return fields
    .map((field) => ({
      field,
      label: fieldLabel(field, locale),
      before: displayValue(field, before[field], ctx),
      after: displayValue(field, after[field], ctx),
    }))
    .filter((change) => change.before !== change.after);
}

function labelFrom(table: Record<string, Labels>, code: string, locale: Locale): string {
  return labelOf(table, code, locale);
}

export function describeEntry(row: AuditRow, names: Names, locale: Locale): AuditDescription {
  const after = asRecord(row.after);
  const isOnBehalf = row.entityType === 'report' && after?.onBehalf === true;
  return {
    actionLabel: labelFrom(auditActionLabels, row.action, locale),
    entityTypeLabel: labelFrom(auditEntityTypeLabels, row.entityType, locale),
    entityName: row.entityLabel ?? names.get(row.entityId) ?? words.removed[locale],
    forumName: row.forumId ? (names.get(row.forumId) ?? null) : null,
    // A report's name in the lookup is its organisation's.
    onBehalfOf: isOnBehalf ? (names.get(row.entityId) ?? words.removed[locale]) : null,
    isCorrection: (correctionActions as readonly string[]).includes(row.action),
    changes: describeChanges(row, names, locale),
  };
}

/** Every id an entry mentions, so their names can be looked up at once. */
export function mentionedIds(row: AuditRow & { actorUserId?: string | null }): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown) => {
    if (isUuid(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (asRecord(value)) {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        if (isUuid(key)) ids.add(key);
        visit(child);
      }
    }
  };
  visit([row.entityId, row.forumId, row.before, row.after]);
  return [...ids];
}
