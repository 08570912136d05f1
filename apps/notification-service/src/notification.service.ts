import type { ServiceDefinition } from '@chaman/platform';
import { AuditModule } from './audit/audit.module';
import { AuditTablesMigration } from './audit/persistence/audit-tables.migration';
import { NotificationModule } from './notification.module';
import type { NotificationSettings } from './notification-settings';
import { ContactVerificationMigration } from './persistence/migrations/contact-verification.migration';
import { ClosedSendersMigration } from './persistence/migrations/closed-senders.migration';
import { LookupIndexesMigration } from './persistence/migrations/lookup-indexes.migration';
import { NotificationTablesMigration } from './persistence/migrations/notification-tables.migration';

/** The notification-service: its tables and migrations, and its one feature module with the deployment's settings. */
export function notificationService(settings: NotificationSettings): ServiceDefinition {
  return {
    name: 'notification',
    persistence: {
      entities: [],
      migrations: [
        { name: 'Migration20250701000000_notification_tables', class: NotificationTablesMigration },
        { name: 'Migration20261206000000_audit_tables', class: AuditTablesMigration },
        { name: 'Migration20261207000001_closed_senders', class: ClosedSendersMigration },
        { name: 'Migration20261207000002_contact_verification', class: ContactVerificationMigration },
        { name: 'Migration20261207000003_lookup_indexes', class: LookupIndexesMigration },
      ],
    },
    modules: [NotificationModule.with(settings), AuditModule.with(settings.clock)],
  };
}
