import { Migration } from '@mikro-orm/migrations';

/** The audit trail: one row per change and enterprise, and what it needs to know besides the events. */
export class AuditTablesMigration extends Migration {
  override async up(): Promise<void> {
    // `source_key` (event id, or the id of an action recorded here) with the enterprise makes a replay write nothing new.
    this.addSql(`create table audit_entry (
      id uuid primary key,
      source_key text not null,
      enterprise_number text null,
      at timestamptz not null,
      kind text not null,
      event_type text null,
      resource_type text not null,
      resource_id text not null,
      actor_user_id text null,
      actor_name text null,
      actor_enterprise_number text null,
      actor_operator boolean not null,
      person_user_id text null,
      before_values jsonb null,
      after_values jsonb null,
      reason text null,
      counterpart_enterprise_number text null,
      recorded_at timestamptz not null,
      unique nulls not distinct (source_key, enterprise_number))`);
    this.addSql('create index audit_entry_page_idx on audit_entry (enterprise_number, at desc, id desc)');
    this.addSql('create index audit_entry_recorded_idx on audit_entry (recorded_at)');
    // The company of each REST account (certificates name only the account), and the last known name of each person.
    this.addSql('create table audit_rest_account (id uuid primary key, enterprise_number text not null)');
    this.addSql('create table audit_person (user_id text primary key, name text not null)');
  }
}
