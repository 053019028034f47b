import { recordAudit, updateAction } from '../audit/service.ts';
import type { Actor } from '../auth/service.ts';
import { getVisibleForum } from '../forums/service.ts';
import type { OrganizationKind } from '../organizations/schema.ts';
import type { Db, DbOrTrx } from '../platform/db.ts';
import { can } from '../policy/policy.ts';
import { indicatorErrors as errors } from './errors.ts';
import * as queries from './queries.ts';
import {
  indicatorCreateSchema,
  type Indicator,
  type IndicatorCreate,
  type IndicatorKind,
  type IndicatorUpdate,
} from './schema.ts';

export function mapIndicator(row: queries.IndicatorRow): Indicator {
  return {
    id: row.id,
    forumId: row.forumId,
    key: row.key,
    nameSv: row.nameSv,
    nameEn: row.nameEn,
    unit: row.unit,
    kind: row.kind as IndicatorKind,
    minValue: row.minValue === null ? null : Number(row.minValue),
    maxValue: row.maxValue === null ? null : Number(row.maxValue),
    organizationKinds: row.organizationKinds as OrganizationKind[],
    higherIs: row.higherIs as 'worse' | 'better',
    position: row.position,
    isActive: row.isActive,
  };
}

/** Whether an organisation of this kind is asked for the indicator. */
export function appliesTo(indicator: Pick<Indicator, 'organizationKinds'>, kind: OrganizationKind): boolean {
  return indicator.organizationKinds.length === 0 || indicator.organizationKinds.includes(kind);
}

export async function listIndicators(
  db: DbOrTrx,
  forumId: string,
  options: { includeInactive?: boolean } = {},
): Promise<Indicator[]> {
  return (await queries.listIndicators(db, forumId, options)).map(mapIndicator);
}

export async function listVisibleIndicators(
  db: Db,
  actor: Actor,
  forumId: string,
  includeInactive?: boolean,
): Promise<Indicator[]> {
  await getVisibleForum(db, actor, forumId);
  return listIndicators(db, forumId, { includeInactive });
}

async function getIndicator(db: DbOrTrx, id: string): Promise<Indicator> {
  const row = await queries.findIndicator(db, id);
  if (!row) throw errors.notFound();
  return mapIndicator(row);
}

export async function createIndicator(options: {
  db: Db;
  actor: Actor;
  forumId: string;
  input: IndicatorCreate;
}): Promise<Indicator> {
  const { db, actor, forumId } = options;
  const input = indicatorCreateSchema.parse(options.input);
  await getVisibleForum(db, actor, forumId);
  if (!can(actor, 'forum.update', { forumId })) throw errors.forbiddenManage();
  return db.transaction().execute(async (trx) => {
    if (await queries.findIndicatorByKey(trx, forumId, input.key)) throw errors.keyTaken(input.key);
    const id = await queries.insertIndicator(trx, {
      ...input,
      forumId,
      position: input.position ?? (await queries.nextPosition(trx, forumId)),
    });
    const created = await getIndicator(trx, id);
    await recordAudit(trx, {
      actor,
      action: 'create',
      entityType: 'indicator',
      entityId: id,
      entityLabel: created.nameSv,
      forumId,
      after: created,
    });
    return created;
  });
}

/**
 * Changing an indicator changes how future values are asked for and shown; values already filed
 * are stored with their report versions and are never rewritten.
 */
export async function updateIndicator(options: {
  db: Db;
  actor: Actor;
  id: string;
  input: IndicatorUpdate;
}): Promise<Indicator> {
  const { db, actor, id, input } = options;
  return db.transaction().execute(async (trx) => {
    const before = await getIndicator(trx, id);
    if (!can(actor, 'forum.update', before)) throw errors.forbiddenManage();
    const minValue = input.minValue !== undefined ? input.minValue : before.minValue;
    const maxValue = input.maxValue !== undefined ? input.maxValue : before.maxValue;
    if (minValue !== null && maxValue !== null && minValue > maxValue) throw errors.rangeOrder();
    await queries.updateIndicator(trx, id, input);
    const after = await getIndicator(trx, id);
    await recordAudit(trx, {
      actor,
      action: updateAction(before, after),
      entityType: 'indicator',
      entityId: id,
      entityLabel: after.nameSv,
      forumId: after.forumId,
      before,
      after,
    });
    return after;
  });
}
