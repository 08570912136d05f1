import { NotificationEvents } from '@chaman/contracts';
import { CLOCK, type Clock, EventRecorder } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { webhookDisabled } from '../domain/messages';
import { nextWebhookDelay, WEBHOOK_DISABLE_AFTER_MS } from '../domain/retry-schedule';
import { memberOf } from '../persistence/projection';
import {
  type DueDelivery,
  disableWebhook,
  markAttemptFailed,
  markDelivered,
  recordAttempt,
  type WebhookRow,
} from '../persistence/webhook-store';
import { MailWriter } from './mail-writer';
import { labelOf } from './party-labels';
import { Recipients } from './recipients';

export interface AttemptOutcome {
  at: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** Records what one attempt gave: delivered, retried on the schedule, or — after a day of failures — the endpoint disabled. */
@Injectable()
export class WebhookAttempts {
  constructor(
    private readonly orm: MikroORM,
    private readonly mail: MailWriter,
    private readonly recipients: Recipients,
    private readonly events: EventRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(delivery: DueDelivery, outcome: AttemptOutcome): Promise<void> {
    const em = this.orm.em.fork() as EntityManager;
    await em.transactional(async (tx) => {
      await recordAttempt(tx, delivery.id, outcome);
      const delivered = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
      if (delivered) return markDelivered(tx, delivery);
      const now = this.clock.now();
      const delay = nextWebhookDelay(delivery.attempts + 1);
      const failingSince = await markAttemptFailed(tx, delivery, delay === null ? null : new Date(now.getTime() + delay), now);
      if (now.getTime() - failingSince.getTime() < WEBHOOK_DISABLE_AFTER_MS) return;
      const disabled = await disableWebhook(tx, delivery.webhookId, now);
      if (!disabled) return;
      await this.tellOwner(tx, disabled, failingSince);
      this.events.record(tx, NotificationEvents.webhookDisabled, disabled.id, {
        webhookId: disabled.id,
        enterpriseNumber: disabled.enterprise_number,
        url: disabled.url,
        failingSince: failingSince.toISOString(),
        disabledAt: now.toISOString(),
      });
    });
  }

  /** The person who registered it, else the enterprise's access managers. */
  private async tellOwner(em: EntityManager, webhook: WebhookRow, failingSince: Date): Promise<void> {
    const owner = await memberOf(em, webhook.enterprise_number, webhook.owner_user_id);
    const managers = await this.recipients.accessManagersOf(em, webhook.enterprise_number);
    const language = managers[0]?.language;
    const recipients = owner?.email && language ? [{ email: owner.email, name: owner.name, language }] : managers;
    await this.mail.write(em, `webhook-disabled:${webhook.id}`, recipients, webhookDisabled, {
      url: webhook.url,
      enterprise: await labelOf(em, webhook.enterprise_number),
      failingSince: failingSince.toISOString(),
      webhookId: webhook.id,
    });
  }
}
