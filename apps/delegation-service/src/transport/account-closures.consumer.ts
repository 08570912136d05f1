import { EventConsumers, SERVICE_DURABLES } from '@chaman/platform';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CloseDelegationsOfAccountUseCase } from '../application/close-delegations-of-account';

/** Learns closed REST accounts from the sender stream (durable: a closure is never missed while this service is down). */
@Injectable()
export class AccountClosuresConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly closeDelegations: CloseDelegationsOfAccountUseCase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { stream, durable } = SERVICE_DURABLES.delegationClosures;
    await this.consumers.consume({
      durable,
      stream,
      // The whole stream, like every durable here (the bus's permissions name the durable, not a filter); the use
      // case keeps `rest-account-closed` and passes over the rest.
      handle: async (event, em) => {
        await this.closeDelegations.execute(event, em);
      },
    });
  }
}
