import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * Every write is audited in its own transaction, so an audit entry about a round, a report, a
 * meeting, an agenda item or an uppdrag is the one place every such change passes. The trigger
 * announces it to the app servers' LISTEN connections; PostgreSQL delivers a notification only
 * when the transaction commits, so a rolled-back write announces nothing. The payload holds ids
 * only: each app server checks who may read the record before it tells anyone.
 * Autosaved drafts are left out: nobody but their writer sees them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function announce_audited_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('samverkan_changes', json_build_object(
        'entityType', new.entity_type, 'entityId', new.entity_id, 'action', new.action)::text);
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger audit_log_announce after insert on audit_log
    for each row
    when (new.entity_type in ('round', 'report', 'meeting', 'agenda_item', 'action') and new.action <> 'save_draft')
    execute function announce_audited_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists audit_log_announce on audit_log`.execute(db);
  await sql`drop function if exists announce_audited_change()`.execute(db);
}
