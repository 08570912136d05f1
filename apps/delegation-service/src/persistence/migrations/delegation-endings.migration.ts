import { Migration } from '@mikro-orm/migrations';

/** Added in v1: `ACCOUNT_CLOSED` (the REST account was closed), `ENDED` and the end date the company may set. */
export class DelegationEndingsMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table delegation drop constraint delegation_status_check');
    this.addSql(`alter table delegation add constraint delegation_status_check
      check (status in ('PENDING', 'ACCEPTED', 'REFUSED', 'CANCELLED', 'EXPIRED', 'REVOKED', 'RENOUNCED', 'ACCOUNT_CLOSED', 'ENDED'))`);
    this.addSql('alter table delegation add column ends_on timestamptz null');
    // The sweep reads only live delegations with an end date, by date.
    this.addSql(
      `create index delegation_ends_on_idx on delegation (ends_on) where ends_on is not null and status in ('PENDING', 'ACCEPTED')`,
    );
  }
}
