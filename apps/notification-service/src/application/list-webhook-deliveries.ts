import type { ListWebhookDeliveriesQuery, Page, WebhookDeliveryView } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { deliveriesOf } from '../persistence/webhook-store';
import { pageOf, pageRequest } from './id-cursor';
import { ownWebhook } from './webhook-lookup';

/** `GET …/webhooks/{id}/deliveries`: newest first, each with every attempt. */
@Injectable()
export class ListWebhookDeliveriesUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(query: ListWebhookDeliveriesQuery): Promise<Page<WebhookDeliveryView>> {
    const em = this.orm.em.fork() as EntityManager;
    const webhook = await ownWebhook(em, query.enterpriseNumber, query.webhookId);
    const { limit, afterId } = pageRequest(query.page);
    return pageOf(await deliveriesOf(em, webhook.id, afterId, limit + 1), limit);
  }
}
