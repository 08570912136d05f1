import type { ServiceDefinition } from '@chaman/platform';

/** The access-service: its tables and migrations, and the feature modules it serves on the bus. */
export const accessService: ServiceDefinition = {
  name: 'access',
  persistence: { entities: [], migrations: [] },
  modules: [],
};
