import { Migration } from '@mikro-orm/migrations';

/** Delegations, their history, and the intermediaries' relaunch counters. */
export class DelegationTablesMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table delegation (
      id uuid primary key,
      status text not null check (status in ('PENDING', 'ACCEPTED', 'REFUSED', 'CANCELLED', 'EXPIRED', 'REVOKED', 'RENOUNCED')),
      initiated_by text not null check (initiated_by in ('COMPANY', 'INTERMEDIARY')),
      company_enterprise_number text not null check (company_enterprise_number ~ '^[01][0-9]{9}$'),
      company_quality text not null,
      intermediary_enterprise_number text not null check (intermediary_enterprise_number ~ '^[01][0-9]{9}$'),
      rest_account_id uuid not null,
      scopes jsonb not null,
      relaunch_count integer not null default 0 check (relaunch_count >= 0),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      expires_at timestamptz null,
      check (company_enterprise_number <> intermediary_enterprise_number),
      check ((status = 'PENDING') = (expires_at is not null)))`);
    // At most one live delegation per (company, quality, intermediary, account): duplicates fail here, whatever the race.
    this.addSql(`create unique index delegation_live_uidx on delegation
      (company_enterprise_number, company_quality, intermediary_enterprise_number, rest_account_id)
      where status in ('PENDING', 'ACCEPTED')`);
    // Keyset pagination of each side's list, newest first.
    this.addSql('create index delegation_company_page_idx on delegation (company_enterprise_number, created_at desc, id desc)');
    this.addSql('create index delegation_intermediary_page_idx on delegation (intermediary_enterprise_number, created_at desc, id desc)');
    // The expiry sweep reads only pending requests, by due date.
    this.addSql(`create index delegation_pending_expiry_idx on delegation (expires_at) where status = 'PENDING'`);

    this.addSql(`create table delegation_transition (
      id bigserial primary key,
      delegation_id uuid not null references delegation (id),
      at timestamptz not null,
      action text not null,
      from_status text null,
      to_status text not null,
      actor_user_id text null,
      actor_enterprise_number text null,
      actor_party text null,
      reason text null,
      scopes jsonb null)`);
    this.addSql('create index delegation_transition_history_idx on delegation_transition (delegation_id, id)');

    this.addSql(`create table relaunch_counter (
      intermediary_enterprise_number text not null,
      company_enterprise_number text not null,
      company_quality text not null,
      used integer not null default 0 check (used >= 0),
      company_has_refused boolean not null default false,
      updated_at timestamptz not null default now(),
      primary key (intermediary_enterprise_number, company_enterprise_number, company_quality))`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table relaunch_counter');
    this.addSql('drop table delegation_transition');
    this.addSql('drop table delegation');
  }
}
