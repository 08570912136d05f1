import { Migration } from '@mikro-orm/migrations';

/** The senders that exist, learned from the sender-service's events: `GET /me` reads them beside the memberships. */
export class KnownSendersMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table known_sender (
      enterprise_number char(10) not null,
      quality text not null,
      sender_number text not null,
      primary key (enterprise_number, quality))`);
  }
}
