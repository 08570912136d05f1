import type { ListWebhooksQuery, Page, WebhookView } from '@chaman/contracts';
import { decodeCursor, pageLimit, pageOf } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { webhooksOf, webhookView } from '../persistence/webhook-store';

/** `GET /enterprises/{cbe}/webhooks`: oldest first (ids are UUIDv7, so by id). */
@Injectable()
export class ListWebhooksUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(query: ListWebhooksQuery): Promise<Page<WebhookView>> {
    const limit = pageLimit(query.input);
    const afterId = query.input.cursor === undefined ? null : decodeCursor(query.input.cursor, ['uuid'])[0];
    const rows = await webhooksOf(this.orm.em.fork() as EntityManager, query.enterpriseNumber, afterId, limit + 1);
    return pageOf(rows, limit, (row) => [row.id], webhookView);
  }
}
