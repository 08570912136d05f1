import { InEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageQuery } from '../pagination/page';
import { WebhookTarget } from './webhook-target';
import type { WebhookDeliveryView } from './webhook.view';

/** The deliveries of one endpoint, newest first, each with its attempts. */
export class ListWebhookDeliveriesQuery extends InEnterprise(WebhookTarget, PageQuery) {}

export const ListWebhookDeliveries = defineMessage<ListWebhookDeliveriesQuery, Page<WebhookDeliveryView>>(
  'notification.v1.webhook-delivery.list',
  ListWebhookDeliveriesQuery,
);
