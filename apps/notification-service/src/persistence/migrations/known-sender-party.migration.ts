import { Migration } from '@mikro-orm/migrations';

/**
 * The index a party's sender is found by (`senderOfParty`: every delegation event's mail asks it). The unique
 * constraint on (enterprise_number, quality) served it until a closed sender stopped blocking a new one; without
 * it each lookup read the whole projection (a sequential scan per delegation event, issue #20).
 */
export class KnownSenderPartyMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index known_sender_party_idx on known_sender (enterprise_number, quality, sender_number desc)');
  }
}
