import { LOGGER } from '@chaman/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { DueNotices } from '../application/due-notices';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings';
import { PollingLoop } from './polling-loop';

/** Looks for due reminders and expiry alerts every `noticeSweepMs` (off when 0: tests call the sweep themselves). */
@Injectable()
export class NoticeSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop | null;

  constructor(
    private readonly notices: DueNotices,
    @Inject(NOTIFICATION_SETTINGS) settings: NotificationSettings,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.loop = settings.noticeSweepMs > 0 ? new PollingLoop('notices', settings.noticeSweepMs, () => this.notices.sweep(), logger) : null;
  }

  onApplicationBootstrap(): void {
    this.loop?.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop?.stop();
  }
}
