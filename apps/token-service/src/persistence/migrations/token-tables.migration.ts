import { Migration } from '@mikro-orm/migrations';

/** The projection the token endpoint decides on, the assertions already seen, and the signing keys. */
export class TokenTablesMigration extends Migration {
  override async up(): Promise<void> {
    // From the sender-service's events: REST accounts and their certificates with the public keys.
    this.addSql(`create table rest_account (
      id uuid primary key,
      client_id text not null unique,
      enterprise_number text not null,
      environment text not null,
      scopes jsonb not null,
      closed_at timestamptz null)`);
    this.addSql('create index rest_account_enterprise_idx on rest_account (enterprise_number, environment)');
    this.addSql(`create table certificate (
      id uuid primary key,
      rest_account_id uuid not null,
      owner_enterprise_number text not null,
      fingerprint text not null,
      thumbprint text not null,
      public_key text null,
      not_before timestamptz not null,
      not_after timestamptz not null,
      status text not null check (status in ('ACTIVE', 'INACTIVE', 'REMOVED')),
      last_used_at timestamptz null)`);
    this.addSql('create index certificate_thumbprint_idx on certificate (thumbprint)');
    this.addSql('create index certificate_account_idx on certificate (rest_account_id)');
    // From the delegation-service's events: each delegation's last known state.
    this.addSql(`create table delegation (
      id uuid primary key,
      rest_account_id uuid not null,
      company_enterprise_number text not null,
      intermediary_enterprise_number text not null,
      status text not null,
      scopes jsonb not null,
      updated_at timestamptz not null)`);
    this.addSql('create index delegation_account_idx on delegation (rest_account_id, intermediary_enterprise_number)');
    // A client assertion's jti, kept while the assertion could still be valid: every replica refuses its replay.
    this.addSql(`create table seen_assertion (
      client_id text not null,
      jti text not null,
      expires_at timestamptz not null,
      primary key (client_id, jti))`);
    this.addSql('create index seen_assertion_expiry_idx on seen_assertion (expires_at)');
    // Chaman's ES256 signing keys: each published before `signs_from`, kept until its last token expired.
    this.addSql(`create table signing_key (
      kid text primary key,
      private_jwk jsonb not null,
      public_jwk jsonb not null,
      created_at timestamptz not null,
      signs_from timestamptz not null)`);
  }

  override async down(): Promise<void> {
    for (const table of ['signing_key', 'seen_assertion', 'delegation', 'certificate', 'rest_account']) this.addSql(`drop table ${table}`);
  }
}
