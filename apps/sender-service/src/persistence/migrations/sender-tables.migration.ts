import { Migration } from '@mikro-orm/migrations';

/** Senders with their contact, channels, REST accounts, certificates, and the delegation grants learnt from events. */
export class SenderTablesMigration extends Migration {
  override async up(): Promise<void> {
    // A sequence hands out each six-digit number once, whatever the concurrency; it never cycles.
    this.addSql('create sequence sender_number_seq as integer start with 100000 minvalue 100000 maxvalue 999999 no cycle');
    this.addSql(`create table sender (
      id uuid primary key,
      sender_number text not null constraint sender_number_key unique check (sender_number ~ '^[1-9][0-9]{5}$'),
      enterprise_number text not null check (enterprise_number ~ '^[01][0-9]{9}$'),
      quality text not null,
      contact_first_name text not null,
      contact_last_name text not null,
      contact_email text not null,
      contact_phone text null,
      contact_language text not null check (contact_language in ('fr', 'nl', 'de', 'en')),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      constraint sender_enterprise_quality_key unique (enterprise_number, quality))`);
    this.addSql('create index sender_enterprise_page_idx on sender (enterprise_number, created_at, id)');

    this.addSql(`create table channel (
      id uuid primary key,
      sender_id uuid not null references sender (id),
      type text not null check (type in ('FTP', 'SFTP', 'SOAP', 'REST')),
      ssh_public_key text null,
      ssh_key_fingerprint text null,
      created_at timestamptz not null,
      constraint channel_sender_type_key unique (sender_id, type),
      constraint channel_ssh_key_only_for_sftp check ((type = 'SFTP') = (ssh_public_key is not null)))`);
    this.addSql('create index channel_sender_page_idx on channel (sender_id, created_at, id)');

    this.addSql(`create table rest_account (
      id uuid primary key,
      sender_id uuid not null references sender (id),
      name text not null,
      environment text not null check (environment in ('ACCEPTANCE', 'PRODUCTION')),
      scopes text[] not null,
      client_id text not null constraint rest_account_client_id_key unique,
      created_at timestamptz not null)`);
    this.addSql('create index rest_account_sender_page_idx on rest_account (sender_id, created_at, id)');

    this.addSql(`create table certificate (
      id uuid primary key,
      rest_account_id uuid not null references rest_account (id),
      owner_enterprise_number text not null,
      name text not null,
      fingerprint text not null,
      subject text not null,
      issuer text not null,
      serial_number text not null,
      not_before timestamptz not null,
      not_after timestamptz not null,
      pem text not null,
      status text not null check (status in ('ACTIVE', 'INACTIVE')),
      created_at timestamptz not null,
      deactivated_at timestamptz null)`);
    // A fingerprint is registered once per account among live certificates; an inactive one may come back.
    this.addSql(
      `create unique index certificate_active_fingerprint_key on certificate (rest_account_id, fingerprint) where status = 'ACTIVE'`,
    );
    this.addSql('create index certificate_owner_page_idx on certificate (rest_account_id, owner_enterprise_number, created_at, id)');

    this.addSql(`create table delegation_grant (
      delegation_id text primary key,
      rest_account_id uuid not null,
      intermediary_enterprise_number text not null,
      company_enterprise_number text not null,
      status text not null,
      active boolean not null,
      state_updated_at timestamptz not null,
      applied_at timestamptz not null)`);
    this.addSql(
      'create index delegation_grant_active_idx on delegation_grant (rest_account_id, intermediary_enterprise_number) where active',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table delegation_grant');
    this.addSql('drop table certificate');
    this.addSql('drop table rest_account');
    this.addSql('drop table channel');
    this.addSql('drop table sender');
    this.addSql('drop sequence sender_number_seq');
  }
}
