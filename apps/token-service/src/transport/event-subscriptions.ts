import { EventConsumers, SERVICE_DURABLES } from '@chaman/platform';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { onDelegationEvent, onSenderEvent } from '../application/on-events';

/** The projection's two feeds; each event is applied in one transaction with its processed-event mark and acked after the commit. */
@Injectable()
export class EventSubscriptions implements OnApplicationBootstrap {
  constructor(private readonly consumers: EventConsumers) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.consumers.consume({ ...SERVICE_DURABLES.tokenSenders, handle: onSenderEvent });
    await this.consumers.consume({ ...SERVICE_DURABLES.tokenDelegations, handle: onDelegationEvent });
  }
}
