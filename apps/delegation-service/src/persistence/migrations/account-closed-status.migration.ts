import { Migration } from '@mikro-orm/migrations';

/** `ACCOUNT_CLOSED` (added in v1): the end of the delegations of a closed REST account. */
export class AccountClosedStatusMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table delegation drop constraint delegation_status_check');
    this.addSql(`alter table delegation add constraint delegation_status_check
      check (status in ('PENDING', 'ACCEPTED', 'REFUSED', 'CANCELLED', 'EXPIRED', 'REVOKED', 'RENOUNCED', 'ACCOUNT_CLOSED'))`);
  }
}
