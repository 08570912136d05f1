import { InEnterprise, NoTarget } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageQuery } from '../pagination/page';
import type { WebhookView } from './webhook.view';

/** The enterprise's webhook endpoints, oldest first. */
export class ListWebhooksQuery extends InEnterprise(NoTarget, PageQuery) {}

export const ListWebhooks = defineMessage<ListWebhooksQuery, Page<WebhookView>>('notification.v1.webhook.list', ListWebhooksQuery);
