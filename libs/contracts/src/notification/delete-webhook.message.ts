import { IsUUID } from 'class-validator';
import { defineMessage } from '../bus/message';
import { EnterpriseScoped } from '../bus/enterprise-scoped';

/** A webhook endpoint of the acting enterprise. */
export class WebhookScoped extends EnterpriseScoped {
  @IsUUID()
  webhookId!: string;
}

/** Deletes the endpoint; deliveries still pending for it are given up. */
export const DeleteWebhook = defineMessage<WebhookScoped, { deleted: true }>('notification.v1.webhook.delete', WebhookScoped);
