import { Streams } from '@chaman/contracts';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { type DynamicModule, Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import type { ServiceDefinition } from './bootstrap/service-definition';
import { PARKED_STREAM_OWNER } from './bus-access/bus-clients';
import { eventSourceOf } from './bus-access/event-origin';
import { BusClient } from './bus/bus-client';
import type { ServiceConfig } from './config/service-config';
import { ormOptions } from './database/orm-options';
import { HealthController } from './health/health.controller';
import { pingControllerFor } from './health/ping.controller';
import { CLOCK, systemClock } from './clock/clock';
import { EventConsumers } from './jetstream/event-consumers';
import { JetStreamConnection } from './jetstream/jetstream-connection';
import { ensureStream, ensureStreamExists } from './jetstream/streams';
import { createLogger } from './logging/logger';
import { createServiceMetrics } from './metrics/metrics';
import { MetricsController } from './metrics/metrics.controller';
import { EventRecorder } from './outbox/event-recorder';
import { OutboxCommitSubscriber } from './outbox/outbox-commit.subscriber';
import { OutboxLifecycle } from './outbox/outbox-lifecycle';
import { PurgeSchedule } from './storage/purge-schedule';
import { BacklogMetrics } from './metrics/backlog-metrics';
import { LOGGER, METRICS, SERVICE_CONFIG } from './platform.tokens';

/** Closes the service's own NATS connections last, after consumers and the relay have stopped. */
@Injectable()
class ConnectionsShutdown implements OnApplicationShutdown {
  constructor(
    private readonly jetstream: JetStreamConnection,
    @Inject(BusClient) private readonly bus: BusClient,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.jetstream.close(), this.bus.close()]);
  }
}

/**
 * The root of every service: its configuration, JSON logger, database (MikroORM), JetStream connection
 * with its event stream, outbox relay, durable consumers, bus client, health, metrics and ping handler.
 */
@Global()
@Module({})
export class PlatformModule {
  static forService(definition: ServiceDefinition, config: ServiceConfig): DynamicModule {
    const logger = createLogger(`${config.service}-service`, config.logLevel);
    const commits = new OutboxCommitSubscriber();
    return {
      module: PlatformModule,
      imports: [
        MikroOrmModule.forRoot({ ...ormOptions(config, definition.persistence, [commits]), registerRequestContext: false }),
        TerminusModule.forRoot({ logger: false }),
        ...definition.modules,
      ],
      controllers: [HealthController, MetricsController, pingControllerFor(config.service)],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: CLOCK, useValue: config.clock ?? systemClock },
        { provide: LOGGER, useValue: logger },
        { provide: METRICS, useValue: createServiceMetrics(`${config.service}-service`) },
        { provide: OutboxCommitSubscriber, useValue: commits },
        {
          provide: EventRecorder,
          useValue: new EventRecorder(eventSourceOf(config.service), config.clock ?? systemClock, () => commits.committedOutsideOrm()),
        },
        {
          provide: JetStreamConnection,
          useFactory: async () => {
            const jetstream = await JetStreamConnection.open(config.natsUrl, `${config.service}-service-jetstream`, config.natsCredentials);
            await ensureStream(jetstream.manager, config.subjectPrefix, Streams[config.service], config.streamReplicas);
            // Shared: its owner brings it to the declared configuration, the other services create it only if missing.
            await (config.service === PARKED_STREAM_OWNER ? ensureStream : ensureStreamExists)(
              jetstream.manager,
              config.subjectPrefix,
              Streams.parked,
              config.streamReplicas,
            );
            return jetstream;
          },
        },
        {
          provide: BusClient,
          useFactory: async () => {
            const bus = new BusClient({
              natsUrl: config.natsUrl,
              natsCredentials: config.natsCredentials,
              subjectPrefix: config.subjectPrefix,
              name: `${config.service}-service-client`,
            });
            await bus.connect();
            return bus;
          },
        },
        OutboxLifecycle,
        EventConsumers,
        BacklogMetrics,
        PurgeSchedule,
        ConnectionsShutdown,
      ],
      exports: [SERVICE_CONFIG, CLOCK, LOGGER, METRICS, EventRecorder, JetStreamConnection, BusClient, OutboxLifecycle, EventConsumers],
    };
  }
}
