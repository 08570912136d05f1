import type { CloudEvent } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@chaman/platform';
import { enterprisesConcerned, webhookCopyOf, webhookOwnerLosingRight } from '../domain/webhook-audience';
import { disableWebhook, enqueueDeliveries } from '../persistence/webhook-store';

/**
 * Queues an event for the webhooks of the enterprises it concerns, in the consumer's transaction (access events
 * without the people they name); and disables the webhooks of a person who loses the technical-channels right.
 */
@Injectable()
export class WebhookFanout {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async deliver(em: EntityManager, event: CloudEvent): Promise<number> {
    const losing = webhookOwnerLosingRight(event);
    if (losing) {
      const owned = await em.execute<Array<{ id: string }>>(
        `select id from webhook where enterprise_number = ? and owner_user_id = ? and status = 'ACTIVE'`,
        [losing.enterpriseNumber, losing.userId],
      );
      for (const { id } of owned) await disableWebhook(em, id, this.clock.now());
    }
    const enterprises = [...new Set(enterprisesConcerned(event).filter((number) => typeof number === 'string'))];
    return enqueueDeliveries(em, webhookCopyOf(event), enterprises, this.clock.now());
  }
}
