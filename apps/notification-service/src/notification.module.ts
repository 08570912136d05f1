import { type DynamicModule, Module } from '@nestjs/common';
import { ContactVerifications } from './application/contact-verifications';
import { DeleteWebhookUseCase } from './application/delete-webhook';
import { DueNotices } from './application/due-notices';
import { ListWebhookDeliveriesUseCase } from './application/list-webhook-deliveries';
import { ListWebhooksUseCase } from './application/list-webhooks';
import { MailWriter } from './application/mail-writer';
import { NotificationRetentionUseCase } from './application/notification-retention';
import { OnAccessEvent } from './application/on-access-event';
import { OnDelegationEvent } from './application/on-delegation-event';
import { OnSenderEvent } from './application/on-sender-event';
import { OnSenderClosure } from './application/on-sender-closure';
import { Recipients } from './application/recipients';
import { RegisterWebhookUseCase } from './application/register-webhook';
import { WebhookAttempts } from './application/webhook-attempts';
import { WebhookFanout } from './application/webhook-fanout';
import { CLOCK } from '@chaman/platform';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from './notification-settings';
import { ContactVerificationsController } from './transport/contact-verifications.controller';
import { EventSubscriptions } from './transport/event-subscriptions';
import { MailDispatcher } from './transport/mail-dispatcher';
import { NoticeSweeper } from './transport/notice-sweeper';
import { QueueMetrics } from './transport/queue-metrics';
import { RetentionSweeper } from './transport/retention-sweeper';
import { WebhookDispatcher } from './transport/webhook-dispatcher';
import { WebhooksController } from './transport/webhooks.controller';

/** Notifications: the projection fed by events, mails through an outbox, reminders on a clock, signed webhooks. */
@Module({})
export class NotificationModule {
  static with(settings: NotificationSettings): DynamicModule {
    return {
      module: NotificationModule,
      controllers: [WebhooksController, ContactVerificationsController],
      providers: [
        { provide: NOTIFICATION_SETTINGS, useValue: settings },
        { provide: CLOCK, useValue: settings.clock },
        Recipients,
        MailWriter,
        ContactVerifications,
        DueNotices,
        OnAccessEvent,
        OnSenderEvent,
        OnSenderClosure,
        OnDelegationEvent,
        WebhookFanout,
        WebhookAttempts,
        RegisterWebhookUseCase,
        ListWebhooksUseCase,
        DeleteWebhookUseCase,
        ListWebhookDeliveriesUseCase,
        MailDispatcher,
        WebhookDispatcher,
        NoticeSweeper,
        EventSubscriptions,
        QueueMetrics,
        NotificationRetentionUseCase,
        RetentionSweeper,
      ],
      exports: [DueNotices, MailDispatcher, WebhookDispatcher, NotificationRetentionUseCase],
    };
  }
}
