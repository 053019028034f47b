import { sql, type RawBuilder } from 'kysely';
import { PLAN_FOR_VALUES, type DbOrTrx } from '../platform/db.ts';
import type { SearchKind } from './schema.ts';
import { meetingStatuses, roundStates, type Grant, type MeetingGrants, type Visibility } from './visibility.ts';

const roundStateKeys = roundStates.map((s) => s.key);

export interface SearchFilter {
  text: string;
  forumId?: string;
  organizationId?: string;
  kind?: SearchKind;
  from?: string;
  to?: string;
}

type Sql = RawBuilder<unknown>;

// ts_headline marks matches with two private-use characters that the text itself cannot carry
// (they are removed from it first), and the service splits on them: no markup crosses the API.
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';
const HEADLINE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
const WHOLE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;

const and = (parts: Sql[]) => (parts.length ? sql.join(parts, sql` and `) : sql`true`);
const or = (parts: Sql[]) => (parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`);
const list = (values: string[]) => sql.join(values.map((v) => sql.val(v)));

/**
 * The grants as a condition on the record's forum and state. A grant of every state everywhere (an
 * administrator's) is written as `true`: the planner cannot see that the state condition holds for
 * every row, and would plan for a few matches where there are all of them.
 */
function granted(grants: Grant[], forumColumn: Sql, state: Sql, every: readonly string[]): Sql {
  if (grants.some((g) => g.forumIds === null && every.every((s) => g.states.includes(s)))) return sql`true`;
  return or(
    grants.map((g) =>
      g.forumIds === null
        ? sql`${state} in (${list(g.states)})`
        : sql`(${forumColumn} in (${list(g.forumIds)}) and ${state} in (${list(g.states)}))`,
    ),
  );
}

function meetingGranted(grants: MeetingGrants, actorId: string): Sql {
  const parts = [granted(grants.byForum, sql`m.forum_id`, sql`m.status`, meetingStatuses)];
  if (grants.asSecretary.length)
    parts.push(sql`(m.secretary_user_id = ${actorId} and m.status in (${list(grants.asSecretary)}))`);
  if (grants.asAdjuster.length)
    parts.push(
      sql`(m.status in (${list(grants.asAdjuster)}) and exists (select 1 from meeting_adjusters ma where ma.meeting_id = m.id and ma.user_id = ${actorId}))`,
    );
  return or(parts);
}

const roundState = sql`(case when r.is_published then 'published/' else 'unpublished/' end || r.status)`;

function dateRange(filter: SearchFilter, column: Sql): Sql[] {
  return [
    ...(filter.from ? [sql`${column} >= ${filter.from}`] : []),
    ...(filter.to ? [sql`${column} <= ${filter.to}`] : []),
  ];
}

interface Columns {
  kind: Sql;
  part: Sql;
  id: Sql;
  forumId: Sql;
  organizationId?: Sql;
  roundId?: Sql;
  meetingId?: Sql;
  agendaItemId?: Sql;
  date: Sql;
  /** The search vector the hit is ranked by. */
  vector: Sql;
}

/**
 * The columns every branch of the UNION gives, in one order and with one set of names. They are
 * narrow on purpose: only the page's rows fetch their texts.
 */
function columns(c: Columns): Sql {
  const none = sql`null::uuid`;
  return sql`${c.kind} as kind, ${c.part} as part, ${c.id} as id, ${c.forumId} as forum_id,
    ${c.organizationId ?? none} as organization_id, ${c.roundId ?? none} as round_id,
    ${c.meetingId ?? none} as meeting_id, ${c.agendaItemId ?? none} as agenda_item_id, ${c.date} as date,
    ${c.vector} as vector`;
}

/** What a branch gives: the best `top` of its ranked hits, or a row per hit to count. */
type Shape = { top: number } | 'count';

const PAGE_ORDER = sql`rank desc, date desc, kind, id`;

/**
 * Decision 014: of each kind, only the newest this many hits are ranked by relevance, and hits are
 * counted up to `HIT_COUNT_CAP` (the API then says there are more). A word found in every one of
 * 440,000 reports would otherwise be read, ranked and counted in full on every search.
 */
export const RANKED_PER_KIND = 1000;
export const HIT_COUNT_CAP = 1000;

/**
 * One SELECT per kind of record, each with the same columns, its own visibility and filters, and
 * the tsquery written out so that the GIN index on its search vector serves it.
 */
function branches(filter: SearchFilter, visibility: Visibility, actorId: string, shape: Shape): Sql[] {
  const query = sql`websearch_to_tsquery('swedish', ${filter.text})`;
  const wants = (kind: SearchKind) => !filter.kind || filter.kind === kind;
  const forum = (column: Sql) => (filter.forumId ? [sql`${column} = ${filter.forumId}`] : []);
  // Counting needs no columns.
  const select = (c: Columns) => (shape === 'count' ? sql`1 as hit` : columns(c));
  const result: Sql[] = [];

  if (wants('report'))
    result.push(sql`
      select ${select({
        kind: sql`'report'`,
        part: sql`'report'`,
        id: sql`v.report_id`,
        forumId: sql`r.forum_id`,
        organizationId: sql`v.organization_id`,
        roundId: sql`r.id`,
        date: sql`r.period_start`,
        vector: sql`v.search_vector`,
      })}
      from report_versions v
      join rounds r on r.id = v.round_id
      where ${and([
        sql`v.is_latest`,
        sql`v.search_vector @@ ${query}`,
        granted(visibility.reports, sql`r.forum_id`, roundState, roundStateKeys),
        ...forum(sql`r.forum_id`),
        ...(filter.organizationId ? [sql`v.organization_id = ${filter.organizationId}`] : []),
        ...dateRange(filter, sql`r.period_start`),
      ])}`);

  // Summeringar, items and decisions belong to no organisation: a search by organisation skips them.
  const organizationless = !filter.organizationId;
  if (wants('summary') && organizationless)
    result.push(sql`
      select ${select({
        kind: sql`'summary'`,
        part: sql`'summary'`,
        id: sql`r.id`,
        forumId: sql`r.forum_id`,
        roundId: sql`r.id`,
        date: sql`r.period_start`,
        vector: sql`r.search_vector`,
      })}
      from rounds r
      where ${and([
        sql`r.summary <> ''`,
        sql`r.search_vector @@ ${query}`,
        granted(visibility.summaries, sql`r.forum_id`, roundState, roundStateKeys),
        ...forum(sql`r.forum_id`),
        ...dateRange(filter, sql`r.period_start`),
      ])}`);

  // Imported minutes are a kind of their own; their items, decisions and uppdrag count as that kind.
  const meetingKind = (part: string) =>
    sql`(case when m.status = 'imported' then 'importedMinutes' else ${sql.lit(part)} end)`;
  const meetingParts =
    filter.kind === 'importedMinutes' ? [sql`m.status = 'imported'`] : filter.kind ? [sql`m.status <> 'imported'`] : [];
  const meetingWhere = (grants: MeetingGrants, vector: Sql, extra: Sql[] = []) =>
    and([
      sql`${vector} @@ ${query}`,
      meetingGranted(grants, actorId),
      ...meetingParts,
      ...forum(sql`m.forum_id`),
      ...dateRange(filter, sql`m.meeting_date`),
      ...extra,
    ]);
  const wantsMeeting = (part: SearchKind) => wants(part) || filter.kind === 'importedMinutes';

  if (wantsMeeting('agendaItem') && organizationless)
    result.push(sql`
      select ${select({
        kind: meetingKind('agendaItem'),
        part: sql`'agendaItem'`,
        id: sql`a.id`,
        forumId: sql`m.forum_id`,
        meetingId: sql`m.id`,
        agendaItemId: sql`a.id`,
        date: sql`m.meeting_date`,
        vector: sql`a.search_vector`,
      })}
      from agenda_items a
      join meetings m on m.id = a.meeting_id
      where ${meetingWhere(visibility.meetings, sql`a.search_vector`)}`);

  if (wantsMeeting('decision') && organizationless)
    result.push(sql`
      select ${select({
        kind: meetingKind('decision'),
        part: sql`'decision'`,
        id: sql`d.id`,
        forumId: sql`m.forum_id`,
        meetingId: sql`m.id`,
        agendaItemId: sql`d.agenda_item_id`,
        date: sql`m.meeting_date`,
        vector: sql`d.search_vector`,
      })}
      from decisions d
      join meetings m on m.id = d.meeting_id
      where ${meetingWhere(visibility.meetings, sql`d.search_vector`)}`);

  if (wantsMeeting('action'))
    result.push(sql`
      select ${select({
        kind: meetingKind('action'),
        part: sql`'action'`,
        id: sql`t.id`,
        forumId: sql`m.forum_id`,
        organizationId: sql`t.owner_organization_id`,
        meetingId: sql`m.id`,
        agendaItemId: sql`t.agenda_item_id`,
        date: sql`m.meeting_date`,
        vector: sql`t.search_vector`,
      })}
      from actions t
      join meetings m on m.id = t.meeting_id
      where ${meetingWhere(
        visibility.actions,
        sql`t.search_vector`,
        filter.organizationId ? [sql`t.owner_organization_id = ${filter.organizationId}`] : [],
      )}`);

  // The best `top` of each kind, in the page's order, hold the best `top` of all: only those are
  // sorted together. Only the newest hits of a kind are ranked: for a common word the newest rounds
  // and meetings are walked by date (an index) until enough are found, without reading the rest.
  if (shape === 'count') return result;
  return result.map(
    (branch) => sql`(
      select kind, part, id, forum_id, organization_id, round_id, meeting_id, agenda_item_id, date,
        ts_rank(vector, ${query}, 1) as rank
      from (${branch} order by date desc, id limit ${RANKED_PER_KIND}) newest
      order by ${PAGE_ORDER} limit ${shape.top})`,
  );
}

/** The hits of every branch counted up to one more than the cap: the count stops reading there. */
function countCapped(counted: Sql[]): Sql {
  return sql`select count(*) from (select 1 from (${sql.join(counted, sql` union all `)}) hits limit ${HIT_COUNT_CAP + 1}) capped`;
}

export interface HitRow {
  kind: SearchKind;
  part: 'report' | 'summary' | 'agendaItem' | 'decision' | 'action';
  id: string;
  forumId: string;
  forumName: string;
  organizationId: string | null;
  organizationName: string | null;
  roundId: string | null;
  roundTitle: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  agendaItemId: string | null;
  itemNumber: string | null;
  date: string;
  title: string;
  snippet: string;
}

const clean = (column: Sql) => sql`translate(${column}, ${MATCH_START + MATCH_END}, '')`;

/** The title and the searched text of each page row, looked up by what it is. */
const texts = sql`
  select o.name as title, concat_ws(E'\n', v.current_situation, v.challenges, v.input) as body
    from report_versions v join organizations o on o.id = v.organization_id
    where page.part = 'report' and v.report_id = page.id and v.is_latest
  union all select r.title, r.summary from rounds r where page.part = 'summary' and r.id = page.id
  union all select a.title, a.notes from agenda_items a where page.part = 'agendaItem' and a.id = page.id
  union all select a.title, d.text from decisions d join agenda_items a on a.id = d.agenda_item_id
    where page.part = 'decision' and d.id = page.id
  union all select t.owner_name, concat_ws(E'\n', t.task, nullif(t.status_comment, '')) from actions t
    where page.part = 'action' and t.id = page.id`;

/**
 * One page of hits, ranked by relevance, then the newest first (then a fixed order so that pages
 * never overlap), with the number of all hits, counted without ranking them; texts, highlights and
 * names are made for the page's rows only.
 */
export async function searchPage(
  db: DbOrTrx,
  options: { filter: SearchFilter; visibility: Visibility; actorId: string; limit: number; offset: number },
): Promise<{ rows: HitRow[]; total: number | null }> {
  const parts = branches(options.filter, options.visibility, options.actorId, { top: options.offset + options.limit });
  if (!parts.length) return { rows: [], total: 0 };
  const counted = branches(options.filter, options.visibility, options.actorId, 'count');
  const query = sql`websearch_to_tsquery('swedish', ${options.filter.text})`;
  const { rows } = await sql<HitRow & { total: number }>`${PLAN_FOR_VALUES}
    select page.kind, page.part, page.id, page.forum_id, f.name as forum_name,
      page.organization_id, o.name as organization_name, page.round_id, r.title as round_title,
      page.meeting_id, m.title as meeting_title, page.agenda_item_id,
      coalesce(a.number_label, (a.position + 1)::text) as item_number, page.date::text as date,
      ts_headline('swedish', ${clean(sql`texts.title`)}, ${query}, ${WHOLE}) as title,
      ts_headline('swedish', ${clean(sql`texts.body`)}, ${query}, ${HEADLINE}) as snippet,
      (${countCapped(counted)}) as total
    from (
      select hits.* from (${sql.join(parts, sql` union all `)}) hits
      order by ${PAGE_ORDER}
      limit ${options.limit} offset ${options.offset}
    ) page
    cross join lateral (${texts}) texts
    join forums f on f.id = page.forum_id
    left join organizations o on o.id = page.organization_id
    left join rounds r on r.id = page.round_id
    left join meetings m on m.id = page.meeting_id
    left join agenda_items a on a.id = page.agenda_item_id
    order by page.rank desc, page.date desc, page.kind, page.id`.execute(db);
  // Past the last page there is no row to carry the total.
  return { rows, total: rows.length ? Number(rows[0]!.total) : null };
}

/** How many hits the caller may read, over every page, up to one more than the cap. */
export async function countHits(
  db: DbOrTrx,
  options: { filter: SearchFilter; visibility: Visibility; actorId: string },
): Promise<number> {
  const parts = branches(options.filter, options.visibility, options.actorId, 'count');
  if (!parts.length) return 0;
  const { rows } = await sql<{ total: number }>`${PLAN_FOR_VALUES} select (${countCapped(parts)}) as total`.execute(db);
  return Number(rows[0]!.total);
}
