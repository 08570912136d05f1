import { purgeRows } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings';

export interface RetentionCounts {
  mail: number;
  deliveries: number;
  notices: number;
}

/**
 * Deletes what the notification-service no longer needs: mail sent longer ago than its retention, webhook
 * deliveries finished (delivered or failed) longer ago (their attempts go with them), and notices sent, skipped or
 * cancelled longer ago. What is still to do is never touched. Safe on every replica at once (SKIP LOCKED batches).
 */
@Injectable()
export class NotificationRetentionUseCase {
  constructor(
    private readonly orm: MikroORM,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {}

  async purge(): Promise<RetentionCounts> {
    const now = this.settings.clock.now().getTime();
    const before = (ms: number) => new Date(now - ms);
    const { sentMailMs, finishedDeliveryMs, pastNoticeMs } = this.settings.retention;
    return {
      mail: await purgeRows(this.orm, 'mail', 'id', `status = 'SENT' and created_at < ?`, [before(sentMailMs)]),
      deliveries: await purgeRows(this.orm, 'webhook_delivery', 'id', `status in ('DELIVERED', 'FAILED') and created_at < ?`, [
        before(finishedDeliveryMs),
      ]),
      notices: await purgeRows(this.orm, 'scheduled_notice', 'key', `status <> 'PENDING' and due_at < ?`, [before(pastNoticeMs)]),
    };
  }
}
