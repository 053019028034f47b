import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
//
// When a report was first submitted (on time or late) and the strain of its latest submitted
// version, kept on the report itself and set by the submit's own statement. The trends and the
// reporting rates read them for every organisation in every round; taking min() over all versions
// scanned the whole version table (with its search vectors) once per request.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('reports')
    .addColumn('first_submitted_at', 'timestamptz')
    .addColumn('submitted_strain_level', 'text')
    .execute();
  await sql`
    update reports r set
      first_submitted_at = (select min(v.submitted_at) from report_versions v where v.report_id = r.id),
      submitted_strain_level = (select v.strain_level from report_versions v where v.report_id = r.id and v.is_latest)
    where r.submitted_version > 0`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('reports').dropColumn('first_submitted_at').dropColumn('submitted_strain_level').execute();
}
