import type { CloudEvent } from '@chaman/contracts';
import {
  ensureStreamExists,
  EventConsumers,
  JetStreamConnection,
  SERVICE_CONFIG,
  SERVICE_DURABLES,
  type ServiceConfig,
  type StreamReading,
} from '@chaman/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { onDelegationEvent, onSenderEvent } from '../application/on-events';

/** The projection's two feeds; each event is applied in one transaction with its processed-event mark and acked after the commit. */
@Injectable()
export class EventSubscriptions implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly jetstream: JetStreamConnection,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.subscribe(SERVICE_DURABLES.tokenSenders, onSenderEvent);
    await this.subscribe(SERVICE_DURABLES.tokenDelegations, onDelegationEvent);
  }

  private async subscribe(
    { durable, stream }: Required<StreamReading>,
    handle: (event: CloudEvent, em: EntityManager) => Promise<void>,
  ): Promise<void> {
    // The streams are the producers'; making sure they exist lets this service start first.
    await ensureStreamExists(this.jetstream.manager, this.config.subjectPrefix, stream, this.config.streamReplicas);
    await this.consumers.consume({ durable, stream, handle });
  }
}
