import { prefixedSubject } from '@chaman/contracts';
import { ServerNats, type NatsOptions } from '@nestjs/microservices';
import type { Subscription } from 'nats';

type NatsServerOptions = Required<NatsOptions>['options'] & { queue: string };

/**
 * NestJS's NATS server, subscribing every message pattern under the deployment's subject prefix and in the
 * service's queue group, so replicas share the load and deployments (or test runs) never cross.
 */
export class PrefixedNatsServer extends ServerNats {
  private readonly prefixedSubscriptions: Subscription[] = [];

  constructor(
    private readonly subjectPrefix: string,
    private readonly serverOptions: NatsServerOptions,
  ) {
    super(serverOptions);
  }

  override bindEvents(client: Parameters<ServerNats['bindEvents']>[0]): void {
    for (const pattern of this.messageHandlers.keys()) {
      this.prefixedSubscriptions.push(
        client.subscribe(prefixedSubject(this.subjectPrefix, pattern), {
          queue: this.serverOptions.queue,
          callback: this.getMessageHandler(pattern).bind(this),
        }),
      );
    }
  }

  /** Stops taking new messages first; the base class then waits its grace period for in-flight ones. */
  override async close(): Promise<void> {
    this.prefixedSubscriptions.splice(0).forEach((subscription) => subscription.unsubscribe());
    await super.close();
  }
}
