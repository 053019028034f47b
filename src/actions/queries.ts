import { sql } from 'kysely';
import type { DbOrTrx } from '../platform/db.ts';

/**
 * Whether the forum has held a meeting after the one that gave the uppdrag: a "till nästa möte"
 * uppdrag falls due then.
 */
const nextMeetingHeld = sql<boolean>`exists (
  select 1 from meetings next_meeting
  where next_meeting.forum_id = actions.forum_id
    and next_meeting.meeting_date > meetings.meeting_date
    and next_meeting.status <> 'planned')`;

function fromActions(db: DbOrTrx) {
  return db
    .selectFrom('actions')
    .innerJoin('forums', 'forums.id', 'actions.forumId')
    .innerJoin('meetings', 'meetings.id', 'actions.meetingId')
    .leftJoin('organizations as owner', 'owner.id', 'actions.ownerOrganizationId');
}

type Adjusters = { userId: string | null; approvedAt: string | null }[];

/** The adjusters of a meeting as the policy reads them (`MeetingTarget.adjusters`), aggregated over `a`. */
const adjusterList = sql<Adjusters>`json_agg(json_build_object('userId', a.user_id, 'approvedAt', a.approved_at))`;

/** What the policy needs to decide whether an uppdrag may be seen (see `actionTarget`), but the meeting's adjusters. */
function withPolicyColumns(query: ReturnType<typeof fromActions>) {
  return query.select([
    'actions.id',
    'actions.forumId',
    'actions.ownerOrganizationId',
    'owner.name as ownerOrganizationName',
    'actions.ownerUserId',
    'meetings.status as meetingStatus',
    'meetings.secretaryUserId as meetingSecretaryUserId',
  ]);
}

export function selectActions(db: DbOrTrx) {
  return withActionColumns(fromActions(db));
}

/** Every column of an uppdrag, its meeting's adjusters looked up row by row: for a page of them or fewer. */
function withActionColumns(query: ReturnType<typeof fromActions>) {
  return withPolicyColumns(query).select([
    sql<Adjusters>`coalesce((select ${adjusterList} from meeting_adjusters a where a.meeting_id = meetings.id), '[]'::json)`.as(
      'meetingAdjusters',
    ),
    'forums.name as forumName',
    'actions.meetingId',
    'meetings.title as meetingTitle',
    'meetings.meetingDate',
    'actions.agendaItemId',
    'actions.ownerName',
    'actions.task',
    'actions.dueDate',
    'actions.dueNextMeeting',
    'actions.status',
    'actions.statusComment',
    'actions.updatedAt',
    nextMeetingHeld.as('nextMeetingHeld'),
    sql<{
      status: string;
      comment: string;
      at: string;
      byName: string | null;
      meetingId: string | null;
      roundId: string | null;
    } | null>`(
        select json_build_object('status', u.status, 'comment', u.comment, 'at', u.at, 'byName', usr.name, 'meetingId', u.meeting_id, 'roundId', u.round_id)
        from action_updates u left join users usr on usr.id = u.updated_by
        where u.action_id = actions.id order by u.at desc limit 1)`.as('lastUpdate'),
  ]);
}

export type ActionRow = NonNullable<Awaited<ReturnType<typeof findAction>>>;

export function findAction(db: DbOrTrx, id: string) {
  return selectActions(db).where('actions.id', '=', id).executeTakeFirst();
}

export interface ActionFilter {
  forumIds?: string[];
  forumId?: string;
  roundId?: string;
  organizationId?: string;
  status?: string;
  overdueOn?: string;
  q?: string;
  meetingIds?: string[];
  ownerUserId?: string;
  ids?: string[];
}

const NO_ID = '00000000-0000-0000-0000-000000000000';

function filterActions(db: DbOrTrx, filter: ActionFilter) {
  let query = fromActions(db);
  if (filter.forumIds) query = query.where('actions.forumId', 'in', filter.forumIds.length ? filter.forumIds : [NO_ID]);
  if (filter.ids) query = query.where('actions.id', 'in', filter.ids.length ? filter.ids : [NO_ID]);
  if (filter.forumId) query = query.where('actions.forumId', '=', filter.forumId);
  if (filter.roundId)
    query = query.where('actions.forumId', '=', (eb) =>
      eb.selectFrom('rounds').select('rounds.forumId').where('rounds.id', '=', filter.roundId!),
    );
  if (filter.organizationId) query = query.where('actions.ownerOrganizationId', '=', filter.organizationId);
  if (filter.ownerUserId) query = query.where('actions.ownerUserId', '=', filter.ownerUserId);
  if (filter.status) query = query.where('actions.status', '=', filter.status);
  if (filter.meetingIds)
    query = query.where('actions.meetingId', 'in', filter.meetingIds.length ? filter.meetingIds : [NO_ID]);
  if (filter.overdueOn) {
    query = query
      .where('actions.status', 'in', ['open', 'in_progress'])
      .where((eb) =>
        eb.or([
          eb('actions.dueDate', '<', filter.overdueOn!),
          eb.and([eb('actions.dueNextMeeting', '=', true), nextMeetingHeld]),
        ]),
      );
  }
  if (filter.q) query = query.where('actions.task', 'ilike', `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`);
  return query
    .orderBy('actions.dueDate', (ob) => ob.asc().nullsLast())
    .orderBy('meetings.meetingDate')
    .orderBy('actions.createdAt')
    .orderBy('actions.id');
}

