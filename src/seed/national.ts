import { sql } from 'kysely';
import { hashPassword } from '../auth/service.ts';
import type { Db } from '../platform/db.ts';

export const NATIONAL_PASSWORD = 'national-bench-1';

/** The country at scale 1 (issue 15): what one national installation holds after three years. */
const FULL = { regions: 21, kommuner: 290, units: 1000, forums: 50, weeks: 156, indicators: 20, meetings: 2000 };

export type NationalSize = typeof FULL;

export function nationalSize(scale: number): NationalSize {
  const of = (n: number, least: number) => Math.max(least, Math.round(n * scale));
  return {
    regions: of(FULL.regions, 2),
    kommuner: of(FULL.kommuner, 2),
    units: of(FULL.units, 2),
    forums: of(FULL.forums, 1),
    weeks: of(FULL.weeks, 2),
    indicators: FULL.indicators,
    meetings: of(FULL.meetings, 2),
  };
}

/** Where the generated data can be read from: the forum that holds the most, its rounds, and a meeting. */
export interface NationalData {
  size: NationalSize;
  forumId: string;
  latestRoundId: string;
  indicatorId: string;
  meetingId: string;
  /** One reporter per member organisation with an open round to file in, most members first. */
  reporters: { email: string; roundId: string; organizationId: string }[];
  rows: Record<string, number>;
}

const REGION_NAMES = [
  'Stockholm',
  'Uppsala',
  'Sörmland',
  'Östergötland',
  'Jönköpings län',
  'Kronoberg',
  'Kalmar län',
  'Gotland',
  'Blekinge',
  'Skåne',
  'Halland',
  'Västra Götaland',
  'Värmland',
  'Örebro län',
  'Västmanland',
  'Dalarna',
  'Gävleborg',
  'Västernorrland',
  'Jämtland Härjedalen',
  'Västerbotten',
  'Norrbotten',
];

/**
 * Generates a national installation with set-based SQL, a statement per table: regions, kommuner
 * and units (hospitals, primary care, private providers, agencies) under them; forums each owned by
 * a region with its kommuner and units as members; weekly rounds over `weeks` weeks in which about
 * nine members in ten filed a report with every indicator; one open round per forum; and meetings
 * with agenda items, decisions and uppdrag. Foreign keys are not checked row by row while it runs
 * (session_replication_role), since the data is consistent by construction; on a superuser
 * connection only, which a benchmark has.
 */
