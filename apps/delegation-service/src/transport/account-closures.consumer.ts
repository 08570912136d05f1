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
    await this.consumers.consume({
      // Filtered on `rest-account-closed`, the only event the use case acts on.
      ...SERVICE_DURABLES.delegationClosures,
      handle: async (event, em) => {
        await this.closeDelegations.execute(event, em);
      },
    });
  }
}