export function listActions(db: DbOrTrx, filter: ActionFilter) {
  return withActionColumns(filterActions(db, filter)).execute();
}

/**
 * The board's order and what the policy needs, without the rest of each uppdrag: enough to
 * count the ones the actor may see and pick a page of them (`listActions` with `ids` then reads
 * that page).
 */
export type ActionKeyRow = Awaited<ReturnType<typeof listActionKeys>>[number];

export function listActionKeys(db: DbOrTrx, filter: ActionFilter) {
  return withPolicyColumns(filterActions(db, filter))
    .leftJoin(adjustersByMeeting(db, filter).as('adjusters'), (join) =>
      join.onRef('adjusters.meetingId', '=', 'actions.meetingId'),
    )
    .select(sql<Adjusters>`coalesce(adjusters.list, '[]'::json)`.as('meetingAdjusters'))
    .execute();
}

/**
 * The adjusters of every meeting in the forums the filter names, one row per meeting: read once and joined, rather
 * than looked up for each uppdrag of the board (its every-forum form holds every uppdrag of the country).
 */
function adjustersByMeeting(db: DbOrTrx, filter: ActionFilter) {
  let query = db
    .selectFrom('meetingAdjusters as a')
    .innerJoin('meetings as m', 'm.id', 'a.meetingId')
    .select(['a.meetingId', adjusterList.as('list')])
    .groupBy('a.meetingId');
  if (filter.forumIds) query = query.where('m.forumId', 'in', filter.forumIds.length ? filter.forumIds : [NO_ID]);
  if (filter.forumId) query = query.where('m.forumId', '=', filter.forumId);
  return query;
}

/**
 * The uppdrag a meeting follows up: still open ones from the forum's earlier meetings, and those
 * whose status was settled at this meeting.
 */
export function listFollowUps(db: DbOrTrx, forumId: string, meetingId: string, meetingDate: string) {
  return selectActions(db)
    .where('actions.forumId', '=', forumId)
    .where('actions.meetingId', '!=', meetingId)
    .where('meetings.meetingDate', '<=', meetingDate)
    .where((eb) =>
      eb.or([
        eb('actions.status', 'in', ['open', 'in_progress']),
        eb.exists(
          eb
            .selectFrom('actionUpdates')
            .select('actionUpdates.id')
            .whereRef('actionUpdates.actionId', '=', 'actions.id')
            .where('actionUpdates.meetingId', '=', meetingId),
        ),
      ]),
    )
    .orderBy('meetings.meetingDate')
    .orderBy('actions.createdAt')
    .execute();
}

export async function insertAction(
  db: DbOrTrx,
  values: {
    forumId: string;
    meetingId: string;
    agendaItemId: string | null;
    ownerOrganizationId: string | null;
    ownerUserId: string | null;
    ownerName: string;
    task: string;
    dueDate: string | null;
    dueNextMeeting: boolean;
    status?: string;
  },
) {
  return (await db.insertInto('actions').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export function updateAction(db: DbOrTrx, id: string, values: Record<string, unknown>) {
  return db
    .updateTable('actions')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export function insertActionUpdate(
  db: DbOrTrx,
  values: {
    actionId: string;
    status: string;
    comment: string;
    meetingId: string | null;
    roundId: string | null;
    updatedBy: string | null;
  },
) {
  return db.insertInto('actionUpdates').values(values).execute();
}

export type ActionNoticeKind = 'due_soon' | 'overdue';

/**
 * Open uppdrag with an owner whose notice has fallen due: due between `today` and `soonUntil`, or
 * overdue since `overdueSince` at the earliest (older ones were overdue before these mails existed).
 */
export async function listDueActionNotices(
  db: DbOrTrx,
  dates: { today: string; soonUntil: string; overdueSince: string },
) {
  const result = await sql<{ actionId: string; kind: ActionNoticeKind; dueDate: string }>`
    select a.id as action_id, k.kind, a.due_date
    from actions a
    cross join (values ('due_soon'), ('overdue')) as k(kind)
    where a.status in ('open', 'in_progress') and a.due_date is not null
      and (a.owner_user_id is not null or a.owner_organization_id is not null)
      and (
        (k.kind = 'due_soon' and a.due_date between ${dates.today} and ${dates.soonUntil})
        or (k.kind = 'overdue' and a.due_date < ${dates.today} and a.due_date >= ${dates.overdueSince})
      )
      and not exists (
        select 1 from action_notices n where n.action_id = a.id and n.kind = k.kind and n.due_date = a.due_date)
    order by a.due_date`.execute(db);
  return result.rows;
}

/** Records the notice; false when another run recorded it first, so its mail is not queued twice. */
export async function insertActionNotice(
  db: DbOrTrx,
  notice: { actionId: string; kind: ActionNoticeKind; dueDate: string },
): Promise<boolean> {
  const row = await db
    .insertInto('actionNotices')
    .values(notice)
    .onConflict((oc) => oc.columns(['actionId', 'kind', 'dueDate']).doNothing())
    .returning('actionId')
    .executeTakeFirst();
  return row !== undefined;
}
