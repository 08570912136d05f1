import type { DeleteWebhookCommand } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { deleteWebhook } from '../persistence/webhook-store';
import { ownWebhook } from './webhook-lookup';

/** `DELETE …/webhooks/{id}`: the endpoint goes, with its deliveries and their attempts. */
@Injectable()
export class DeleteWebhookUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(command: DeleteWebhookCommand): Promise<{ deleted: true }> {
    const em = this.orm.em.fork() as EntityManager;
    await em.transactional(async (tx) => {
      const webhook = await ownWebhook(tx, command.enterpriseNumber, command.target.webhookId, true);
      await deleteWebhook(tx, webhook.id);
    });
    return { deleted: true };
  }
}
