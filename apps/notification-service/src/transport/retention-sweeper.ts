import { LOGGER } from '@chaman/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { NotificationRetentionUseCase } from '../application/notification-retention';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings';
import { PollingLoop } from './polling-loop';

/** Deletes what is past its retention every `retentionSweepMs` (off when 0: tests call the purge themselves). */
@Injectable()
export class RetentionSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop | null;

  constructor(
    retention: NotificationRetentionUseCase,
    @Inject(NOTIFICATION_SETTINGS) settings: NotificationSettings,
    @Inject(LOGGER) logger: Logger,
  ) {
    const pass = async () => {
      const counts = await retention.purge();
      if (counts.mail + counts.deliveries + counts.notices > 0) logger.info(counts, 'notification retention purged');
      return 0;
    };
    this.loop = settings.retentionSweepMs > 0 ? new PollingLoop('retention', settings.retentionSweepMs, pass, logger) : null;
  }

  onApplicationBootstrap(): void {
    this.loop?.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop?.stop();
  }
}
