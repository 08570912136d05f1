import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for what every delegation event looks up (issue #20, docs/benchmark.md). A party's sender (`senderOfParty`,
 * each delegation mail): the unique constraint on (enterprise_number, quality) served it until closed senders stopped
 * blocking a new one; without it each lookup read the whole projection. A group's pending notices (`cancelNotices` on
 * every delegation event, `lockDueNotices` of one group): under load the planner walked the whole pending
 * `scheduled_notice_due_idx` (~4 700 entries per accept) instead of finding the group's two or three rows.
 */
export class LookupIndexesMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index known_sender_party_idx on known_sender (enterprise_number, quality, sender_number desc)');
    this.addSql(`create index scheduled_notice_pending_group_idx on scheduled_notice (group_key, due_at) where status = 'PENDING'`);
  }
}
