import type { DbOrTrx } from '../platform/db.ts';

const columns = [
  'id',
  'forumId',
  'key',
  'nameSv',
  'nameEn',
  'unit',
  'kind',
  'minValue',
  'maxValue',
  'organizationKinds',
  'higherIs',
  'position',
  'isActive',
] as const;

export type IndicatorRow = Awaited<ReturnType<typeof findIndicator>> & {};

export function listIndicators(db: DbOrTrx, forumId: string, options: { includeInactive?: boolean } = {}) {
  let query = db.selectFrom('indicators').select(columns).where('forumId', '=', forumId);
  if (!options.includeInactive) query = query.where('isActive', '=', true);
  return query.orderBy('position').orderBy('key').execute();
}

export function findIndicator(db: DbOrTrx, id: string) {
  return db.selectFrom('indicators').select(columns).where('id', '=', id).executeTakeFirst();
}

export function findIndicatorByKey(db: DbOrTrx, forumId: string, key: string) {
  return db
    .selectFrom('indicators')
    .select('id')
    .where('forumId', '=', forumId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function nextPosition(db: DbOrTrx, forumId: string): Promise<number> {
  const row = await db
    .selectFrom('indicators')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('forumId', '=', forumId)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function insertIndicator(
  db: DbOrTrx,
  values: {
    forumId: string;
    key: string;
    nameSv: string;
    nameEn: string;
    unit: string;
    kind: string;
    minValue: number | null;
    maxValue: number | null;
    organizationKinds: string[];
    higherIs: string;
    position: number;
  },
) {
  return (await db.insertInto('indicators').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export function updateIndicator(db: DbOrTrx, id: string, values: Record<string, unknown>) {
  return db
    .updateTable('indicators')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}
