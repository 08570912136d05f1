import { InEnterprise, NoInput } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { WebhookTarget } from './webhook-target';

export class DeleteWebhookCommand extends InEnterprise(WebhookTarget, NoInput) {}

/** Deletes the endpoint; deliveries still pending for it are given up. */
export const DeleteWebhook = defineMessage<DeleteWebhookCommand, { deleted: true }>('notification.v1.webhook.delete', DeleteWebhookCommand);
