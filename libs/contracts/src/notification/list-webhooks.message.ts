import { InEnterprise, NoTarget } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageInput } from '../pagination/page';
import type { WebhookView } from './webhook.view';

/** The enterprise's webhook endpoints, oldest first. */
export class ListWebhooksQuery extends InEnterprise(NoTarget, PageInput) {}

export const ListWebhooks = defineMessage<ListWebhooksQuery, Page<WebhookView>>('notification.v1.webhook.list', ListWebhooksQuery);
