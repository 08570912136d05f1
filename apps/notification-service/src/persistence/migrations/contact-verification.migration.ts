import { Migration } from '@mikro-orm/migrations';

/**
 * Technical contacts' addresses confirmed by a link (docs/notifications.md): one row per sender and address, the
 * current link's token stored hashed; mail to an unconfirmed contact waits as `HELD` until the address is confirmed.
 */
export class ContactVerificationMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table contact_verification (
      sender_number text not null,
      email text not null,
      token_hash text null unique,
      sent_at timestamptz null,
      expires_at timestamptz null,
      verified_at timestamptz null,
      primary key (sender_number, email))`);
    // Contacts known before links existed have been mailed all along: they are taken as confirmed, not silenced.
    this.addSql(`insert into contact_verification (sender_number, email, verified_at)
      select sender_number, lower(email), now() from known_sender on conflict do nothing`);
    this.addSql('alter table mail add column held_for_sender text null');
    this.addSql('alter table mail drop constraint mail_status_check');
    this.addSql(`alter table mail add constraint mail_status_check check (status in ('HELD', 'PENDING', 'SENT'))`);
    this.addSql(`create index mail_held_idx on mail (held_for_sender, lower(recipient_email)) where status = 'HELD'`);
  }
}
