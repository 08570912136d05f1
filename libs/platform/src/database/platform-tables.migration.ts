import { Migration } from '@mikro-orm/migrations';

/** Tables every service has: its event outbox, the events its consumers processed, idempotent replies. */
export class PlatformTablesMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table outbox_event (
      id uuid primary key,
      sequence bigserial not null unique,
      subject text not null,
      event jsonb not null,
      created_at timestamptz not null default now(),
      published_at timestamptz null)`);
    this.addSql('create index outbox_event_unpublished_idx on outbox_event (sequence) where published_at is null');
    this.addSql(`create table processed_event (
      consumer text not null,
      event_id text not null,
      processed_at timestamptz not null default now(),
      primary key (consumer, event_id))`);
    this.addSql(`create table idempotency_record (
      scope text not null,
      key text not null,
      response jsonb null,
      created_at timestamptz not null default now(),
      primary key (scope, key))`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table idempotency_record');
    this.addSql('drop table processed_event');
    this.addSql('drop table outbox_event');
  }
}
