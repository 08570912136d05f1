import type { ServiceDefinition } from '@chaman/platform';

/** The delegation-service: its tables and migrations, and the feature modules it serves on the bus. */
export const delegationService: ServiceDefinition = {
  name: 'delegation',
  persistence: { entities: [], migrations: [] },
  modules: [],
};