export async function generateNational(db: Db, scale: number): Promise<NationalData> {
  const size = nationalSize(scale);
  const passwordHash = await hashPassword(NATIONAL_PASSWORD);
  return db
    .withoutPlugins()
    .connection()
    .execute(async (conn) => {
      const run = (query: ReturnType<typeof sql>) => query.execute(conn);
      await run(sql`set session_replication_role = replica`);
      await run(sql`insert into organizations (name, short_name, kind)
        select 'Region ' || coalesce((${REGION_NAMES}::text[])[g], 'nummer ' || g), null, 'region'
        from generate_series(1, ${size.regions}) g`);
      await run(sql`create temporary table regions_n as
        select id, row_number() over (order by name) as n from organizations where kind = 'region'`);
      await run(sql`insert into organizations (name, kind, parent_id, municipality_code)
        select 'Kommun ' || lpad(g::text, 4, '0'), 'kommun', r.id, lpad(g::text, 4, '0')
        from generate_series(1, ${size.kommuner}) g join regions_n r on r.n = 1 + (g - 1) % ${size.regions}`);
      await run(sql`insert into organizations (name, kind, parent_id)
        select (array['Sjukhus','Vårdcentral','Privat vårdgivare','Myndighetskontor'])[1 + g % 4] || ' ' || g,
          (array['sjukhus','primarvard','privat_vardgivare','myndighet'])[1 + g % 4], r.id
        from generate_series(1, ${size.units}) g join regions_n r on r.n = 1 + (g - 1) % ${size.regions}`);
      await run(sql`insert into forums (name, description, owner_organization_id, diary_prefix)
        select 'Samverkansforum ' || g || ', ' || o.name, 'Genererat för nationell skala.', r.id,
          'NS' || chr(65 + (g - 1) / 26 % 26) || chr(65 + (g - 1) % 26)
        from generate_series(1, ${size.forums}) g join regions_n r on r.n = 1 + (g - 1) % ${size.regions}
        join organizations o on o.id = r.id`);
      await run(sql`insert into forum_members (forum_id, organization_id, position)
        select f.id, o.id, row_number() over (partition by f.id order by o.kind = 'region' desc, o.name)
        from forums f join organizations o on o.id = f.owner_organization_id or o.parent_id = f.owner_organization_id`);
      await run(
        sql`insert into membership_periods (forum_id, organization_id) select forum_id, organization_id from forum_members`,
      );
      await run(sql`insert into users (email, name, organization_id, password_hash, is_admin)
        values ('admin@national.example', 'Nationell Administratör',
          (select id from organizations where kind = 'region' order by name limit 1), ${passwordHash}, true)`);
      // One reporter per organisation, reporting in every forum it is a member of.
      await run(sql`insert into users (email, name, organization_id, password_hash)
        select 'reporter' || row_number() over (order by o.name) || '@national.example', 'Rapportör ' || o.name, o.id, ${passwordHash}
        from organizations o where o.kind <> 'region'`);
      await run(sql`insert into users (email, name, organization_id, password_hash)
        select 'coordinator' || row_number() over (order by f.name) || '@national.example', 'Samordnare ' || f.name,
          f.owner_organization_id, ${passwordHash}
        from forums f`);
      await run(sql`insert into forum_roles (forum_id, user_id, role)
        select fm.forum_id, u.id, 'reporter' from forum_members fm join users u on u.organization_id = fm.organization_id
        where u.email like 'reporter%'`);
      await run(sql`insert into forum_roles (forum_id, user_id, role)
        select f.id, u.id, 'coordinator' from forums f join users u on u.name = 'Samordnare ' || f.name`);
      await run(sql`insert into indicators (forum_id, key, name_sv, name_en, unit, kind, higher_is, position, max_value)
        select f.id, 'indicator_' || g, 'Indikator ' || g, 'Indicator ' || g, 'st',
          case when g % 4 = 0 then 'percent' else 'integer' end, case when g % 2 = 0 then 'worse' else 'better' end, g,
          100000
        from forums f cross join generate_series(1, ${size.indicators}) g`);
      // Closed weeks end last Monday; each forum's open round is this week's.
      await run(sql`insert into rounds (forum_id, title, period_start, period_end, deadline, status, closed_at, is_published)
        select f.id, 'Vecka ' || to_char(w.start, 'IYYY-IW'), w.start, w.start + 6,
          (w.start + 1)::timestamptz + interval '11 hours', 'closed', (w.start + 7)::timestamptz, true
        from forums f cross join lateral (
          select (date_trunc('week', now())::date - 7 * g) as start from generate_series(1, ${size.weeks}) g
        ) w`);
      await run(sql`insert into rounds (forum_id, title, period_start, period_end, deadline, status)
        select f.id, 'Vecka ' || to_char(date_trunc('week', now()), 'IYYY-IW'), date_trunc('week', now())::date,
          date_trunc('week', now())::date + 6, date_trunc('week', now()) + interval '8 days 11 hours', 'open'
        from forums f`);
      const by = sql`(select id from users where email = 'admin@national.example')`;
      await run(sql`insert into reports (round_id, organization_id, current_situation, challenges, input, strain_level,
          updated_by, updated_at, submitted_version, submitted_revision, first_submitted_at, submitted_strain_level)
        select r.id, fm.organization_id,
          'Läget vecka ' || to_char(r.period_start, 'IW') || ': stabilt men ansträngt i delar av verksamheten. Bemanningen löses dag för dag.',
          'Bemanning under helger.', 'Tydligare rutiner efterfrågas.', s.strain, ${by}, r.deadline - interval '3 hours', 1, 1,
          r.deadline - interval '3 hours', s.strain
        from rounds r join forum_members fm on fm.forum_id = r.forum_id
        cross join lateral (
          select (array['normal','strained','very_strained','critical'])[1 + abs(hashtext(r.id::text || fm.organization_id::text)) % 4] as strain
        ) s
        where r.status = 'closed' and abs(hashtext(fm.organization_id::text || r.id::text)) % 10 <> 0`);
      await run(sql`insert into report_versions (report_id, version, round_id, organization_id, current_situation, challenges,
          input, strain_level, submitted_at, submitted_by, is_late, is_latest, indicator_ids, indicator_values,
          indicator_capacities)
        select rep.id, 1, rep.round_id, rep.organization_id, rep.current_situation, rep.challenges, rep.input,
          rep.strain_level, rep.updated_at, rep.updated_by, false, true, x.ids, x.figures, x.capacities
        from reports rep join rounds r on r.id = rep.round_id
        cross join lateral (
          select array_agg(i.id) as ids, array_agg(abs(hashtext(rep.id::text || i.key)) % 100) as figures,
            array_agg(null::numeric) as capacities
          from indicators i where i.forum_id = r.forum_id
        ) x`);
      await generateMeetings(run, size);
      await run(sql`drop table regions_n`);
      await run(sql`set session_replication_role = origin`);
      // No trigger ran while generating, so each forum's list of active indicators (kept by the
      // indicators' statement triggers, migration 2026-12-01T0500) is still empty: an update that
      // changes nothing fires them once for every forum, by the one definition the triggers hold.
      await run(sql`update indicators set position = position`);
      // Vacuumed as well as analysed, as three years of autovacuum would have left it: the trend reads
      // its values from an index alone only where the visibility map says the page is all visible.
      await run(sql`vacuum analyze`);
      return describe(conn as unknown as Db, size);
    });
}

