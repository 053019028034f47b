import { sql } from 'kysely';
import { hashPassword } from '../src/auth/service.ts';
import type { Db } from '../src/platform/db.ts';

export const BENCH_PASSWORD = 'bench-password-1';

/**
 * A forum of `organizations` members, `indicators` indicators and `rounds` weekly rounds in which
 * every member filed a report with every indicator, built with set-based SQL.
 */
export async function generateForum(
  db: Db,
  size: { organizations: number; indicators: number; rounds: number; reporters: number; openRounds?: number },
) {
  const raw = db.withoutPlugins();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await sql`insert into organizations (name, kind) select 'Bänkorganisation ' || g, case when g % 10 = 0 then 'sjukhus' when g % 3 = 0 then 'primarvard' else 'kommun' end
    from generate_series(1, ${size.organizations}) g`.execute(raw);
  await sql`insert into organizations (name, kind) values ('Bänkregionen', 'region')`.execute(raw);
  const owner = await sql<{ id: string }>`select id from organizations where name = 'Bänkregionen'`.execute(raw);
  const forum = await sql<{
    id: string;
  }>`insert into forums (name, owner_organization_id) values ('Bänkforum', ${owner.rows[0]!.id}) returning id`.execute(
    raw,
  );
  const forumId = forum.rows[0]!.id;
  await sql`insert into forum_members (forum_id, organization_id, position)
    select ${forumId}, id, row_number() over (order by name) from organizations where name like 'Bänkorganisation %'`.execute(
    raw,
  );
  // Founding members (joined_at null): expected in every round, as the trends and rates count them.
  await sql`insert into membership_periods (forum_id, organization_id)
    select forum_id, organization_id from forum_members where forum_id = ${forumId}`.execute(raw);
  await sql`insert into users (email, name, organization_id, password_hash)
    select 'coordinator@bench.example', 'Bänk Samordnare', ${owner.rows[0]!.id}, ${passwordHash}`.execute(raw);
  await sql`insert into forum_roles (forum_id, user_id, role) select ${forumId}, id, 'coordinator' from users where email = 'coordinator@bench.example'`.execute(
    raw,
  );
  await sql`insert into users (email, name, organization_id, password_hash)
    select 'reporter' || fm.position || '@bench.example', 'Rapportör ' || fm.position, fm.organization_id, ${passwordHash}
    from forum_members fm where fm.forum_id = ${forumId} and fm.position <= ${size.reporters}`.execute(raw);
  await sql`insert into forum_roles (forum_id, user_id, role) select ${forumId}, id, 'reporter' from users where email like 'reporter%@bench.example'`.execute(
    raw,
  );
  await sql`insert into indicators (forum_id, key, name_sv, name_en, unit, kind, higher_is, position, max_value)
    select ${forumId}, 'indicator_' || g, 'Indikator ' || g, 'Indicator ' || g, 'st', case when g % 4 = 0 then 'percent' else 'integer' end,
      case when g % 2 = 0 then 'worse' else 'better' end, g, 100000
    from generate_series(1, ${size.indicators}) g`.execute(raw);
  await sql`insert into rounds (forum_id, title, period_start, period_end, deadline, status, is_published)
    select ${forumId}, 'Bänkvecka ' || g, date '2020-01-06' + (g - 1) * 7, date '2020-01-06' + (g - 1) * 7 + 6,
      (date '2020-01-06' + (g - 1) * 7 + 1)::timestamptz + interval '11 hours', 'closed', true
    from generate_series(1, ${size.rounds}) g`.execute(raw);
  const coordinator = await sql<{ id: string }>`select id from users where email = 'coordinator@bench.example'`.execute(
    raw,
  );
  const by = coordinator.rows[0]!.id;
  await sql`insert into reports (round_id, organization_id, current_situation, challenges, input, strain_level, updated_by, submitted_version, submitted_revision, first_submitted_at, submitted_strain_level)
    select r.id, fm.organization_id, 'Läget är stabilt men ansträngt i delar av verksamheten. Bemanningen löses dag för dag.',
      'Bemanning under helger.', 'Tydligare rutiner efterfrågas.', s.strain, ${by}, 1, 1, now(), s.strain
    from rounds r join forum_members fm on fm.forum_id = r.forum_id
    cross join lateral (
      select (array['normal','strained','very_strained','critical'])[1 + (fm.position + extract(week from r.period_start)::int) % 4] as strain
    ) s
    where r.forum_id = ${forumId}`.execute(raw);
  await sql`insert into report_versions (report_id, version, round_id, organization_id, current_situation, challenges, input, strain_level, submitted_at, submitted_by, is_late, is_latest, indicator_ids, indicator_values, indicator_capacities)
    select rep.id, 1, rep.round_id, rep.organization_id, rep.current_situation, rep.challenges, rep.input, rep.strain_level, now(), ${by}, false, true,
      x.ids, x.figures, x.capacities
    from reports rep cross join lateral (
      select array_agg(i.id) as ids, array_agg(abs(hashtext(rep.id::text || i.id::text)) % 100) as figures, array_agg(null::numeric) as capacities
      from indicators i where i.forum_id = ${forumId}
    ) x
    where rep.round_id in (select id from rounds where forum_id = ${forumId})`.execute(raw);
  // The rounds reporters file into during the submission benchmark, one after another, so that a
  // report gets a version or two as in a real round rather than hundreds.
  const open = await sql<{ id: string }>`insert into rounds (forum_id, title, period_start, period_end, deadline)
    select ${forumId}, 'Öppen bänkvecka ' || g, date '2030-01-07' + (g - 1) * 7, date '2030-01-13' + (g - 1) * 7,
      (date '2030-01-08' + (g - 1) * 7)::timestamptz + interval '11 hours'
    from generate_series(1, ${size.openRounds ?? 1}) g order by g returning id`.execute(raw);
  await sql`analyze`.execute(raw);
  const latest = await sql<{
    id: string;
  }>`select id from rounds where forum_id = ${forumId} and status = 'closed' order by period_start desc limit 1`.execute(
    raw,
  );
  const openRoundIds = open.rows.map((r) => r.id);
  return { forumId, latestRoundId: latest.rows[0]!.id, openRoundId: openRoundIds[0]!, openRoundIds };
}
