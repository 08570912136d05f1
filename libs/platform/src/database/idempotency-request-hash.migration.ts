import { Migration } from '@mikro-orm/migrations';

/** Idempotency records remember what was asked, so a key reused for another request is refused. */
export class IdempotencyRequestHashMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table idempotency_record add column request_hash text not null default ''`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table idempotency_record drop column request_hash');
  }
}
