import type { ServiceName } from '@chaman/contracts';
import type { DynamicModule, Type } from '@nestjs/common';
import type { PersistenceSpec } from '../database/orm-options';

/** What makes one service: its name, its tables and migrations, and the feature modules it serves. */
export interface ServiceDefinition {
  name: ServiceName;
  persistence: PersistenceSpec;
  /** Feature modules; a dynamic one carries settings chosen by the caller (e.g. a test's clock). */
  modules: Array<Type<unknown> | DynamicModule>;
}
