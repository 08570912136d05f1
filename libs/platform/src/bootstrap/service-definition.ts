import type { ServiceName } from '@chaman/contracts';
import type { Type } from '@nestjs/common';
import type { PersistenceSpec } from '../database/orm-options';

/** What makes one service: its name, its tables and migrations, and the feature modules it serves. */
export interface ServiceDefinition {
  name: ServiceName;
  persistence: PersistenceSpec;
  modules: Type<unknown>[];
}
