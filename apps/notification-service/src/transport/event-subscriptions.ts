import type { CloudEvent } from '@chaman/contracts';
import { EventConsumers, SERVICE_DURABLES, type StreamReading } from '@chaman/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { OnAccessEvent } from '../application/on-access-event';
import { OnDelegationEvent } from '../application/on-delegation-event';
import { OnSenderEvent } from '../application/on-sender-event';
import { WebhookFanout } from '../application/webhook-fanout';
import { MailDispatcher } from './mail-dispatcher';

/**
 * One durable consumer per producing service's stream. Each event updates the projection, writes its mails and
 * queues its webhook deliveries in one transaction with the processed-event mark: applied once, whatever the replays.
 */
@Injectable()
export class EventSubscriptions implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly onAccess: OnAccessEvent,
    private readonly onSender: OnSenderEvent,
    private readonly onDelegation: OnDelegationEvent,
    private readonly webhooks: WebhookFanout,
    private readonly mail: MailDispatcher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.subscribe(SERVICE_DURABLES.notificationAccess, (event, em) => this.onAccess.handle(event, em));
    await this.subscribe(SERVICE_DURABLES.notificationSenders, (event, em) => this.onSender.handle(event, em));
    await this.subscribe(SERVICE_DURABLES.notificationDelegations, (event, em) => this.onDelegation.handle(event, em));
  }

  private async subscribe(
    { durable, stream }: StreamReading & { durable: string },
    apply: (event: CloudEvent, em: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.consumers.consume({
      durable,
      stream,
      handle: async (event, em) => {
        await apply(event, em);
        await this.webhooks.deliver(em, event);
        // Committed a moment later by the consumer: the dispatcher's next poll catches what this wake misses.
        setImmediate(() => this.mail.wake());
      },
    });
  }
}
