import { EventConsumers, SERVICE_DURABLES } from '@chaman/platform';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ApplyDelegationEventUseCase } from '../application/apply-delegation-event';

/** Learns delegations from the delegation-service's events (durable: nothing is missed while this service is down). */
@Injectable()
export class DelegationEventsConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly applyDelegationEvent: ApplyDelegationEventUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The stream is the delegation-service's; making sure it exists lets this service start first.
    await this.consumers.consume({
      ...SERVICE_DURABLES.senderDelegations,
      // The event types that can change a grant; the state in each event decides.
      handle: (event, em) => this.applyDelegationEvent.execute(event, em),
      onParked: (event, em) => this.applyDelegationEvent.onParked(event, em),
    });
  }
}
