import type { ServiceDefinition } from '@chaman/platform';
import { DelegationModule } from './delegation.module';
import { DelegationTransition } from './persistence/delegation-transition.entity';
import { Delegation } from './persistence/delegation.entity';
import { DelegationEndingsMigration } from './persistence/migrations/delegation-endings.migration';
import { DelegationTablesMigration } from './persistence/migrations/delegation-tables.migration';
import { RelaunchCounter } from './persistence/relaunch-counter.entity';

/** The delegation-service: its tables and migrations, and the feature modules it serves on the bus. */
export const delegationService: ServiceDefinition = {
  name: 'delegation',
  persistence: {
    entities: [Delegation, DelegationTransition, RelaunchCounter],
    migrations: [
      { name: 'Migration20250601000000_delegation_tables', class: DelegationTablesMigration },
      { name: 'Migration20261207000001_delegation_endings', class: DelegationEndingsMigration },
    ],
  },
  modules: [DelegationModule],
};
