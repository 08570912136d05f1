import type { MigrationObject, Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { ServiceConfig } from '../config/service-config';
import { IdempotencyRecord } from '../idempotency/idempotency-record.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { ProcessedEvent } from '../jetstream/processed-event.entity';
import { IdempotencyRequestHashMigration } from './idempotency-request-hash.migration';
import { PlatformTablesMigration } from './platform-tables.migration';
import { databaseTls } from './database-tls';
import { databaseUrl } from './database-url';

export const PLATFORM_ENTITIES = [OutboxEvent, ProcessedEvent, IdempotencyRecord];

export interface PersistenceSpec {
  entities: Options['entities'];
  /** The service's own migrations, oldest first; the platform's tables come before them. */
  migrations: MigrationObject[];
}

/** MikroORM options of a service: its own database, its entities plus the platform's, explicit migrations. */
export function ormOptions(
  config: ServiceConfig,
  spec: PersistenceSpec,
  subscribers: Options['subscribers'] = [],
): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl(config.databaseUrl, config.databaseName),
    entities: [...PLATFORM_ENTITIES, ...(spec.entities ?? [])],
    extensions: [Migrator],
    migrations: {
      migrationsList: [
        { name: 'Migration00000000000000_platform', class: PlatformTablesMigration },
        { name: 'Migration00000000000001_idempotency_request_hash', class: IdempotencyRequestHashMigration },
        ...spec.migrations,
      ],
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
      silent: true,
    },
    subscribers,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10, acquireTimeoutMillis: 5_000 },
    driverOptions: { connection: { statement_timeout: 10_000, ssl: databaseTls(config.databaseUrl) } },
    discovery: { warnWhenNoEntities: false },
  };
}
