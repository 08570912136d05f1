import type { ServiceDefinition } from '@chaman/platform';
import { CertificatesModule } from './certificates.module';
import { ChannelsModule } from './channels.module';
import { ClosuresModule } from './closures.module';
import { Certificate } from './persistence/certificate.entity';
import { Channel } from './persistence/channel.entity';
import { DelegationGrant } from './persistence/delegation-grant.entity';
import { ClosuresMigration } from './persistence/migrations/closures.migration';
import { CertificateOwnerFingerprintMigration } from './persistence/migrations/certificate-owner-fingerprint.migration';
import { SenderTablesMigration } from './persistence/migrations/sender-tables.migration';
import { RestAccount } from './persistence/rest-account.entity';
import { ContactDetails, Sender } from './persistence/sender.entity';
import { SendersModule } from './senders.module';

/** The sender-service: its tables and migrations, and the feature modules it serves on the bus. */
export const senderService: ServiceDefinition = {
  name: 'sender',
  persistence: {
    entities: [Sender, ContactDetails, Channel, RestAccount, Certificate, DelegationGrant],
    migrations: [
      { name: 'Migration20250101000001_sender_tables', class: SenderTablesMigration },
      { name: 'Migration20261202000001_certificate_owner_fingerprint', class: CertificateOwnerFingerprintMigration },
      { name: 'Migration20261207000001_closures', class: ClosuresMigration },
    ],
  },
  modules: [SendersModule, ChannelsModule, CertificatesModule, ClosuresModule],
};