async function generateMeetings(run: (query: ReturnType<typeof sql>) => Promise<unknown>, size: NationalSize) {
  // Meetings spread evenly over the forums and the weeks, oldest first.
  await run(sql`insert into meetings (forum_id, title, document_type, meeting_date, start_time, end_time, location,
      diary_number, chair_role, chair_name, secretary_name, status)
    select f.id, 'Samverkansmöte ' || m.n, case when m.n % 3 = 0 then 'protokoll' else 'minnesanteckningar' end,
      date_trunc('week', now())::date - (${size.weeks} * 7 * (m.n - 1) / greatest(1, m.per)) - 5, '09:00', '11:00',
      'Teams', f.diary_prefix || ' ' || (2020 + m.n % 7) || '-' || m.n, 'ordforande', 'Ordförande ' || f.name,
      'Sekreterare ' || f.name, 'held'
    from (select id, name, diary_prefix, row_number() over (order by name) as k from forums) f
    cross join lateral (
      select g as n, ceil(${size.meetings}::numeric / ${size.forums})::int as per
      from generate_series(1, ceil(${size.meetings}::numeric / ${size.forums})::int) g
    ) m
    where (f.k - 1) * m.per + m.n <= ${size.meetings}`);
  await run(sql`insert into agenda_items (meeting_id, position, number_label, kind, title, notes)
    select m.id, g, '§ ' || g, (array['information','beslut','rapport','beslut','information','beslut','rapport','ovrigt'])[g],
      'Punkt ' || g || ': ' || (array['Lägesbild','Bemanning i sommar','Rapport från regionen','Vaccinationsplan',
        'Information om läkemedelsförsörjning','Gemensam kommunikation','Rapport från kommunerna','Övriga frågor'])[g],
      'Diskuterades. Läget i regionen är ansträngt men hanterbart; kommunerna rapporterar brist på sjuksköterskor.'
    from meetings m cross join generate_series(1, 8) g`);
  await run(sql`insert into decisions (agenda_item_id, meeting_id, position, text)
    select a.id, a.meeting_id, 1, 'Forumet beslutar att ' ||
      (array['anta den gemensamma planen för bemanning','ge kommunerna i uppdrag att rapportera veckovis',
        'fastställa vaccinationsplanen','skjuta frågan till nästa möte'])[1 + a.position % 4] || ' (' || a.number_label || ').'
    from agenda_items a where a.kind = 'beslut'`);
  await run(sql`insert into actions (forum_id, meeting_id, agenda_item_id, owner_organization_id, owner_name, task, due_date,
      status, created_at, updated_at)
    select m.forum_id, m.id, a.id, o.id, o.name, 'Ta fram underlag om ' || lower(a.title) || ' till nästa möte.',
      m.meeting_date + 28, (array['open','in_progress','done','done','cancelled'])[1 + abs(hashtext(a.id::text)) % 5],
      m.meeting_date, m.meeting_date
    from agenda_items a join meetings m on m.id = a.meeting_id
    join lateral (
      select o.id, o.name from forum_members fm join organizations o on o.id = fm.organization_id
      where fm.forum_id = m.forum_id order by fm.position offset a.position % 2 limit 1
    ) o on true
    where a.kind = 'beslut'`);
}

async function describe(db: Db, size: NationalSize): Promise<NationalData> {
  const biggest = await sql<{ forumId: string; roundId: string; indicatorId: string; meetingId: string }>`
    select f.id as "forumId",
      (select id from rounds where forum_id = f.id and status = 'closed' order by period_start desc limit 1) as "roundId",
      (select id from indicators where forum_id = f.id order by position limit 1) as "indicatorId",
      (select id from meetings where forum_id = f.id order by meeting_date desc limit 1) as "meetingId"
    from forums f order by (select count(*) from forum_members where forum_id = f.id) desc, f.name limit 1`.execute(db);
  const reporters = await sql<{ email: string; roundId: string; organizationId: string }>`
    select distinct on (u.id) u.email, r.id as "roundId", u.organization_id as "organizationId"
    from users u join forum_members fm on fm.organization_id = u.organization_id
    join rounds r on r.forum_id = fm.forum_id and r.status = 'open'
    where u.email like 'reporter%'
    order by u.id, fm.forum_id`.execute(db);
  const counted = await sql<Record<string, number>>`select
    (select count(*) from organizations)::int as organizations, (select count(*) from forums)::int as forums,
    (select count(*) from users)::int as users, (select count(*) from rounds)::int as rounds,
    (select count(*) from report_versions)::int as "reportVersions", (select coalesce(sum(cardinality(indicator_ids)), 0) from report_versions)::int as "reportValues",
    (select count(*) from meetings)::int as meetings, (select count(*) from agenda_items)::int as "agendaItems",
    (select count(*) from decisions)::int as decisions, (select count(*) from actions)::int as actions`.execute(db);
  const first = biggest.rows[0]!;
  return {
    size,
    forumId: first.forumId,
    latestRoundId: first.roundId,
    indicatorId: first.indicatorId,
    meetingId: first.meetingId,
    reporters: reporters.rows.sort((a, b) => a.email.localeCompare(b.email, 'sv', { numeric: true })),
    rows: counted.rows[0]!,
  };
}
