import { Migration } from '@mikro-orm/migrations';

/**
 * A fingerprint is unique per account and owner among live certificates: a company's registration can neither
 * block an intermediary's (nor the other way round), nor tell it that the other holds that certificate.
 */
export class CertificateOwnerFingerprintMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop index certificate_active_fingerprint_key');
    this.addSql(
      `create unique index certificate_active_fingerprint_key on certificate (rest_account_id, owner_enterprise_number, fingerprint) where status = 'ACTIVE'`,
    );
  }
}
