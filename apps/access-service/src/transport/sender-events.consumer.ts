import { readMessage, SenderClosedPayload, SenderCreatedPayload, SenderEvents } from '@chaman/contracts';
import { EventConsumers, SERVICE_DURABLES } from '@chaman/platform';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { forgetSender, rememberSender } from '../persistence/known-senders';

/** Learns which senders exist (created, not closed) from the sender-service's events, so that `GET /me` answers from this service's data. */
@Injectable()
export class SenderEventsConsumer implements OnApplicationBootstrap {
  constructor(private readonly consumers: EventConsumers) {}

  async onApplicationBootstrap(): Promise<void> {
    // The stream is the sender-service's; making sure it exists lets this service start first.
    await this.consumers.consume({
      ...SERVICE_DURABLES.accessSenders,
      // Only senders created and closed count (the durable receives nothing else).
      handle: async (event, em) => {
        if (event.type === SenderEvents.senderCreated.type) await rememberSender(em, readMessage(SenderCreatedPayload, event.data).sender);
        else if (event.type === SenderEvents.senderClosed.type) await forgetSender(em, readMessage(SenderClosedPayload, event.data).sender);
      },
    });
  }
}
