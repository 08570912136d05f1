import type { ServiceDefinition } from '@chaman/platform';
import { TokenTablesMigration } from './persistence/migrations/token-tables.migration';
import { TokenModule } from './token.module';
import type { TokenSettings } from './token-settings';

/** The token-service: its tables and its one feature module with the deployment's settings. */
export function tokenService(settings: TokenSettings): ServiceDefinition {
  return {
    name: 'token',
    persistence: {
      entities: [],
      migrations: [{ name: 'Migration20261206000000_token_tables', class: TokenTablesMigration }],
    },
    modules: [TokenModule.with(settings)],
  };
}
