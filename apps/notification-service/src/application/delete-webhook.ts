import { runCommand } from '@chaman/platform';
import { DeleteWebhook } from '@chaman/contracts';
import type { DeleteWebhookCommand } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { RecordAuditEntries } from '../audit/application/record-audit-entries';
import { deleteWebhook } from '../persistence/webhook-store';
import { ownWebhook } from './webhook-lookup';

/** `DELETE …/webhooks/{id}`: the endpoint goes, with its deliveries and their attempts. */
@Injectable()
export class DeleteWebhookUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly audit: RecordAuditEntries,
  ) {}

  async execute(command: DeleteWebhookCommand): Promise<{ deleted: true }> {
    await runCommand(this.orm, { subject: DeleteWebhook.subject, request: command }, async (tx) => {
      const webhook = await ownWebhook(tx, command.enterpriseNumber, command.target.webhookId, true);
      await deleteWebhook(tx, webhook.id);
      await this.audit.ofWebhook(tx, 'notification.webhook-deleted', command, webhook.id, {
        before: { url: webhook.url, events: webhook.events, status: webhook.status },
      });
    });
    return { deleted: true };
  }
}
