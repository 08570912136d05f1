import { AccessEvents, SenderEvents } from '@chaman/contracts';
import { JetStreamConnection, LOGGER, OrderedFeed, SERVICE_CONFIG, type ServiceConfig } from '@chaman/platform';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { PartyProjection } from './party-projection';

/** Presence of a fact needs no freshness (see PartyProjection): the heartbeat only feeds the logs' view of lag. */
const FEED_TIMING = { heartbeatMs: 1_000, maxSilenceMs: 5_000 };

/** Keeps the party projection fed: registrations from the access stream, REST accounts from the sender stream. */
@Injectable()
export class PartyFeeds implements OnModuleInit, OnModuleDestroy {
  private readonly feeds: OrderedFeed[];

  constructor(
    private readonly jetstream: JetStreamConnection,
    projection: PartyProjection,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    const apply = projection.apply.bind(projection);
    this.feeds = [AccessEvents.enterpriseRegistered, SenderEvents.restAccountCreated, SenderEvents.restAccountClosed].map(
      (event) =>
        new OrderedFeed(
          { subjectPrefix: config.subjectPrefix, stream: event.stream, subject: event.subject, ...FEED_TIMING },
          apply,
          logger,
        ),
    );
  }

  onModuleInit(): void {
    for (const feed of this.feeds) feed.start(this.jetstream);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.feeds.map((feed) => feed.stop()));
  }
}
