import type { CloudEvent } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@chaman/platform';
import { enterprisesConcerned } from '../domain/webhook-audience';
import { enqueueDeliveries } from '../persistence/webhook-store';

/** Queues an event for the webhooks of the enterprises it concerns, in the consumer's transaction. */
@Injectable()
export class WebhookFanout {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async deliver(em: EntityManager, event: CloudEvent): Promise<number> {
    const enterprises = [...new Set(enterprisesConcerned(event).filter((number) => typeof number === 'string'))];
    return enqueueDeliveries(em, event, enterprises, this.clock.now());
  }
}
