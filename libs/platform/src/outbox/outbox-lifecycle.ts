import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { ServiceConfig } from '../config/service-config';
import { JetStreamConnection } from '../jetstream/jetstream-connection';
import { LOGGER, SERVICE_CONFIG } from '../platform.tokens';
import { OutboxCommitSubscriber } from './outbox-commit.subscriber';
import { OutboxRelay } from './outbox-relay';

/** Runs the service's outbox relay for the life of the application, woken by every commit. */
@Injectable()
export class OutboxLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  readonly relay: OutboxRelay;

  constructor(
    orm: MikroORM,
    jetstream: JetStreamConnection,
    commits: OutboxCommitSubscriber,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.relay = new OutboxRelay(
      orm,
      jetstream.client,
      { subjectPrefix: config.subjectPrefix, pollMs: config.outboxPollMs },
      logger.child({ component: 'outbox-relay' }),
    );
    commits.onCommit(() => this.relay.kick());
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.relay.stop();
  }
}
