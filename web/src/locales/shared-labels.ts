import type { Labels, Locale } from '@server/platform/labels.ts';

/**
 * One language's words from a shared label table (src/platform/labels.ts) as locale entries under
 * a key prefix, so the web app says what the documents, mail and audit log say.
 */
export function labelEntries<const Prefix extends string, Table extends Record<string, Labels>>(
  prefix: Prefix,
  table: Table,
  locale: Locale,
): { readonly [Key in keyof Table & string as `${Prefix}${Key}`]: string } {
  return Object.fromEntries(Object.entries(table).map(([key, labels]) => [`${prefix}${key}`, labels[locale]])) as {
    readonly [Key in keyof Table & string as `${Prefix}${Key}`]: string;
  };
}
