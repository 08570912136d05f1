import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import type { ServiceConfig } from '../config/service-config';
import { EventConsumers } from '../jetstream/event-consumers';
import { retentionOf } from '../jetstream/streams';
import { LOGGER, SERVICE_CONFIG } from '../platform.tokens';
import { CLOCK, type Clock } from '../clock/clock';
import { purgeExpired } from './storage-purge';

const HOUR_MS = 3_600_000;

/** Purges, every `purgeIntervalMs` and on every replica (safely), what the service no longer needs to keep. */
@Injectable()
export class PurgeSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly consumers: EventConsumers,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.purgeIntervalMs <= 0) return;
    this.timer = setInterval(() => void this.purge(), this.config.purgeIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async purge(): Promise<void> {
    if (this.running) return;
    const processedEventMs = Object.fromEntries(
      Object.entries(this.consumers.streamsByDurable()).map(([durable, stream]) => [durable, retentionOf(stream).maxAgeMs]),
    );
    this.running = purgeExpired(
      this.orm,
      {
        idempotencyReplayMs: this.config.idempotencyReplayHours * HOUR_MS,
        publishedOutboxMs: 24 * HOUR_MS,
        processedEventMs,
      },
      this.clock.now(),
    )
      .then((counts) => this.logger.info(counts, 'storage purged'))
      .catch((error) => this.logger.warn({ err: error }, 'storage purge failed; next pass retries'))
      .finally(() => (this.running = null));
    await this.running;
  }
}
