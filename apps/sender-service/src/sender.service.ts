import type { ServiceDefinition } from '@chaman/platform';

/** The sender-service: its tables and migrations, and the feature modules it serves on the bus. */
export const senderService: ServiceDefinition = {
  name: 'sender',
  persistence: { entities: [], migrations: [] },
  modules: [],
};
