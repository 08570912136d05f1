import { MikroORM } from '@mikro-orm/core';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { queueGroupOf } from '../bus-access/contract-messages';
import { ContractDispatcher } from '../bus/contract-dispatcher';
import { natsConnectionOptions } from '../bus/nats-connection-options';
import type { ServiceConfig } from '../config/service-config';
import { bootstrapDatabase } from '../database/database-bootstrap';
import { credentialsOf } from '../database/database-url';
import { withMigrationLock } from '../database/migration-lock';
import { ormOptions } from '../database/orm-options';
import { PinoNestLogger } from '../logging/logger';
import type { ServiceMetrics } from '../metrics/metrics';
import { PlatformModule } from '../platform.module';
import { LOGGER, METRICS } from '../platform.tokens';
import type { ServiceDefinition } from './service-definition';

/**
 * Brings the service's database to the latest migration (the production `migrate` command); replicas take turns.
 * Given an administrator's URL (development, tests), it first bootstraps the service's role and database.
 */
export async function migrateService(definition: ServiceDefinition, config: ServiceConfig): Promise<string[]> {
  if (config.databaseAdminUrl)
    await bootstrapDatabase(config.databaseAdminUrl, { database: config.databaseName, ...credentialsOf(config.databaseUrl) });
  return withMigrationLock(config.databaseUrl, config.databaseName, async () => {
    const orm = await MikroORM.init(ormOptions(config, definition.persistence));
    try {
      return (await orm.getMigrator().up()).map((migration) => migration.name);
    } finally {
      await orm.close();
    }
  });
}

/**
 * Starts one service: its database (bootstrapped and migrated in development), a NestJS app whose `@OnMessage`
 * handlers the `ContractDispatcher` serves on NATS in the service's queue group, and a small HTTP port for health
 * and metrics.
 */
export async function startService(definition: ServiceDefinition, config: ServiceConfig): Promise<NestFastifyApplication> {
  if (config.migrateOnStart) await migrateService(definition, config);
  const app = await NestFactory.create<NestFastifyApplication>(PlatformModule.forService(definition, config), new FastifyAdapter(), {
    bufferLogs: true,
    abortOnError: false,
  });
  const logger = app.get<Logger>(LOGGER);
  try {
    app.useLogger(new PinoNestLogger(logger));
    const dispatcher = new ContractDispatcher(
      app,
      {
        subjectPrefix: config.subjectPrefix,
        queue: queueGroupOf(config.service),
        connection: natsConnectionOptions(config.natsUrl, `${config.service}-service`, config.natsCredentials),
        gracePeriodMs: 500,
      },
      logger,
      app.get<ServiceMetrics>(METRICS).handlerDuration,
    );
    app.connectMicroservice({ strategy: dispatcher }, { deferInitialization: true });
    await app.init();
    await app.startAllMicroservices();
    await app.listen({ port: config.httpPort, host: config.httpHost });
  } catch (error) {
    // A half-started service must not keep its relay or connections running behind the caller's back.
    await app.close().catch(() => undefined);
    throw error;
  }
  logger.info({ httpPort: config.httpPort, subjectPrefix: config.subjectPrefix, database: config.databaseName }, 'service started');
  return app;
}

/** The whole `main.ts` of a service: `migrate` as a command, otherwise serve until SIGTERM/SIGINT. */
export async function runService(definition: ServiceDefinition, config: ServiceConfig, command = process.argv[2]): Promise<void> {
  if (command === 'migrate') {
    const applied = await migrateService(definition, config);
    console.log(JSON.stringify({ service: config.service, migrated: applied }));
    return;
  }
  const app = await startService(definition, config);
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
}
