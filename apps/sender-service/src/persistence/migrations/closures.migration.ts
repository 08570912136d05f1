import { Migration } from '@mikro-orm/migrations';

/**
 * Senders and REST accounts can be closed: they stay (a number or client id is never reused), dated. One open
 * sender per enterprise and quality; a closed one no longer blocks a new sender, which gets a new number.
 */
export class ClosuresMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table sender add column closed_at timestamptz null');
    this.addSql('alter table rest_account add column closed_at timestamptz null');
    this.addSql('alter table sender drop constraint sender_enterprise_quality_key');
    this.addSql('create unique index sender_enterprise_quality_key on sender (enterprise_number, quality) where closed_at is null');
  }
}
