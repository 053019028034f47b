import { sql, type Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

// A NOTIFY holds a lock from its transaction's commit until the commit is on disk, so transactions
// that notify commit one after another instead of sharing a flush. Report submissions, the one
// change that comes hundreds a second before a deadline, are therefore announced by their writer
// after the commit, several in one NOTIFY transaction (live.announceCommitted); the trigger keeps
// announcing every other change it announced.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop trigger audit_log_announce on audit_log`.execute(db);
  await sql`
    create trigger audit_log_announce after insert on audit_log
    for each row
    when (new.entity_type in ('round', 'meeting', 'agenda_item', 'action') and new.action <> 'save_draft')
    execute function announce_audited_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger audit_log_announce on audit_log`.execute(db);
  await sql`
    create trigger audit_log_announce after insert on audit_log
    for each row
    when (new.entity_type in ('round', 'report', 'meeting', 'agenda_item', 'action') and new.action <> 'save_draft')
    execute function announce_audited_change()`.execute(db);
}
