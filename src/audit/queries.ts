import { sql, type RawBuilder } from 'kysely';
import type { DbOrTrx } from '../platform/db.ts';
import type { AuditFilter } from './schema.ts';

export interface AuditInsert {
  actorUserId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  entityLabel: string | null;
  forumId: string | null;
  before: unknown;
  after: unknown;
}

// Serialised explicitly: node-pg would turn a top-level array into a PostgreSQL array.
const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** A value as a jsonb parameter of a statement. */
export const jsonValue = (value: unknown) => sql<unknown>`${json(value)}::jsonb`;

export function insertAuditEntry(db: DbOrTrx, entry: AuditInsert) {
  return db
    .insertInto('auditLog')
    .values({
      ...entry,
      before: json(entry.before),
      after: json(entry.after),
    })
    .execute();
}

function filteredEntries(db: DbOrTrx, filter: AuditFilter) {
  let query = db.selectFrom('auditLog');
  if (filter.entityType) query = query.where('entityType', '=', filter.entityType);
  if (filter.entityId) query = query.where('entityId', '=', filter.entityId);
  if (filter.actorUserId) query = query.where('actorUserId', '=', filter.actorUserId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.from) query = query.where('at', '>=', sql<Date>`${filter.from}::date`);
  if (filter.to) query = query.where('at', '<', sql<Date>`${filter.to}::date + 1`);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) => eb.or([eb('actorName', 'ilike', pattern), eb('entityLabel', 'ilike', pattern)]));
  }
  return query;
}

export async function listAuditEntries(db: DbOrTrx, filter: AuditFilter & { limit: number; offset: number }) {
  const query = filteredEntries(db, filter);
  const [items, total] = await Promise.all([
    query
      .select([
        'id',
        'at',
        'actorUserId',
        'actorName',
        'action',
        'entityType',
        'entityId',
        'entityLabel',
        'forumId',
        'before',
        'after',
      ])
      .orderBy('at', 'desc')
      .orderBy('id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select(sql<number>`count(*)`.as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.count) };
}

export function findLatestEntry(db: DbOrTrx, entityId: string, action: string) {
  return db
    .selectFrom('auditLog')
    .select(['actorName', 'at', 'after'])
    .where('entityId', '=', entityId)
    .where('action', '=', action)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The names of the things audit entries mention, by id: whatever kind each id is. A report is
 * named by its organisation (the entry's own label names the round too).
 */
export async function findNames(db: DbOrTrx, ids: string[], indicatorName: 'nameSv' | 'nameEn') {
  if (ids.length === 0) return [];
  return db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('id', 'in', ids)
    .unionAll(db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids))
    .unionAll(db.selectFrom('forums').select(['id', 'name']).where('id', 'in', ids))
    .unionAll(
      db
        .selectFrom('indicators')
        .select(['id', `${indicatorName} as name`])
        .where('id', 'in', ids),
    )
    .unionAll(db.selectFrom('rounds').select(['id', 'title as name']).where('id', 'in', ids))
    .unionAll(db.selectFrom('meetings').select(['id', 'title as name']).where('id', 'in', ids))
    .unionAll(db.selectFrom('agendaItems').select(['id', 'title as name']).where('id', 'in', ids))
    .unionAll(db.selectFrom('actions').select(['id', 'task as name']).where('id', 'in', ids))
    .unionAll(
      db
        .selectFrom('reports')
        .innerJoin('organizations', 'organizations.id', 'reports.organizationId')
        .select(['reports.id', 'organizations.name'])
        .where('reports.id', 'in', ids),
    )
    .execute();
}

/**
 * An entry that is part of the statement writing what it describes: the entity and its states are
 * SQL over that statement's own WITH items, and select nothing when the write did not happen.
 */
export interface AuditInsertInStatement extends Omit<AuditInsert, 'entityId' | 'before' | 'after'> {
  entityId: RawBuilder<string | null>;
  before: RawBuilder<unknown>;
  after: RawBuilder<unknown>;
}

/**
 * WITH items (`audit_entity`, `audit_inserted`) that record the entry inside the writer's own
 * statement, so the entry and the write commit or fail together without a transaction of several
 * statements. Nothing is recorded when `entityId` is null (the write did not happen).
 */
export function insertEntryWith(entry: AuditInsertInStatement): RawBuilder<unknown> {
  return sql`audit_entity as (
      select (${entry.entityId})::text as id
    ), audit_inserted as (
      insert into audit_log (actor_user_id, actor_name, action, entity_type, entity_id, entity_label, forum_id, before, after)
      select ${entry.actorUserId}::uuid, ${entry.actorName}, ${entry.action}, ${entry.entityType}, audit_entity.id,
        ${entry.entityLabel}, ${entry.forumId}::uuid, (${entry.before})::jsonb, (${entry.after})::jsonb
      from audit_entity where audit_entity.id is not null
    )`;
}

/**
 * WITH items (`audit_entity`, `audit_latest`, `audit_extended`, `audit_inserted`) inside the
 * writer's own statement: they move the entity's latest entry forward (new `after`, new time,
 * `before` kept) when it is the same change by the same person less than `idleMs` ago, and insert
 * a new entry otherwise. The statement sees the log as it was when it began, so an entry another
 * statement committed meanwhile is invisible to it: the writer says in `mayExtend` whether it saw
 * no such change (it can compare its row before and after the write).
 */
export function extendOrInsertEntryWith(
  entry: AuditInsertInStatement,
  options: { idleMs: number; mayExtend: RawBuilder<boolean> },
): RawBuilder<unknown> {
  return sql`audit_entity as (
      select (${entry.entityId})::text as id
    ), audit_latest as (
      select id, action, actor_user_id, at from audit_log
      where entity_type = ${entry.entityType} and entity_id = (select id from audit_entity)
      order by at desc limit 1
    ), audit_extended as (
      update audit_log set after = (${entry.after})::jsonb, at = clock_timestamp(), actor_name = ${entry.actorName}
      where id = (
        select id from audit_latest
        where action = ${entry.action} and actor_user_id = ${entry.actorUserId}::uuid
          and at > clock_timestamp() - ${options.idleMs} * interval '1 millisecond'
      ) and ${options.mayExtend}
      returning id
    ), audit_inserted as (
      insert into audit_log (actor_user_id, actor_name, action, entity_type, entity_id, entity_label, forum_id, before, after)
      select ${entry.actorUserId}::uuid, ${entry.actorName}, ${entry.action}, ${entry.entityType}, audit_entity.id,
        ${entry.entityLabel}, ${entry.forumId}::uuid, (${entry.before})::jsonb, (${entry.after})::jsonb
      from audit_entity where audit_entity.id is not null and not exists (select 1 from audit_extended)
    )`;
}
