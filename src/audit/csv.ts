import { stringify } from 'csv-stringify/sync';
import type { Labels, Locale } from '../platform/labels.ts';
import { instantToStockholm } from '../platform/time.ts';
import { auditMarkLabels, formatChange } from './labels.ts';
import type { AuditEntry } from './schema.ts';

const columns = {
  at: { sv: 'Tidpunkt', en: 'Time' },
  actor: { sv: 'Utförd av', en: 'Done by' },
  action: { sv: 'Händelse', en: 'Event' },
  entityType: { sv: 'Typ', en: 'Type' },
  entity: { sv: 'Gäller', en: 'Concerns' },
  forum: { sv: 'Forum', en: 'Forum' },
  marks: { sv: 'Markering', en: 'Note' },
  changes: { sv: 'Ändringar', en: 'Changes' },
} as const satisfies Record<string, Labels>;

/** The marks a person should notice: filed on someone's behalf, a correction. */
export function entryMarks(entry: Pick<AuditEntry, 'onBehalfOf' | 'isCorrection'>, locale: Locale): string[] {
  const marks: string[] = [];
  if (entry.onBehalfOf) marks.push(auditMarkLabels.onBehalf[locale].replace('{{organization}}', entry.onBehalfOf));
  if (entry.isCorrection) marks.push(auditMarkLabels.correction[locale]);
  return marks;
}

/**
 * The log as CSV for a spreadsheet: semicolon-separated with a byte order mark, which is what
 * Excel with Swedish settings opens as columns and åäö; one change per line within its cell.
 */
export function auditCsv(entries: AuditEntry[], locale: Locale): string {
  const header = Object.values(columns).map((column) => column[locale]);
  const rows = entries.map((entry) => {
    const { date, time } = instantToStockholm(new Date(entry.at));
    return [
      `${date} ${time}`,
      entry.actorName,
      entry.actionLabel,
      entry.entityTypeLabel,
      entry.entityName,
      entry.forumName ?? '',
      entryMarks(entry, locale).join('; '),
      entry.changes.map(formatChange).join('\n'),
    ];
  });
  return stringify([header, ...rows], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}
