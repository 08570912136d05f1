import type { ServiceDefinition } from '@chaman/platform';
import { AuthorizationModule } from './authorization.module';
import { EnterprisesModule } from './enterprises.module';
import { MembersModule } from './members.module';
import { EnterpriseRecord } from './persistence/enterprise.entity';
import { MemberRecord } from './persistence/member.entity';
import { AccessTablesMigration } from './persistence/migrations/access-tables.migration';
import { KnownSendersMigration } from './persistence/migrations/known-senders.migration';
import { PermissionDecisionRecord } from './persistence/permission-decision.entity';

/** The access-service: its tables and migrations, and the feature modules it serves on the bus. */
export const accessService: ServiceDefinition = {
  name: 'access',
  persistence: {
    entities: [EnterpriseRecord, MemberRecord, PermissionDecisionRecord],
    migrations: [
      { name: 'Migration20250601000000_access_tables', class: AccessTablesMigration },
      { name: 'Migration20261206000000_known_senders', class: KnownSendersMigration },
    ],
  },
  modules: [EnterprisesModule, AuthorizationModule, MembersModule],
};
