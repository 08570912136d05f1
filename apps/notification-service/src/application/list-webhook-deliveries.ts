import type { ListWebhookDeliveriesQuery, Page, WebhookDeliveryView } from '@chaman/contracts';
import { decodeCursor, pageLimit, pageOf } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { deliveriesOf } from '../persistence/webhook-store';
import { ownWebhook } from './webhook-lookup';

/** `GET …/webhooks/{id}/deliveries`: newest first, each with every attempt. */
@Injectable()
export class ListWebhookDeliveriesUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(query: ListWebhookDeliveriesQuery): Promise<Page<WebhookDeliveryView>> {
    const em = this.orm.em.fork() as EntityManager;
    const webhook = await ownWebhook(em, query.enterpriseNumber, query.target.webhookId);
    const limit = pageLimit(query.input);
    const beforeId = query.input.cursor === undefined ? null : decodeCursor(query.input.cursor, ['uuid'])[0];
    const rows = await deliveriesOf(em, webhook.id, beforeId, limit + 1);
    return pageOf(
      rows,
      limit,
      (row) => [row.id],
      (row) => row,
    );
  }
}
