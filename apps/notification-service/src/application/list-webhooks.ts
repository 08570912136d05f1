import type { ListWebhooksQuery, Page, WebhookView } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { webhooksOf, webhookView } from '../persistence/webhook-store';
import { pageOf, pageRequest } from './id-cursor';

@Injectable()
export class ListWebhooksUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(query: ListWebhooksQuery): Promise<Page<WebhookView>> {
    const { limit, afterId } = pageRequest(query.page);
    const rows = await webhooksOf(this.orm.em.fork() as EntityManager, query.enterpriseNumber, afterId, limit + 1);
    return pageOf(rows.map(webhookView), limit);
  }
}
