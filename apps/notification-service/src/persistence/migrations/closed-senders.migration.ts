import { Migration } from '@mikro-orm/migrations';

/** A closed sender no longer blocks a new one of its enterprise and quality (a new number): both stay known. */
export class ClosedSendersMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table known_sender drop constraint known_sender_enterprise_number_quality_key');
  }
}
