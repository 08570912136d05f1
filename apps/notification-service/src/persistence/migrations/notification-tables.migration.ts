import { Migration } from '@mikro-orm/migrations';

/** The projection (contacts, accounts, access managers), the mail outbox, scheduled notices and webhooks. */
export class NotificationTablesMigration extends Migration {
  override async up(): Promise<void> {
    // Projection of the sender-service: one technical contact per sender, and which sender each REST account is of.
    this.addSql(`create table known_sender (
      sender_number text primary key,
      enterprise_number text not null,
      quality text not null,
      first_name text not null,
      last_name text not null,
      email text not null,
      language text not null,
      unique (enterprise_number, quality))`);
    this.addSql(`create table known_rest_account (
      id uuid primary key,
      sender_number text not null,
      enterprise_number text not null,
      quality text not null,
      name text not null)`);
    this.addSql('create table known_enterprise (enterprise_number text primary key, name text not null)');
    // Projection of the access-service: members with their position, name and address.
    this.addSql(`create table known_member (
      enterprise_number text not null,
      user_id text not null,
      position text not null,
      name text null,
      email text null,
      primary key (enterprise_number, user_id))`);

    // The mail outbox: one row per mail and recipient; the dedupe key makes a redelivered event write nothing new.
    this.addSql(`create table mail (
      id uuid primary key,
      dedupe_key text not null unique,
      message text not null,
      recipient_email text not null,
      recipient_name text null,
      language text not null,
      subject text not null,
      text_body text not null,
      html_body text not null,
      status text not null check (status in ('PENDING', 'SENT')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null,
      last_error text null,
      created_at timestamptz not null,
      sent_at timestamptz null)`);
    this.addSql(`create index mail_due_idx on mail (next_attempt_at) where status = 'PENDING'`);

    // Reminders and expiry alerts waiting for their time; one group (a certificate, a delegation) sends its most urgent due one.
    this.addSql(`create table scheduled_notice (
      key text primary key,
      group_key text not null,
      message text not null,
      due_at timestamptz not null,
      facts jsonb not null,
      status text not null check (status in ('PENDING', 'SENT', 'SKIPPED', 'CANCELLED')),
      created_at timestamptz not null)`);
    this.addSql(`create index scheduled_notice_due_idx on scheduled_notice (due_at) where status = 'PENDING'`);
    this.addSql('create index scheduled_notice_group_idx on scheduled_notice (group_key)');

    this.addSql(`create table webhook (
      id uuid primary key,
      enterprise_number text not null,
      url text not null,
      events jsonb not null,
      secret text not null,
      status text not null check (status in ('ACTIVE', 'DISABLED')),
      owner_user_id text not null,
      failing_since timestamptz null,
      created_at timestamptz not null,
      disabled_at timestamptz null)`);
    this.addSql('create index webhook_enterprise_idx on webhook (enterprise_number, id)');
    this.addSql(`create table webhook_delivery (
      id uuid primary key,
      webhook_id uuid not null references webhook (id) on delete cascade,
      event_id text not null,
      event_type text not null,
      event jsonb not null,
      status text not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
      attempts integer not null default 0,
      next_attempt_at timestamptz null,
      created_at timestamptz not null,
      unique (webhook_id, event_id))`);
    this.addSql(`create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING'`);
    this.addSql('create index webhook_delivery_page_idx on webhook_delivery (webhook_id, created_at desc, id desc)');
    this.addSql(`create table webhook_attempt (
      id bigserial primary key,
      delivery_id uuid not null references webhook_delivery (id) on delete cascade,
      at timestamptz not null,
      status_code integer null,
      error text null,
      duration_ms integer not null)`);
    this.addSql('create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, id)');
  }

  override async down(): Promise<void> {
    for (const table of [
      'webhook_attempt',
      'webhook_delivery',
      'webhook',
      'scheduled_notice',
      'mail',
      'known_member',
      'known_enterprise',
      'known_rest_account',
      'known_sender',
    ]) {
      this.addSql(`drop table ${table}`);
    }
  }
}
